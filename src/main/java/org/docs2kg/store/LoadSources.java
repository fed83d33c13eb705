package org.docs2kg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.api.Exporter;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.query.RdfFiles;
import org.docs2kg.rdf.SharedEntities;
import org.docs2kg.source.GuideSource;
import org.docs2kg.source.InputScanner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Streams load inputs into a {@link LoadTarget}, graph by graph: each Markdown guide becomes its
 * own named graph (the guide's IRI), the vocabulary its own graph; an RDF file's triples (or a
 * TriG file's default graph) go into the graph named after the file, its named graphs stay as
 * they are. Everything lands in named graphs, so a store's union default graph shows all of it.
 * A graph that several inputs of one load contribute to is replaced once, then added to.
 */
public final class LoadSources {

    private LoadSources() {
    }

    public static void load(List<Path> inputs, ExportOptions options, Diagnostics diagnostics, LoadTarget target) {
        Exporter exporter = new Exporter(options);
        Set<Node> started = new HashSet<>();
        List<Path> markdown = new ArrayList<>();
        for (Path input : inputs) {
            if (RdfFiles.langOf(input).isEmpty()) {
                markdown.add(input);
            }
        }
        // Scan first, so that a missing input fails before anything is written.
        List<GuideSource> sources = markdown.isEmpty() ? List.of() : new InputScanner(diagnostics).scan(markdown);
        for (Path input : inputs) {
            if (RdfFiles.langOf(input).isPresent()) {
                rdfFile(input, exporter, started, target);
            }
        }
        exporter.forEachSelfContainedGuide(sources, diagnostics, (graph, triples) ->
                send(exporter.iris().guide(graph.guide().id()), triples, graph.guide().id(), started, target));
        if (!sources.isEmpty()) {
            send(exporter.iris().vocabularyGraph(), SharedEntities.vocabularyTriples(), "vocabulary", started, target);
        }
    }

    private static void send(Node graph, List<Triple> triples, String label, Set<Node> started, LoadTarget target) {
        if (started.add(graph)) {
            target.startGraph(graph);
        }
        triples.forEach(t -> target.triple(graph, t));
        target.finishSource(label, triples.size());
    }

    private static void rdfFile(Path file, Exporter exporter, Set<Node> started, LoadTarget target) {
        Node fileGraph = exporter.iris().fileGraph(file.getFileName().toString());
        long[] count = new long[1];
        RdfFiles.parseInto(file, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                add(fileGraph, t);
            }

            @Override
            public void quad(Quad q) {
                add(q.isDefaultGraph() ? fileGraph : q.getGraph(), q.asTriple());
            }

            private void add(Node g, Triple t) {
                if (started.add(g)) {
                    target.startGraph(g);
                }
                target.triple(g, t);
                count[0]++;
            }
        });
        target.finishSource(file.getFileName().toString(), count[0]);
    }
}
