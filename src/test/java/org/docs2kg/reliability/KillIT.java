package org.docs2kg.reliability;

import org.docs2kg.support.JarCommand;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Kills a real docs2kg process (SIGKILL) at random moments during an export and during a load,
 * then checks that the output file is the previous one or the complete new one, and that the
 * store holds its previous contents or the complete load. Each test kills docs2kg.killRuns times
 * (the pom's kill.runs: 2 in `mvn verify`, 20 with -Pthorough; DOCS2KG_KILL_RUNS overrides both).
 */
class KillIT {
    private static Path jar;
    private static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("DOCS2KG_KILL_RUNS",
            System.getProperty("docs2kg.killRuns", "2")));

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("docs2kg.jar", "target/docs2kg.jar")).toAbsolutePath();
        assertTrue(Files.isRegularFile(jar), jar.toString());
    }

    private static Process start(Path dir, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(JarCommand.java());
        cmd.addAll(List.of(args));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    }

    private static int run(Path dir, String... args) throws Exception {
        Process p = start(dir, args);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        return p.exitValue();
    }

    /**
     * A corpus big enough that an export takes a few seconds and a load longer (8,000 statements, about
     * 110,000 triples): ordinary pages written for the test. Kills land between 200 ms and the measured full time.
     */
    private static Path input(Path dir) throws IOException {
        return input(dir, 2, 50);
    }

    /** {@code guides} guides of {@code pages} pages each. */
    private static Path input(Path dir, int guides, int pages) throws IOException {
        Path root = dir.resolve("input");
        for (int g = 0; g < guides; g++) {
            Path guide = root.resolve("guide-" + g);
            Files.createDirectories(guide);
            StringBuilder index = new StringBuilder("# Guide " + g + " User Guide\n\n+ [Security in Guide " + g
                    + "](security.md)\n");
            for (int p = 0; p < pages; p++) {
                index.append("   + [Page ").append(p).append("](page-").append(p).append(".md)\n");
                StringBuilder page = new StringBuilder("# Data protection in Guide ").append(g).append(" part ")
                        .append(p).append("\n\n");
                for (int s = 0; s < 40; s++) {
                    page.append("## Section ").append(s).append("\n\nWe recommend that you rotate key ").append(s)
                            .append(" every year. You are responsible for widget ").append(s)
                            .append(", see [the guide](page-").append((p + 1) % pages).append(".md).\n\n");
                }
                Files.writeString(guide.resolve("page-" + p + ".md"), page);
            }
            Files.writeString(guide.resolve("security.md"), "# Security in Guide " + g + "\n\nSecurity is a shared "
                    + "responsibility between AWS and you.\n");
            Files.writeString(guide.resolve("index.md"), index);
        }
        return root;
    }

    @Test
    void anExportKilledAtAnyMomentLeavesThePreviousFileOrTheNewOne(@TempDir Path dir) throws Exception {
        Path input = input(dir);
        Path reference = dir.resolve("reference.ttl");
        long t0 = System.nanoTime();
        assertEquals(0, run(dir, "export", "-q", input.toString(), "-o", reference.toString()));
        long fullMillis = (System.nanoTime() - t0) / 1_000_000;
        byte[] complete = Files.readAllBytes(reference);
        byte[] previous = "# the previous export\n".getBytes(StandardCharsets.UTF_8);
        Random random = new Random(42);
        Path out = dir.resolve("out.ttl");
        int killedMidway = 0;
        for (int i = 0; i < RUNS; i++) {
            Files.write(out, previous);
            Process p = start(dir, "export", "-q", input.toString(), "-o", out.toString());
            Thread.sleep(200 + random.nextInt((int) Math.max(1, fullMillis - 200)));
            boolean wasRunning = p.isAlive();
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            byte[] now = Files.readAllBytes(out);
            if (wasRunning && java.util.Arrays.equals(now, previous)) {
                killedMidway++;
            } else {
                assertArrayEquals(complete, now, "run " + i + ": neither the previous nor the complete file");
            }
        }
        System.out.printf("export kill test: %d runs, %d killed mid-way, all left a whole file%n", RUNS, killedMidway);
    }

    /** SIGINT and SIGTERM run the shutdown hook: no hidden ".out.ttl.*.tmp" is left, the old file stays. */
    @Test
    void anInterruptedExportLeavesNoTemporaryFileAndAKilledOneIsNamedNextTime(@TempDir Path dir) throws Exception {
        Path input = input(dir);
        Path out = dir.resolve("out.ttl");
        byte[] previous = "# the previous export\n".getBytes(StandardCharsets.UTF_8);
        for (String signal : List.of("INT", "TERM")) {
            Files.write(out, previous);
            Process p = start(dir, "export", "-q", input.toString(), "-o", out.toString());
            waitForTemporary(dir, p);
            assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(p.pid())).start().waitFor());
            assertTrue(p.waitFor(60, TimeUnit.SECONDS));
            assertEquals(List.of(), temporaries(dir), "SIG" + signal + " left a temporary file");
            // The previous file, unless the export had renamed its complete file just before the signal.
            byte[] now = Files.readAllBytes(out);
            assertTrue(java.util.Arrays.equals(previous, now) || new String(now, StandardCharsets.UTF_8).strip()
                    .endsWith("."), "SIG" + signal + ": the previous file or a complete export, nothing else");
        }
        Process p = start(dir, "export", "-q", input.toString(), "-o", out.toString());
        waitForTemporary(dir, p);
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no hook runs
        List<Path> stale = temporaries(dir);
        assertEquals(1, stale.size(), "SIGKILL leaves its temporary file");
        Path log = dir.resolve("next.log");
        List<String> nextCmd = new ArrayList<>(JarCommand.java());
        nextCmd.addAll(List.of("export", TestData.examples().toString(), "-o", out.toString()));
        Process next = new ProcessBuilder(nextCmd)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(next.waitFor(2, TimeUnit.MINUTES));
        assertEquals(0, next.exitValue());
        String said = Files.readString(log);
        assertTrue(said.contains("warning: " + stale.get(0) + ": temporary file left by an interrupted earlier run"), said);
    }

    private static List<Path> temporaries(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().matches("\\.out\\.ttl\\..*\\.tmp")).toList();
        }
    }

    /** Waits until the export has its temporary file open (it is writing), or fails after a minute. */
    private static void waitForTemporary(Path dir, Process p) throws Exception {
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (temporaries(dir).isEmpty()) {
            assertTrue(p.isAlive(), "the export ended before it started writing");
            assertTrue(System.nanoTime() < end, "no temporary file appeared");
            Thread.sleep(20);
        }
        Thread.sleep(200);
    }

    @Test
    void aLoadKilledAtAnyMomentLeavesTheStoreReadableWithItsPreviousContents(@TempDir Path dir) throws Exception {
        Path input = input(dir);
        Path store = dir.resolve("store");
        String count = "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }";
        assertEquals(0, run(dir, "load", "-q", TestData.examples().toString(), "--store", store.toString()));
        String before = query(dir, store, count);
        long t0 = System.nanoTime();
        Path full = dir.resolve("full-store");
        assertEquals(0, run(dir, "load", "-q", TestData.examples().toString(), "--store", full.toString()));
        assertEquals(0, run(dir, "load", "-q", input.toString(), "--store", full.toString()));
        long fullMillis = (System.nanoTime() - t0) / 1_000_000;
        String after = query(dir, full, count);
        Random random = new Random(7);
        int killedMidway = 0;
        for (int i = 0; i < RUNS; i++) {
            Process p = start(dir, "load", "-q", input.toString(), "--store", store.toString());
            Thread.sleep(300 + random.nextInt((int) Math.max(1, fullMillis / 2)));
            boolean wasRunning = p.isAlive();
            p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            String now = query(dir, store, count);
            if (now.equals(before)) {
                killedMidway += wasRunning ? 1 : 0;
            } else {
                assertEquals(after, now, "run " + i + ": the store is neither as before nor fully loaded");
                // the load finished before the kill: put the store back to its previous state
                deleteRecursively(store);
                assertEquals(0, run(dir, "load", "-q", TestData.examples().toString(), "--store", store.toString()));
            }
        }
        System.out.printf("load kill test: %d runs, %d killed mid-way, store consistent every time%n", RUNS, killedMidway);
    }

    @Test
    void twoLoadsAtOnceOneFailsClearlyAndTheStoreStaysConsistent(@TempDir Path dir) throws Exception {
        Path input = input(dir);
        Path store = dir.resolve("store");
        Path reference = dir.resolve("reference");
        assertEquals(0, run(dir, "load", "-q", input.toString(), "--store", reference.toString()));
        String expected = query(dir, reference, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");

        Process first = start(dir, "load", "-q", input.toString(), "--store", store.toString());
        // The first load holds the store once its lock file exists (the store is new); loading this
        // input takes it seconds more, long enough for the second process to start and try.
        long end = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (!Files.exists(store.resolve("tdb.lock")) && first.isAlive() && System.nanoTime() < end) {
            Thread.sleep(20);
        }
        Path secondLog = dir.resolve("second.log");
        List<String> cmd = new ArrayList<>(JarCommand.java());
        cmd.addAll(List.of("load", "-q", TestData.examples().toString(), "--store", store.toString()));
        Process second = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(secondLog.toFile()).start();
        assertTrue(second.waitFor(2, TimeUnit.MINUTES));
        String secondOut = Files.readString(secondLog);
        assertTrue(first.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, first.exitValue(), "the first load is not disturbed");
        if (second.exitValue() != 0) {
            assertEquals(1, secondOut.lines().count(), secondOut);
            assertTrue(secondOut.contains("in use by another process"), secondOut);
            assertEquals(expected, query(dir, store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }"));
        } else {
            System.out.println("the first load had finished before the second started; nothing to contend");
        }
    }

    private static String query(Path dir, Path store, String sparql) throws Exception {
        Path out = dir.resolve("query.out");
        List<String> cmd = new ArrayList<>(JarCommand.java());
        cmd.addAll(List.of("query", "--store", store.toString(), "--query", sparql, "-f", "csv"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertTrue(p.waitFor(2, TimeUnit.MINUTES));
        String text = Files.readString(out);
        assertEquals(0, p.exitValue(), "the store opens and answers after a kill: " + text);
        return text.strip();
    }

    private static void deleteRecursively(Path p) throws IOException {
        try (var walk = Files.walk(p)) {
            for (Path f : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
    }
}
