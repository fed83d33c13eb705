package org.docs2kg.cli;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The one-off initialisations of a run, started on a daemon thread while the command line is
 * parsed: Jena's own and, when an argument names a folder (guides are folders), what reading guides
 * needs: the ontology's shared entities and the sentence models. Each would otherwise run in turn on the command's thread while
 * the second core waits (a corpus export: about 0.3 s of its start, docs/performance.md). Nothing
 * here changes a result: the command asks for each of them as before and waits for what is not
 * ready yet.
 */
final class Warmup {
    /**
     * Below this much heap a class initialiser that ran out of memory here would surface in the
     * command as a {@code NoClassDefFoundError}, where the one-line out-of-memory message needs the
     * error itself: small heaps start the way they always did.
     */
    private static final long MIN_HEAP = 128L << 20;

    private Warmup() {
    }

    static void start(String[] args) {
        if (Runtime.getRuntime().maxMemory() < MIN_HEAP || Runtime.getRuntime().availableProcessors() < 2) {
            return;
        }
        boolean guides = namesAFolder(args);
        Thread thread = new Thread(() -> {
            try {
                org.apache.jena.sys.JenaSystem.init();
                if (guides) {
                    org.docs2kg.rdf.SharedEntities.taxonomy();
                    org.docs2kg.analysis.SentenceAnalyzer.readModels();
                }
            } catch (RuntimeException | Error e) {
                // the command meets the same failure where it needs the thing, and reports it there
            }
        }, "docs2kg-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    static boolean namesAFolder(String[] args) {
        for (String arg : args) {
            try {
                if (!arg.startsWith("-") && Files.isDirectory(Path.of(arg))) {
                    return true;
                }
            } catch (InvalidPathException e) {
                // not a path at all
            }
        }
        return false;
    }
}
