package org.docs2kg.docs;

import org.docs2kg.support.JarCommand;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The docs are executable truth: every ```sh block of README.md and docs/*.md runs, in order, in a
 * scratch copy of the project layout beside ../shared, and must exit 0; every ```console block
 * ("$ command" lines, each followed by its output) runs and must print exactly what the docs show.
 * A block preceded by an HTML comment {@code <!-- docs-test: … -->} is treated as it says:
 * "not run (reason)", "background until URL answers" (a server the next blocks talk to), or
 * "with a writable Fuseki at URL" (the test provides one).
 */
class DocsIT {
    private static final List<String> DOCS = List.of("README.md", "docs/queries.md", "docs/load-and-query.md",
            "docs/report.md", "docs/oscal.md", "docs/templates.md", "docs/diff.md", "docs/model.md", "docs/extraction.md", "docs/architecture.md", "docs/reliability.md", "docs/performance.md");
    private static final Pattern FENCE = Pattern.compile("^```(\\w*)\\s*$");
    private static final Pattern DIRECTIVE = Pattern.compile("^<!-- docs-test: (.*) -->$");
    private static final Pattern URL = Pattern.compile("(http://localhost:(\\d+)(/\\S*)?)");

    record Block(String file, int line, String lang, String text, String directive) {
        String where() {
            return file + ":" + line;
        }
    }

    static List<Block> blocks(Path project, String doc) throws IOException {
        List<String> lines = Files.readAllLines(project.resolve(doc), StandardCharsets.UTF_8);
        List<Block> blocks = new ArrayList<>();
        String directive = "";
        for (int i = 0; i < lines.size(); i++) {
            Matcher d = DIRECTIVE.matcher(lines.get(i).strip());
            if (d.matches()) {
                directive = d.group(1);
                continue;
            }
            Matcher f = FENCE.matcher(lines.get(i));
            if (f.matches() && !f.group(1).isEmpty()) {
                int start = i + 1;
                StringBuilder text = new StringBuilder();
                for (i = start; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    text.append(lines.get(i)).append('\n');
                }
                blocks.add(new Block(doc, start, f.group(1), text.toString(), directive));
                directive = "";
            } else if (!lines.get(i).isBlank()) {
                directive = ""; // a directive belongs to the block right below it
            }
        }
        return blocks;
    }

    @Test
    void everyShownCommandRunsAsShown(@TempDir Path tmp) throws Exception {
        Path shared = TestData.shared("corpus").getParent(); // skips the test where ../shared is absent
        Path project = Path.of("").toAbsolutePath();
        Path jar = Path.of(System.getProperty("docs2kg.jar", "target/docs2kg.jar")).toAbsolutePath();
        Path work = Files.createDirectories(tmp.resolve("project"));
        Files.createSymbolicLink(tmp.resolve("shared"), shared.toRealPath());
        for (String name : List.of("target", "examples", "ontology", "bench", "docs2kg")) {
            Files.createSymbolicLink(work.resolve(name), project.resolve(name));
        }
        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path command = bin.resolve("docs2kg");
        Files.writeString(command, "#!/bin/sh\nexec " + JarCommand.shell() + " \"$@\"\n");
        assertTrue(command.toFile().setExecutable(true));
        // The ./docs2kg launcher gets the test JVM options too (speed only, as JarCommand's processes do).
        Map<String, String> env = Map.of("PATH", bin + ":" + System.getenv("PATH"),
                "HOME", Files.createDirectories(tmp.resolve("home")).toString(),
                "DOCS2KG_JAVA_OPTS", System.getProperty("docs2kg.childJvmOptions", "").strip());

        List<String> ran = new ArrayList<>();
        List<String> notRun = new ArrayList<>();
        List<Process> background = new ArrayList<>();
        try {
            for (String doc : DOCS) {
                for (Block b : blocks(project, doc)) {
                    if (!b.lang().equals("sh") && !b.lang().equals("console")) {
                        continue;
                    }
                    long started = System.nanoTime();
                    if (b.directive().startsWith("not run")) {
                        notRun.add(b.where() + " " + b.directive());
                    } else if (b.directive().startsWith("background")) {
                        background.add(startInBackground(b, work, env, tmp));
                        ran.add(b.where() + " (in the background)");
                    } else if (b.directive().startsWith("with a writable Fuseki")) {
                        Matcher m = URL.matcher(b.directive());
                        assertTrue(m.find(), b.where() + ": directive names no URL");
                        FusekiServer fuseki = FusekiServer.create().port(freePort(b, Integer.parseInt(m.group(2))))
                                .add(m.group(3), DatasetGraphFactory.createTxnMem(), true).build().start();
                        try {
                            runShell(b, work, env, tmp);
                        } finally {
                            fuseki.stop();
                        }
                        ran.add(b.where() + " (with a writable Fuseki)");
                    } else if (b.lang().equals("console")) {
                        runConsole(b, work, env, tmp);
                        ran.add(b.where());
                    } else {
                        runShell(b, work, env, tmp);
                        ran.add(b.where());
                    }
                    System.out.printf("docs block %s: %.1f s%n", b.where(), (System.nanoTime() - started) / 1e9);
                }
            }
        } finally {
            for (Process p : background) {
                p.descendants().forEach(ProcessHandle::destroy);
                p.destroy();
                p.waitFor(30, TimeUnit.SECONDS);
            }
        }
        System.out.println("docs blocks run: " + ran);
        System.out.println("docs blocks not run: " + notRun);
        assertTrue(ran.size() >= 7, "the docs show commands: " + ran);
    }

