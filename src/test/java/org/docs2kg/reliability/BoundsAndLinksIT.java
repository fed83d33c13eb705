package org.docs2kg.reliability;

import org.docs2kg.support.LoopbackServer;
import org.docs2kg.support.Shell;
import org.docs2kg.support.Shell.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input, round three (second part): remote calls bounded by --timeout, links out of the
 * input, locale-proof names, no silent substitutions. Each row runs the built jar as a real process
 * (loopback servers that never answer, trickle or redirect are started here, bounded in time).
 */
class BoundsAndLinksIT {

    private static Result sh(Path dir, String script) throws Exception {
        return Shell.run(dir, script);
    }

    private static void oneLine(Result r) {
        assertEquals(1, r.err().lines().filter(l -> !l.startsWith("Try ")).count(), r.err());
    }

    @Test
    void row1AnEmptyStoreIsAUsageErrorNeverTheDefaultStore(@TempDir Path dir) throws Exception {
        // Java takes the home folder from the password database, not $HOME: the default store is
        // pointed into the test's folder with DOCS2KG_STORE, never the user's own.
        Path defaultStore = dir.resolve("default-store");
        Map<String, String> env = Map.of("DOCS2KG_STORE", defaultStore.toString());
        for (String cmd : List.of("$D2K load --store \"$STORE\" \"$EX\"", "$D2K load --store= \"$EX\"",
                "$D2K query --store \"$STORE\" --named services", "$D2K validate --store \"\"",
                "$D2K report --store \"\" -o r.html")) {
            Result r = Shell.run(dir, cmd, env);
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains("--store: an empty directory name"), r.err());
        }
        assertFalse(Files.exists(defaultStore), "the default store was never created");
        // --store alone is still the default store.
        Result alone = Shell.run(dir, "$D2K load -q \"$EX\" --store && $D2K query --store --named services -f csv", env);
        assertEquals(0, alone.code(), alone.err());
        assertTrue(alone.out().contains("widget-service-guide"), alone.out());
        assertTrue(Files.isDirectory(defaultStore));
    }

    @Test
    void row2AnIndexOrSourceLinkedFromOutsideTheInputIsNotRead(@TempDir Path dir) throws Exception {
        Result r = sh(dir, "mkdir -p outside in/g && printf '# Evil Outside Service Guide\\n\\n+ [S](security.md)\\n' > outside/index.md"
                + " && printf 'repository: github.com/evil/outside\\ncommit: 0123456789abcdef0123456789abcdef01234567\\n' > outside/SOURCE"
                + " && cp \"$EX\"/widget-service-guide/security*.md in/g/"
                + " && ln -s \"$PWD/outside/index.md\" in/g/index.md && ln -s \"$PWD/outside/SOURCE\" in/g/SOURCE"
                + " && $D2K query in --named services -f csv"
                + " && $D2K query -q in --query 'SELECT ?r { ?g dk:sourceRepository ?r }' -f csv");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains("Evil"), "the outside index.md named no service: " + r.out());
        assertFalse(r.out().contains("github.com/evil"), "the outside SOURCE made no links: " + r.out());
        assertTrue(r.err().contains("in/g/index.md: symbolic link points outside the input, not followed"), r.err());
        assertTrue(r.err().contains("in/g/SOURCE: symbolic link points outside the input, not followed"), r.err());
    }

    @Test
    void row3TimeoutBoundsARemoteLoadNeverAnsweredAndAQueryThatTrickles(@TempDir Path dir) throws Exception {
        try (LoopbackServer silent = new LoopbackServer(false, null); LoopbackServer trickle = new LoopbackServer(true, null)) {
            long start = System.nanoTime();
            Result load = sh(dir, "$D2K load \"$EX\" --endpoint " + silent.url() + " --timeout 2");
            Result query = sh(dir, "$D2K query --endpoint " + trickle.url() + " --timeout 2 --named services");
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;
            assertEquals(1, load.code(), load.err());
            assertTrue(load.err().contains("did not answer within 2 s (while loading widget-service-guide)"), load.err());
            oneLine(load);
            assertEquals(1, query.code(), query.err());
            assertTrue(query.err().contains("did not answer within 2 s"), query.err());
            oneLine(query);
            assertTrue(seconds < 40, "both gave up at their timeout, not at the server's pleasure: " + seconds + " s");
        }
    }

    /** Issue round three (first part), row 3: a redirect to another host gets neither the data nor the credentials. */
    @Test
    void aRedirectIsNotFollowedSoCredentialsNeverLeaveTheOrigin(@TempDir Path dir) throws Exception {
        try (LoopbackServer elsewhere = new LoopbackServer(false, "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n")) {
            String redirect = "HTTP/1.1 307 Temporary Redirect\r\nLocation: " + elsewhere.url()
                    + "?graph=x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            try (LoopbackServer origin = new LoopbackServer(false, redirect)) {
                Result r = Shell.run(dir, "$D2K load \"$EX\" --endpoint " + origin.url(),
                        Map.of("DOCS2KG_USER", "alice", "DOCS2KG_PASSWORD", "s3cret-pw"));
                assertEquals(1, r.code(), r.err());
                assertTrue(r.err().contains("answered 307, a redirect: not followed"), r.err());
                assertFalse(r.err().contains("s3cret-pw"), r.err());
                assertEquals(0, elsewhere.requests.get(), "the other host received nothing");
            }
        }
    }

    @Test
    void row4CredentialsInAUrlAreAUsageErrorAndNeverPrinted(@TempDir Path dir) throws Exception {
        for (String cmd : List.of("$D2K query --endpoint http://alice:s3cret-pw@localhost:9/ds --named services",
                "$D2K load -v \"$EX\" --endpoint http://alice:s3cret-pw@localhost:9/ds",
                "$D2K report --endpoint 'http://alice:s3cret-pw@localhost:9/ds?x=1' -o r.html")) {
            Result r = sh(dir, cmd);
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains("carries a user name or password"), r.err());
            assertTrue(r.err().contains("DOCS2KG_USER"), r.err());
            assertFalse((r.out() + r.err()).contains("s3cret"), r.err());
        }
    }

    @Test
    void row5CredentialsMustBeASmallPrivateRegularFile(@TempDir Path dir) throws Exception {
        String query = "$D2K query --endpoint http://127.0.0.1:9/ds --named services --credentials ";
        Result fifo = sh(dir, "mkfifo creds && " + query + "creds");
        assertEquals(1, fifo.code(), fifo.err());
        assertTrue(fifo.err().contains("creds: credentials file is not a regular file"), fifo.err());
        Result zero = sh(dir, query + "/dev/zero");
        assertEquals(1, zero.code(), zero.err());
        assertTrue(zero.err().contains("/dev/zero: credentials file is not a regular file"), zero.err());
        Result open = sh(dir, "printf 'user=a\\npassword=b\\n' > open.properties && chmod 644 open.properties && "
                + query + "open.properties");
        assertEquals(1, open.code(), open.err());
        assertTrue(open.err().contains("open.properties: credentials file is readable by others (rw-r--r--): chmod 600 it"),
                open.err());
        Result big = sh(dir, "head -c 100000 /dev/zero | tr '\\0' x > big.properties && chmod 600 big.properties && "
                + query + "big.properties");
        assertEquals(1, big.code(), big.err());
        assertTrue(big.err().contains("too large"), big.err());
        Result ok = sh(dir, "printf 'user=a\\npassword=b\\n' > ok.properties && chmod 600 ok.properties && "
                + query + "ok.properties");
        assertEquals(1, ok.code(), ok.err());
        assertTrue(ok.err().contains("is not reachable"), "read, then the (absent) endpoint: " + ok.err());
    }

    @Test
    void row6FileNamesAreTheSameUnderEveryLocale(@TempDir Path dir) throws Exception {
        String make = "mkdir -p in/g && cd in/g && printf '# G Guide\\n\\n+ [Security](security.md)\\n  + [Caf\\xc3\\xa9](caf\\xc3\\xa9.md)\\n"
                + "  + [Caf\\xc3\\xa8](caf\\xc3\\xa8.md)\\n' > index.md"
                + " && printf '# Security in G\\n\\nWe recommend that you use TLS.\\n' > security.md"
                + " && printf '# One\\n\\nWe recommend that you rotate keys.\\n' > \"$(printf 'caf\\xc3\\xa9.md')\""
                + " && printf '# Two\\n\\nWe recommend that you enable MFA.\\n' > \"$(printf 'caf\\xc3\\xa8.md')\""
                + " && printf '# Bad\\n\\nx\\n' > \"$(printf 'bad\\xe9.md')\"";
        assertEquals(0, sh(dir, make).code());
        // The jar itself, not the launcher (which would fix the locale): the names must hold anyway.
        Result c = Shell.run(dir, "$D2K export in -o c.ttl", Map.of("LANG", "C", "LC_ALL", "C"));
        Result posix = Shell.run(dir, "$D2K export -q in -o posix.ttl", Map.of("LANG", "POSIX", "LC_ALL", "POSIX"));
        Result utf8 = Shell.run(dir, "$D2K export -q in -o utf8.ttl", Map.of("LANG", "C.UTF-8", "LC_ALL", "C.UTF-8"));
        assertEquals(0, c.code() + posix.code() + utf8.code(), c.err() + posix.err() + utf8.err());
        assertEquals(-1L, Files.mismatch(dir.resolve("c.ttl"), dir.resolve("utf8.ttl")), "C and UTF-8 locales agree");
        assertEquals(-1L, Files.mismatch(dir.resolve("posix.ttl"), dir.resolve("utf8.ttl")), "POSIX and UTF-8 agree");
        String ttl = Files.readString(dir.resolve("c.ttl"));
        assertTrue(ttl.contains("\"café.md\"") && ttl.contains("\"cafè.md\""), "two distinct pages");
        assertTrue(ttl.contains("\"bad%E9.md\""), "a name that is not UTF-8 is percent-encoded, the same everywhere");
        assertTrue(c.err().contains("file name is not UTF-8: recorded as 'bad%E9.md'"), c.err());
        assertTrue(c.err().contains("3 statements"), "both café pages' statements were read: " + c.err());
    }

    @Test
    void row7TableOfContentsLinksAreNormalised(@TempDir Path dir) throws Exception {
        Result r = sh(dir, "cp -r \"$EX\" in && cd in/widget-service-guide && sed -i 's/(security\\.md)/(.\\/security.md)/; "
                + "s/(security-data-protection\\.md)/(sub\\/..\\/security-data-protection.md)/' index.md"
                + " && grep -c '\\./security.md\\|sub/\\.\\./' index.md && cd ../.. && $D2K export in -o a.ttl && $D2K export \"$EX\" -q -o b.ttl"
                + " && $D2K query -q a.ttl --query 'SELECT (COUNT(*) AS ?n) { ?s a dk:Statement }' -f csv"
                + " && $D2K query -q b.ttl --query 'SELECT (COUNT(*) AS ?n) { ?s a dk:Statement }' -f csv");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals("2", lines.get(0), "both links were rewritten: " + r.out());
        assertEquals(lines.get(2), lines.get(4), "the same statements as with plain links: " + r.out());
        assertFalse(r.err().contains("not a page of this guide"), r.err());
    }

    @Test
    void row8TimeoutsHaveAnUpperBoundCheckedAtParseTime(@TempDir Path dir) throws Exception {
        for (String cmd : List.of("$D2K query \"$EX\" --named services --timeout 9223372036854775807",
                "$D2K query \"$EX\" --named services --timeout 31622401",
                "$D2K serve --store kg --query-timeout 9300000000000000")) {
            Result r = sh(dir, cmd);
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains("(must be 1 to 31622400 seconds, a year)"), r.err());
            assertFalse(r.err().contains("ArithmeticException") || r.err().contains("internal error"), r.err());
        }
    }

    @Test
    void row9AFormatMustFitTheQueryAndShapesMustHoldShapes(@TempDir Path dir) throws Exception {
        for (String[] c : new String[][] {
                {"$D2K query \"$EX\" --query 'SELECT * { ?s ?p ?o } LIMIT 1' --format turtle", "does not fit a SELECT query"},
                {"$D2K query \"$EX\" --query 'ASK { ?s ?p ?o }' --format jsonld", "does not fit a ASK query"},
                {"$D2K query \"$EX\" --query 'CONSTRUCT WHERE { ?s a dk:Guide }' --format csv", "does not fit a CONSTRUCT query"}}) {
            Result r = sh(dir, c[0]);
            assertEquals(2, r.code(), c[0] + ": " + r.err());
            assertTrue(r.err().contains(c[1]), r.err());
        }
        Result construct = sh(dir, "$D2K query \"$EX\" --query 'CONSTRUCT WHERE { ?s a dk:Guide }'");
        assertEquals(0, construct.code(), construct.err());
        assertTrue(construct.out().contains("dk:Guide"), "a CONSTRUCT without --format is Turtle: " + construct.out());
        Result shapes = sh(dir, "$D2K export -q \"$EX\" -o data.ttl && $D2K validate \"$EX\" --shapes data.ttl");
        assertEquals(1, shapes.code(), shapes.err());
        assertTrue(shapes.err().contains("data.ttl: holds no SHACL shapes"), shapes.err());
        assertFalse(shapes.out().contains("conforms"), shapes.out());
    }

    @Test
    void row10LabelFilesAreRegularFilesAndTooDeepJsonIsOneLine(@TempDir Path dir) throws Exception {
        String label = "{\"guide\": \"widget-service-guide\", \"service\": \"Example Widget Service\", "
                + "\"securityRoot\": \"security.md\", \"topics\": [], \"statements\": []}";
        Files.createDirectories(dir.resolve("labels/folder.json"));
        Files.writeString(dir.resolve("labels/widget-service-guide.json"), label);
        Result odd = sh(dir, "mkfifo labels/pipe.json && timeout 60 $D2K evaluate --labels labels \"$EX\"");
        assertEquals(0, odd.code(), odd.err());
        assertTrue(odd.err().contains("labels/pipe.json: not a regular file, skipped"), odd.err());
        assertTrue(odd.err().contains("labels/folder.json: not a regular file, skipped"), odd.err());
        Files.writeString(dir.resolve("labels/deep.json"), "[".repeat(100_000) + "]".repeat(100_000));
        Result deep = sh(dir, "rm labels/pipe.json && $D2K evaluate --labels labels \"$EX\"");
        assertEquals(1, deep.code(), deep.err());
        assertTrue(deep.err().contains("deep.json: JSON nested 100000 levels deep"), deep.err());
        assertFalse(deep.err().contains("StackOverflowError"), deep.err());
        oneLine(deep);
    }
}
