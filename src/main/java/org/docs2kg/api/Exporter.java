package org.docs2kg.api;

import org.apache.jena.graph.Triple;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.extract.Extractor;
import org.docs2kg.extract.SecurityChapterFinder;
import org.docs2kg.io.AtomicFile;
import org.docs2kg.model.Extraction;
import org.docs2kg.model.Guide;
import org.docs2kg.rdf.DeterministicWriter;
import org.docs2kg.rdf.GuideTriples;
import org.docs2kg.rdf.SharedEntities;
import org.docs2kg.source.GuideReader;
import org.docs2kg.source.GuideSource;
import org.docs2kg.source.InputScanner;
import org.docs2kg.vocab.Iris;
import org.docs2kg.vocab.Namespaces;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The export pipeline as a library call: find guides → read and parse → extract → write RDF.
 * One guide is held in memory at a time; each is written as soon as it is done, in guide-id
 * order, and the resources shared between guides are written last.
 */
public final class Exporter {
    private final ExportOptions options;
    private final Iris iris;
    private final Extractor extractor;

    public Exporter(ExportOptions options) {
        this.options = options;
        this.iris = new Iris(options.baseIri());
        this.extractor = new Extractor(options.parallel());
    }

    /** A guide as the pipeline sees it: parsed, extracted and turned into triples. */
    public record GuideGraph(Guide guide, Extraction extraction, List<Triple> triples) {
    }

    /** Writes the export of {@code inputs} to {@code out} (which is flushed, not closed). */
    public ExportSummary export(List<Path> inputs, OutputStream out, Diagnostics diagnostics) {
        return write(new InputScanner(diagnostics).scan(inputs), out, diagnostics);
    }

    private ExportSummary write(List<GuideSource> sources, OutputStream out, Diagnostics diagnostics) {
        try (DeterministicWriter writer = new DeterministicWriter(out, options.format(), Namespaces.standard())) {
            int[] counts = new int[4];
            BiConsumer<GuideGraph, List<Triple>> write = (graph, triples) -> {
                writer.write(iris.guide(graph.guide().id()), triples);
                counts[0]++;
                counts[1] += graph.guide().pages().size();
                counts[2] += graph.extraction().topics().size();
                counts[3] += graph.extraction().statements().size();
            };
            // Quad formats give each guide's graph the services and programs it refers to, as a
            // store holds it, so that loading the export and loading the guides give the same store.
            SharedEntities shared = options.format().isQuads() ? forEachSelfContainedGuide(sources, diagnostics, write)
                    : forEachGuide(sources, diagnostics, write);
            writer.write(null, shared.triples());
            writer.close();
            flush(out);
            if (options.strict() && diagnostics.count() > 0) {
                throw new Docs2KgException(diagnostics.count() + " warning" + (diagnostics.count() == 1 ? "" : "s")
                        + " and --strict: export failed");
            }
            return new ExportSummary(counts[0], counts[1], counts[2], counts[3], writer.triplesWritten(),
                    diagnostics.count());
        }
    }

    /**
     * Like {@link #export(List, OutputStream, Diagnostics)} into a file, replaced atomically: on any
     * failure (including warnings under strict) the previous file stays as it was.
     */
    public ExportSummary export(List<Path> inputs, Path output, Diagnostics diagnostics) {
        // Scan first, so that a missing input fails before any temporary file exists.
        List<GuideSource> sources = new InputScanner(diagnostics).scan(inputs);
        for (Path stale : AtomicFile.staleTemporaries(output)) {
            diagnostics.warn(stale.toString(), 0, "temporary file left by an interrupted earlier run (never read; "
                    + "safe to delete)");
        }
        return AtomicFile.write(output, out -> write(sources, out, diagnostics));
    }

    /**
     * Runs the pipeline guide by guide, handing each guide's triples to {@code sink}; returns the
     * shared resources, which the caller writes once at the end.
     */
    public SharedEntities forEachGuide(List<GuideSource> sources, Diagnostics diagnostics,
                                       BiConsumer<GuideGraph, List<Triple>> sink) {
        SharedEntities shared = new SharedEntities(iris);
        run(sources, diagnostics, () -> shared, (graph, own) -> sink.accept(graph, graph.triples()));
        return shared;
    }

    /**
     * Runs the pipeline guide by guide for a store: each guide's triples come with the services
     * and programs that guide refers to, so that its named graph stands on its own and can be
     * replaced without touching any other guide's graph. Returns all guides' entities merged.
     */
    public SharedEntities forEachSelfContainedGuide(List<GuideSource> sources, Diagnostics diagnostics,
                                                    BiConsumer<GuideGraph, List<Triple>> sink) {
        SharedEntities all = new SharedEntities(iris);
        run(sources, diagnostics, () -> new SharedEntities(iris), (graph, own) -> {
            List<Triple> triples = new java.util.ArrayList<>(graph.triples());
            triples.addAll(own.entityTriples());
            all.absorb(own);
            sink.accept(graph, triples);
        });
        return all;
    }

    /**
     * read → extract → triples, one guide at a time; {@code shared} gives each guide its entity
     * registry. In parallel mode the next guide is made on a worker thread while {@code sink} takes
     * the current one (the writer's sorting and serialising is one thread's work, and would
     * otherwise leave the other cores idle): at most two guides are held at once, and the sink still
     * sees them in order, so the output is the same.
     */
    private void run(List<GuideSource> sources, Diagnostics diagnostics, Supplier<SharedEntities> shared,
                     BiConsumer<GuideGraph, SharedEntities> sink) {
        GuideReader reader = new GuideReader(diagnostics, options.parallel(), SecurityChapterFinder::chapterFiles);
        GuideTriples guideTriples = new GuideTriples(iris);
        Function<GuideSource, Made> make = source -> {
            Guide guide = reader.read(source);
            Extraction extraction = extractor.extract(guide);
            SharedEntities entities = shared.get();
            return new Made(new GuideGraph(guide, extraction, guideTriples.of(guide, extraction, entities)), entities);
        };
        if (!options.parallel() || sources.size() < 2) {
            for (GuideSource source : sources) {
                Made made = make.apply(source);
                sink.accept(made.graph(), made.entities());
            }
            return;
        }
        ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
            Thread t = new Thread(runnable, "docs2kg-guide-maker");
            t.setDaemon(true); // never keeps the JVM alive after a failure of the sink
            return t;
        });
        try {
            Future<Made> next = worker.submit(() -> make.apply(sources.get(0)));
            for (int i = 0; i < sources.size(); i++) {
                Made made = await(next);
                if (i + 1 < sources.size()) {
                    GuideSource following = sources.get(i + 1);
                    next = worker.submit(() -> make.apply(following));
                }
                sink.accept(made.graph(), made.entities());
            }
        } finally {
            worker.shutdownNow(); // a failed sink stops the guide being made: nothing of it is written
        }
    }

    /** A guide made by {@link #run}, with the entity registry its triples were minted into. */
    private record Made(GuideGraph graph, SharedEntities entities) {
    }

    /** The worker's result, or its failure rethrown as it was (an error stays an error, for Main's one line). */
    private static Made await(Future<Made> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Docs2KgException("interrupted");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    public Iris iris() {
        return iris;
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
