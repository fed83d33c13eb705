package org.docs2kg.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads the sentence models on a daemon thread while the command line is parsed and Jena starts,
 * when an argument names a folder of guides (only reading guides needs the models):
 * otherwise the first chapter sentence waits for them while the second core idles. Nothing here
 * changes a result: the analyser asks for the models as before and waits for what is not read yet.
 *
 * <p>Only the models, which touch no class the command's threads initialise meanwhile (they wait on
 * the models' monitor before they create a tagger). Not Jena: its initialisation racing Jena's own
 * classes on another thread deadlocks (apache/jena#2787; seen here as a hung export), so the
 * command's thread keeps initialising Jena first, as before.
 */
final class Warmup {
    /**
     * With less heap than this the models are read where the first sentence needs them, as before:
     * an out-of-memory error then reaches the command, which reports it in one line.
     */
    private static final long MIN_HEAP = 128L << 20;

    private Warmup() {
    }

    static void start(String[] args) {
        if (Runtime.getRuntime().maxMemory() < MIN_HEAP || Runtime.getRuntime().availableProcessors() < 2
                || !namesAFolder(args)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                org.docs2kg.analysis.SentenceAnalyzer.readModels();
            } catch (RuntimeException | Error e) {
                // the analyser meets the same failure where it needs the models, and reports it there
            }
        }, "docs2kg-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Whether some argument names a folder of guides: one with Markdown files, or with a guide (a
     * folder with {@code index.md}) in it. A store's folder has neither, and a server on a store
     * would keep models it never uses.
     */
    static boolean namesAFolder(String[] args) {
        for (String arg : args) {
            try {
                if (!arg.startsWith("-") && holdsGuides(Path.of(arg))) {
                    return true;
                }
            } catch (InvalidPathException e) {
                // not a path at all
            }
        }
        return false;
    }

    private static boolean holdsGuides(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (java.util.stream.Stream<Path> entries = Files.list(dir)) {
            return entries.limit(10_000).anyMatch(p -> p.getFileName().toString().endsWith(".md")
                    || Files.isRegularFile(p.resolve("index.md")));
        } catch (java.io.IOException | java.io.UncheckedIOException | SecurityException e) {
            return false; // the command reports what it cannot read
        }
    }
}
