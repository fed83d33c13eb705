package org.docs2kg.cli;

import org.docs2kg.support.CliRun;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile-input rows 6–8: read-only commands create nothing, option values are checked, queries are bounded. */
class OptionAndStoreChecksTest {
    private static final String EXAMPLES = TestData.examples().toString();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "serve --port -1;--port",
        "serve --port 0;--port",
        "serve --port 99999;--port",
        "serve --max-results -1;--max-results",
        "serve --query-timeout -1;--query-timeout",
        "serve --query-timeout 0;--query-timeout",
        "serve --max-request-size 10;--max-request-size",
        "query --timeout 0 --named services EXAMPLES;--timeout",
        "query --timeout -5 --named services EXAMPLES;--timeout",
        "load --timeout 0 EXAMPLES --store STORE;--timeout",
        "load EXAMPLES --endpoint ftp://example.org/ds;--endpoint",
        "load EXAMPLES --endpoint http://127.0.0.1:9/ds --graph-store localhost;--graph-store",
        "evaluate --labels STORE --min-f1 2 EXAMPLES;--min-f1",
        "evaluate --labels STORE --min-topic-accuracy -0.5 EXAMPLES;--min-topic-accuracy",
    })
    void outOfRangeValuesAreUsageErrorsBeforeAnythingStarts(String args, String option, @TempDir Path dir) {
        Path store = dir.resolve("never-created");
        CliRun r = CliRun.of(args.replace("EXAMPLES", EXAMPLES).replace("STORE", store.toString()).split(" "));
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains("Invalid value for " + option), r.err());
        assertTrue(!Files.exists(store), "nothing was created");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "export|;positional parameter",
        "export|EXAMPLES|-o|;'--output'",
        "validate|EXAMPLES|--report|;'--report'",
        "load|EXAMPLES|--endpoint|http://127.0.0.1:9/ds|--credentials|;'--credentials'",
        "evaluate|--labels||EXAMPLES;'--labels'",
    })
    void anEmptyFileNameIsAUsageErrorNotTheWorkingDirectory(String args, String where) {
        CliRun r = CliRun.of(args.replace("EXAMPLES", EXAMPLES).split("\\|", -1));
        assertEquals(2, r.exitCode(), r.err());
        assertTrue(r.err().contains(where) && r.err().contains("empty file name"), r.err());
    }

    @Test
    void readOnlyCommandsNeverTurnAFolderIntoAStore(@TempDir Path dir) throws Exception {
        Path notAStore = Files.createDirectories(dir.resolve("photos"));
        Files.writeString(notAStore.resolve("holiday.txt"), "not a database");
        Path empty = Files.createDirectories(dir.resolve("empty"));
        for (Path folder : List.of(notAStore, empty)) {
            for (String[] args : List.of(
                    new String[] {"query", "--store", folder.toString(), "--named", "services"},
                    new String[] {"validate", "--store", folder.toString()},
                    new String[] {"serve", "--store", folder.toString(), "--port", "1"})) {
                CliRun r = CliRun.of(args);
                assertEquals(1, r.exitCode(), String.join(" ", args) + ": " + r.err());
                assertTrue(r.err().contains(folder + " is not a docs2kg store"), r.err());
            }
        }
        try (var left = Files.list(notAStore)) {
            assertEquals(List.of(notAStore.resolve("holiday.txt")), left.toList(), "nothing created in it");
        }
        try (var left = Files.list(empty)) {
            assertEquals(0, left.count());
        }
        CliRun load = CliRun.of("load", "-q", EXAMPLES, "--store", notAStore.toString());
        assertEquals(1, load.exitCode());
        assertTrue(load.err().contains("not a docs2kg store and not empty"), load.err());
        assertEquals(0, CliRun.of("load", "-q", EXAMPLES, "--store", empty.toString()).exitCode(), "an empty folder is fine");
        assertEquals(0, CliRun.of("query", "--store", empty.toString(), "--named", "services").exitCode());
    }

    @Test
    void aQueryOnFilesIsCancelledAtItsTimeout() {
        // A four-way product of the example's ~500 triples: far more than a second of work.
        long start = System.nanoTime();
        CliRun r = CliRun.of("query", EXAMPLES, "--timeout", "1", "-f", "csv", "--query",
                "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }");
        long seconds = (System.nanoTime() - start) / 1_000_000_000L;
        assertEquals(1, r.exitCode(), r.out());
        assertEquals("docs2kg: query cancelled: it ran longer than the timeout (--timeout)", r.err().strip());
        assertTrue(seconds < 30, "cancelled near its timeout, not run to the end: " + seconds + " s");
    }

    @Test
    void theTableFormatShowsAtMostItsCapAndSaysSo() {
        CliRun table = CliRun.of("query", EXAMPLES, "--query", "SELECT ?a ?c { ?a ?b ?c . ?d ?e ?f } LIMIT 20000");
        assertEquals(0, table.exitCode(), table.err());
        long rows = table.out().lines().filter(l -> l.startsWith("| ") && !l.startsWith("| a ")).count();
        assertEquals(10_000, rows);
        assertTrue(table.err().contains("the table shows the first 10,000 rows only: use --format csv"), table.err());
        CliRun csv = CliRun.of("query", EXAMPLES, "-f", "csv", "--query", "SELECT ?a ?c { ?a ?b ?c . ?d ?e ?f } LIMIT 20000");
        assertEquals(20_001, csv.out().lines().count(), "csv streams every row");
        assertEquals("", csv.err());
    }
}
