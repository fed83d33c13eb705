package org.docs2kg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The benchmark command runs end to end on a small input (its figures are not checked here). */
class BenchSmokeIT {

    @Test
    void benchmarkRunsOnTheExample(@TempDir Path work) throws Exception {
        Path log = work.resolve("bench.log");
        Process p = new ProcessBuilder("bash", "bench/run.sh", "--quick", "--no-build", "--work", work.resolve("w").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "benchmark finished");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        for (String figure : new String[] {"export / floor", "scaling", "load / fastest bulk loader", "--help"}) {
            assertTrue(out.contains(figure), figure + " reported:\n" + out);
        }
    }
}