    private static int freePort(Block b, int port) {
        try (ServerSocket s = new ServerSocket(port)) {
            return s.getLocalPort();
        } catch (IOException e) {
            fail(b.where() + ": port " + port + " is taken on this machine, so the documented command cannot run");
            return -1;
        }
    }

    private static ProcessBuilder bash(String script, Path work, Map<String, String> env, Path log) {
        ProcessBuilder pb = new ProcessBuilder("bash", "-euo", "pipefail", "-c", script).directory(work.toFile())
                .redirectError(log.toFile());
        pb.environment().putAll(env);
        return pb;
    }

    private static void runShell(Block b, Path work, Map<String, String> env, Path tmp) throws Exception {
        Path log = tmp.resolve("stderr.log");
        Process p = bash(b.text(), work, env, log).redirectOutput(tmp.resolve("stdout.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), b.where() + " finished");
        assertEquals(0, p.exitValue(), b.where() + " exit code; stderr:\n" + Files.readString(log));
    }

    private static Process startInBackground(Block b, Path work, Map<String, String> env, Path tmp) throws Exception {
        Matcher m = URL.matcher(b.directive());
        assertTrue(m.find(), b.where() + ": directive names no URL to wait for");
        freePort(b, Integer.parseInt(m.group(2)));
        Path log = tmp.resolve("background.log");
        Process p = bash(b.text(), work, env, log).redirectOutput(log.toFile()).start();
        HttpClient http = HttpClient.newHttpClient();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            assertTrue(p.isAlive(), b.where() + " stopped: " + Files.readString(log));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(m.group(1))).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return p;
                }
            } catch (IOException notYet) {
                // the server is still starting
            }
            Thread.sleep(200);
        }
        fail(b.where() + ": " + m.group(1) + " did not answer within 60 s");
        return p;
    }

    /** "$ command" lines, each followed by the output the docs claim: run and compare. */
    private static void runConsole(Block b, Path work, Map<String, String> env, Path tmp) throws Exception {
        List<String> lines = b.text().lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).startsWith("$ ")) {
                continue;
            }
            String command = lines.get(i).substring(2);
            List<String> expected = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("$ "); j++) {
                expected.add(lines.get(j).stripTrailing());
            }
            while (!expected.isEmpty() && expected.get(expected.size() - 1).isEmpty()) {
                expected.remove(expected.size() - 1);
            }
            Path log = tmp.resolve("stderr.log");
            Process p = bash(command, work, env, log).redirectOutput(ProcessBuilder.Redirect.PIPE).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(5, TimeUnit.MINUTES));
            assertEquals(0, p.exitValue(), b.where() + " `" + command + "`: " + Files.readString(log));
            List<String> actual = out.replace("\r", "").lines().map(String::stripTrailing).toList();
            assertEquals(expected, actual, b.where() + " `" + command + "` prints what the docs show");
        }
    }
}
