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
import org.docs2kg.source.InputScanner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Turns load inputs into graph units: each Markdown guide becomes its own named graph (the
 * guide's IRI); an RDF triples file becomes the graph named after its file; a quads file keeps
 * its graphs. The vocabulary always goes into its own graph.
 */
public final class LoadSources {

    private LoadSources() {
    }

    /** Parses everything first for RDF inputs, guide by guide for Markdown, handing each unit on. */
    public static void units(List<Path> inputs, ExportOptions options, Diagnostics diagnostics,
                             Consumer<GraphUnit> sink) {
        Exporter exporter = new Exporter(options);
        List<Path> markdown = new ArrayList<>();
        for (Path input : inputs) {
            if (RdfFiles.langOf(input).isEmpty()) {
                markdown.add(input);
            }
        }
        var sources = markdown.isEmpty() ? List.<org.docs2kg.source.GuideSource>of()
                : new InputScanner(diagnostics).scan(markdown);
        for (Path input : inputs) {
            if (RdfFiles.langOf(input).isPresent()) {
                rdfFile(input, exporter, sink);
            }
        }
        exporter.forEachSelfContainedGuide(sources, diagnostics, (graph, triples) ->
                sink.accept(new GraphUnit(exporter.iris().guide(graph.guide().id()), triples, true, graph.guide().id())));
        if (!sources.isEmpty()) {
            sink.accept(new GraphUnit(exporter.iris().vocabularyGraph(), SharedEntities.vocabularyTriples(), true,
                    "vocabulary"));
        }
    }

    private static void rdfFile(Path file, Exporter exporter, Consumer<GraphUnit> sink) {
        // Everything goes into named graphs, so the store's union default graph shows all of it:
        // a file's triples (or a TriG file's default graph) into the graph named after the file.
        Map<Node, List<Triple>> graphs = new LinkedHashMap<>();
        Node fileGraph = exporter.iris().fileGraph(file.getFileName().toString());
        RdfFiles.parseInto(file, new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                graphs.computeIfAbsent(fileGraph, g -> new ArrayList<>()).add(t);
            }

            @Override
            public void quad(Quad q) {
                Node g = q.isDefaultGraph() ? fileGraph : q.getGraph();
                graphs.computeIfAbsent(g, x -> new ArrayList<>()).add(q.asTriple());
            }
        });
        graphs.forEach((g, triples) -> sink.accept(new GraphUnit(g, triples, true, file.getFileName().toString())));
    }
}
