package org.docs2kg.cli;

import org.docs2kg.support.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What users of Jena's riot/arq and of git bring to the command line, tried on the built jar in
 * real processes: each script runs its commands as a user would and prints what the test checks.
 */
class HabitsIT {

    private static Shell.Result run(Path dir, String script) throws Exception {
        return Shell.run(dir, "set -u\n" + script);
    }

    /** diff --exit-code and -q as diff(1) and git diff: 0 same, 1 different, 2 trouble; -q prints nothing. */
    @Test
    void diffExitCodesAreThoseOfDiffAndGit(@TempDir Path dir) throws Exception {
        Shell.Result r = run(dir, """
                cp -r "$EX/widget-service-guide" old && cp -r "$EX/widget-service-guide" new
                printf '\\nWe recommend that you paint every widget blue.\\n' >> new/security-data-protection.md
                $D2K diff --exit-code old old > same.txt 2>&1; echo "same=$?"
                $D2K diff -q old new > quiet.txt 2>&1; echo "quiet=$?"
                $D2K diff --exit-code old missing 2> missing.err; echo "missing=$?"
                $D2K diff -q old missing 2> /dev/null; echo "quiet-missing=$?"
                $D2K diff old missing 2> /dev/null; echo "plain-missing=$?"
                """);
        assertTrue(r.out().contains("same=0") && r.out().contains("quiet=1") && r.out().contains("missing=2")
                && r.out().contains("quiet-missing=2") && r.out().contains("plain-missing=1"), r.out() + r.err());
        assertEquals("", Files.readString(dir.resolve("quiet.txt")), "-q prints nothing");
        assertTrue(Files.readString(dir.resolve("missing.err")).contains("missing"), "the error names the path");
    }

    /** riot's and arq's spellings: --output=FORMAT, --query FILE, '-' for stdin, RDF/XML, the -o extension. */
    @Test
    void riotAndArqHabits(@TempDir Path dir) throws Exception {
        Shell.Result r = run(dir, """
                $D2K export "$EX" --output=ntriples 2> format.err; echo "format-as-file=$?"
                test -e ntriples && echo "a file named ntriples was written"
                $D2K export -q "$EX" -o ex.nt && head -c 1 ex.nt > first.txt
                $D2K export -q "$EX" -o ex.rdf
                printf 'SELECT * { ?s ?p ?o }' > q.rq
                $D2K query ex.nt --query q.rq 2> query-file.err; echo "query-file=$?"
                cat ex.nt | $D2K query - --syntax ntriples --query 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' -f csv > stdin.csv
                $D2K query ex.rdf --query 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' -f csv > rdfxml.csv
                $D2K query ex.nt --query 'CONSTRUCT WHERE { ?s a dk:Guide }' -f csv 2> construct.err; echo "construct-csv=$?"
                wc -l < ex.nt | tr -d ' ' > lines.txt
                $D2K query ex.nt --named responsibilities -f csv > all.csv
                $D2K query ex.nt --named responsibilities --graph widget-service-guide -f csv > one.csv; echo "graph-on-file=$?"
                """);
        assertTrue(r.out().contains("format-as-file=2"), r.out() + r.err());
        assertFalse(r.out().contains("a file named ntriples"), "no file named after the format");
        assertTrue(Files.readString(dir.resolve("format.err")).contains("use --format ntriples"));
        assertEquals("<", Files.readString(dir.resolve("first.txt")), "-o ex.nt writes N-Triples, not Turtle");
        assertTrue(Files.readString(dir.resolve("ex.rdf")).contains("<rdf:RDF"), "-o ex.rdf writes RDF/XML");
        assertTrue(r.out().contains("query-file=2") && Files.readString(dir.resolve("query-file.err")).contains("--file q.rq"));
        String triples = Files.readString(dir.resolve("lines.txt")).strip();
        assertEquals("n\r\n" + triples + "\r\n", Files.readString(dir.resolve("stdin.csv")), "'-' read as N-Triples");
        assertEquals("n\r\n" + triples + "\r\n", Files.readString(dir.resolve("rdfxml.csv")), "RDF/XML reads back whole");
        assertTrue(r.out().contains("graph-on-file=0"), "--graph works on an export: " + r.out() + r.err());
        assertEquals(Files.readString(dir.resolve("all.csv")), Files.readString(dir.resolve("one.csv")),
                "one guide's rows, counted as in the whole graph (here the only guide)");
        assertTrue(r.out().contains("construct-csv=2")
                && Files.readString(dir.resolve("construct.err")).contains("turtle, ntriples, jsonld or rdfxml"));
    }

    /**
     * First run: no arguments list every command, a mistyped command gets "did you mean", and a
     * symbolic link to the ./docs2kg launcher runs it from another folder.
     */
    @Test
    void commandsAreListedTyposAnsweredAndTheLauncherFollowsLinks(@TempDir Path dir) throws Exception {
        Path launcher = Path.of("docs2kg").toAbsolutePath();
        Shell.Result r = run(dir, """
                $D2K 2> none.err; echo "none=$?"
                $D2K exprot x 2> typo.err; echo "typo=$?"
                mkdir -p bin elsewhere && ln -s "%s" bin/d2k && ln -s d2k bin/d2k-again
                cd elsewhere && PATH="$PWD/../bin:$PATH" d2k-again --version > ../version.txt; echo "linked=$?"
                """.formatted(launcher));
        assertTrue(r.out().contains("none=2") && r.out().contains("typo=2") && r.out().contains("linked=0"),
                r.out() + r.err());
        String none = Files.readString(dir.resolve("none.err"));
        for (String command : Docs2KgCommand.commandLine(new java.io.PrintWriter(java.io.Writer.nullWriter()),
                new java.io.PrintWriter(java.io.Writer.nullWriter())).getSubcommands().keySet()) {
            assertTrue(none.contains(command), "no arguments: every command is listed, " + command + " too: " + none);
        }
        assertTrue(Files.readString(dir.resolve("typo.err")).contains("did you mean 'export'?"));
        assertTrue(Files.readString(dir.resolve("version.txt")).startsWith("docs2kg "), "the launcher ran through two links");
    }

    /**
     * Small truths: a failed write to standard output is said before any summary of success, and
     * a failed load into a new folder leaves no empty store behind.
     */
    @Test
    void failuresAreSaidAndLeaveNothingBehind(@TempDir Path dir) throws Exception {
        Shell.Result r = run(dir, """
                $D2K export "$EX" > /dev/full 2> full.err; echo "full=$?"
                printf '<a> <b> .\\n' > bad.ttl
                $D2K load bad.ttl --store new-store 2> load.err; echo "load=$?"
                test -e new-store && echo "a store was left behind"
                mkdir empty
                $D2K load bad.ttl --store empty 2> /dev/null; echo "load-empty=$?"
                ls -A empty | wc -l | tr -d ' ' > empty.txt
                """);
        assertTrue(r.out().contains("full=1") && r.out().contains("load=1") && r.out().contains("load-empty=1"),
                r.out() + r.err());
        String full = Files.readString(dir.resolve("full.err"));
        assertTrue(full.contains("cannot write to standard output: No space left on device"), full);
        assertFalse(full.contains("exported"), "no success summary after a failed write: " + full);
        assertEquals(1, full.lines().count(), "one line: " + full);
        assertFalse(r.out().contains("left behind"), "no empty store left at new-store");
        assertTrue(Files.readString(dir.resolve("load.err")).contains("no store made at new-store"));
        assertEquals("0", Files.readString(dir.resolve("empty.txt")).strip(), "the empty folder stays empty");
    }
}
