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
}
