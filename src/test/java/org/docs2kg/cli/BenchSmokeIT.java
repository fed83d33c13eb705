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
        ProcessBuilder pb = new ProcessBuilder("bash", "bench/run.sh", "--quick", "--no-build", "--work",
                work.resolve("w").toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        // The test JVM options (the quick compiler only) for the benchmark's many short JVMs: a smoke run's
        // figures are not read, and this halves its CPU time beside the other tests.
        String options = System.getProperty("docs2kg.childJvmOptions", "").strip();
        if (!options.isEmpty()) {
            pb.environment().put("JAVA_TOOL_OPTIONS", options);
        }
        Process p = pb.start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "benchmark finished");
        String out = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), out);
        for (String figure : new String[] {"export / floor", "scaling", "load / fastest bulk loader", "--help"}) {
            assertTrue(out.contains(figure), figure + " reported:\n" + out);
        }
    }
}
