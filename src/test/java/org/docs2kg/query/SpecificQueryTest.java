package org.docs2kg.query;

import org.docs2kg.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Boilerplate shared by many guides drops out of `specific`; what one guide says alone stays. */
class SpecificQueryTest {

    private static Path guides(Path dir) throws Exception {
        List<String> names = List.of("Alpha", "Beta", "Gamma");
        for (String name : names) {
            Path g = Files.createDirectories(dir.resolve(name.toLowerCase()));
            Files.writeString(g.resolve("index.md"), "# Amazon " + name + " User Guide\n\n+ [Security in Amazon " + name
                    + "](security.md)\n");
            Files.writeString(g.resolve("security.md"), "# Security in Amazon " + name + "\n\n"
                    + "As a managed service, Amazon " + name + " is protected by the AWS global network\\. "
                    + "We recommend TLS 1\\.2 or later\\. "
                    + "We recommend that you rotate the keys every " + (10 + names.indexOf(name)) + " days\\.\n");
        }
        return dir;
    }

    @Test
    void specificLeavesOutWhatManyGuidesShare(@TempDir Path dir) throws Exception {
        String in = guides(dir).toString();
        CliRun all = CliRun.of("query", in, "--named", "responsibilities", "-f", "csv");
        assertEquals(0, all.exitCode(), all.err());
        List<String> rows = all.out().lines().skip(1).toList();
        assertEquals(9, rows.size());
        assertTrue(rows.stream().filter(r -> r.contains("TLS 1.2")).allMatch(r -> r.endsWith(",3,encryption-in-transit")), all.out());

        CliRun specific = CliRun.of("query", in, "--named", "specific", "-f", "csv");
        List<String> specificRows = specific.out().lines().skip(1).toList();
        assertEquals(3, specificRows.size(), specific.out());
        assertTrue(specificRows.stream().allMatch(r -> r.contains("rotate the keys") && r.endsWith(",1")), specific.out());

        CliRun loose = CliRun.of("query", in, "--named", "specific", "--param", "maxGuides=4", "-f", "csv");
        assertEquals(10, loose.out().lines().count(), "with maxGuides=4 the shared ones come back: " + loose.out());
    }

    /**
     * --graph keeps the meaning of "specific": a named query gives one guide's rows, still counted
     * against every guide, on guides, a Turtle export and a store alike; your own query sees the
     * guide's graph where the input keeps one, and a Turtle export says it cannot.
     */
    @Test
    void graphScopingKeepsSharedCountsOnEveryInput(@TempDir Path dir) throws Exception {
        String in = guides(dir.resolve("in")).toString();
        Path ttl = dir.resolve("all.ttl");
        Path store = dir.resolve("kg");
        assertEquals(0, CliRun.of("export", "-q", in, "-o", ttl.toString()).exitCode());
        assertEquals(0, CliRun.of("load", "-q", in, "--store", store.toString()).exitCode());
        for (String q : List.of("specific", "responsibilities")) {
            String unscoped = CliRun.of("query", in, "--named", q, "-f", "csv").out();
            String expected = unscoped.lines().filter(r -> r.startsWith("guide,") || r.startsWith("beta,"))
                    .reduce("", (a, r) -> a + r + "\r\n");
            for (List<String> side : List.of(List.of(in), List.of(ttl.toString()), List.of("--store", store.toString()))) {
                List<String> args = new java.util.ArrayList<>(List.of("query"));
                args.addAll(side);
                args.addAll(List.of("--named", q, "--graph", "beta", "-f", "csv"));
                CliRun scoped = CliRun.of(args.toArray(String[]::new));
                assertEquals(0, scoped.exitCode(), side + ": " + scoped.err());
                assertEquals(expected, scoped.out(), q + " --graph on " + side);
            }
        }
        assertEquals(2, CliRun.of("query", in, "--named", "specific", "--graph", "beta", "-f", "csv")
                .out().lines().count(), "Beta's one specific sentence, not its three");
        String own = "SELECT (COUNT(*) AS ?n) { ?s a dk:Statement }";
        assertEquals("n\r\n3\r\n", CliRun.of("query", in, "--graph", "beta", "--query", own, "-f", "csv").out());
        assertEquals("n\r\n3\r\n", CliRun.of("query", "--store", store.toString(), "--graph", "beta",
                "--query", own, "-f", "csv").out());
        CliRun turtle = CliRun.of("query", ttl.toString(), "--graph", "beta", "--query", own);
        assertEquals(1, turtle.exitCode());
        assertTrue(turtle.err().contains("one graph") && turtle.err().contains("--format trig"), turtle.err());
        CliRun none = CliRun.of("query", ttl.toString(), "--graph", "nonesuch", "--named", "specific");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("no guide 'nonesuch'"), none.err());
    }
}
