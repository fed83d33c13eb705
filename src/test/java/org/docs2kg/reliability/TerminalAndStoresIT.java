package org.docs2kg.reliability;

import org.docs2kg.support.Shell;
import org.docs2kg.support.Shell.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input, round three (third part), the command-line rows, on the built jar as a process:
 * terminal escapes from documents, stores that grow and merge, small message defects. (The serve
 * rows are in ReadOnlyEndpointTest, the store's own in TdbStoreTest, completion in
 * CompletionAndManPagesTest.)
 */
class TerminalAndStoresIT {

    private static Result sh(Path dir, String script) throws Exception {
        return Shell.run(dir, script);
    }

    /** Row 5: escape sequences in file names, link targets and literals never reach the terminal raw. */
    @Test
    void row5ControlCharactersAreEscapedInMessagesAndTables(@TempDir Path dir) throws Exception {
        Result r = sh(dir, "mkdir -p in/g && printf '# G Guide\\n\\n+ [Security in G](security.md)\\n"
                + "  + [x](%b)\\n' '\\033[2Jgone.md' > in/g/index.md && printf '# Security in G\\n' > in/g/security.md"
                + " && printf 'x\\0y' > \"in/g/$(printf 'c\\033]0;title\\007.md')\""
                + " && printf '<urn:a> <urn:b> \"evil\\\\u001B[2J\\\\u001B]0;t\\\\u0007 \\\\u202Etext\" .\\n' > esc.ttl"
                + " && $D2K export in -o out.ttl && $D2K query esc.ttl --query 'SELECT ?o { ?s ?p ?o }'"
                + " && $D2K query esc.ttl --query 'SELECT ?o { ?s ?p ?o }' -f csv > esc.csv");
        assertEquals(0, r.code(), r.err());
        String terminal = r.out() + r.err();
        assertFalse(terminal.chars().anyMatch(c -> c == 0x1b || c == 0x07 || c == 0x202e), "no raw control: " + terminal);
        assertTrue(r.err().contains("c␛]0;title␇.md"), "the name is shown with control pictures: " + r.err());
        assertTrue(r.out().contains("evil␛[2J␛]0;t␇ <U+202E>text"), r.out());
        assertTrue(Files.readString(dir.resolve("esc.csv")).contains("evil\u001b[2J"), "csv stays byte-exact");
    }

    /** Row 3: two files that share a name keep a graph each; row 7: a blank graph label converges. */
    @Test
    void row3And7FilesKeepTheirOwnGraphsAndLoadsConverge(@TempDir Path dir) throws Exception {
        Result r = sh(dir, "mkdir a b && echo '<urn:x> <urn:says> \"a\" .' > a/notes.ttl && echo '<urn:x> <urn:says> \"b\" .' > b/notes.ttl"
                + " && echo '_:g { <urn:x> <urn:says> \"blank\" . }' > blank.trig"
                + " && $D2K load -q a/notes.ttl --store kg && $D2K load -q b/notes.ttl --store kg"
                + " && $D2K load -q blank.trig --store kg && $D2K load -q blank.trig --store kg"
                + " && $D2K query --store kg --query 'SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }' -f csv");
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("n", "3"), r.out().lines().toList(), "a's, b's and the blank graph's triple, once each");
    }

    /** Row 9: an empty query and a FIFO among the pages get one clear line each. */
    @Test
    void row9SmallMessagesSayWhatHappened(@TempDir Path dir) throws Exception {
        Result empty = sh(dir, "$D2K query \"$EX\" --query ''");
        assertEquals(1, empty.code());
        assertEquals("docs2kg: --query: the query is empty", empty.err().strip());
        Result fifo = sh(dir, "cp -r \"$EX\" in && mkfifo in/widget-service-guide/pipe.md && $D2K export in -o out.ttl");
        assertEquals(0, fifo.code(), fifo.err());
        assertTrue(fifo.err().contains("pipe.md: not a regular file (a FIFO or device), skipped"), fifo.err());
    }

    /** Row 9: serve out of memory for a query says so, never "Java heap space" or array sizes. */
    @Test
    void row9ServeOutOfMemoryAnswersWithoutJvmInternals(@TempDir Path dir) throws Exception {
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String query = "SELECT ?a (GROUP_CONCAT(STR(?c)) AS ?x) WHERE { ?a ?b ?c . ?d ?e ?f } GROUP BY ?a";
        Result r = Shell.run(dir, "$D2K load -q \"$EX\" --store kg && { $D2K_32M serve --store kg --port " + port
                + " --query-timeout 60 & } && for i in $(seq 1 100); do curl -s -o /dev/null http://localhost:" + port
                + "/\\$/ping && break; sleep 0.2; done; curl -s -w '\\n%{http_code}' --data-urlencode 'query=" + query
                + "' http://localhost:" + port + "/docs2kg/sparql; kill $!",
                java.util.Map.of("D2K_32M", org.docs2kg.support.JarCommand.words("-Xmx32m")));
        List<String> lines = r.out().lines().toList();
        assertEquals("503", lines.get(lines.size() - 1), r.out() + r.err());
        assertTrue(r.out().contains("ran out of memory for this query"), r.out());
        assertFalse(r.out().contains("heap space") || r.out().contains("OutOfMemoryError"), r.out());
    }
}
