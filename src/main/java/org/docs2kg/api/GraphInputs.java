package org.docs2kg.api;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.query.RdfFiles;
import org.docs2kg.source.InputScanner;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what a user names on the command line into a dataset: RDF files are parsed as they are,
 * Markdown guides are exported on the fly (each guide into its own named graph). The default
 * graph holds the union of everything, so queries see all graphs as one and GRAPH still works.
 */
public final class GraphInputs {

    private GraphInputs() {
    }

    public static Dataset load(List<Path> inputs, ExportOptions options, Diagnostics diagnostics) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        // One write transaction for the whole load: outside one, every add is a transaction of its
        // own, which made loading the corpus cost as much as exporting it.
        dsg.executeWrite(() -> fill(dsg, inputs, options, diagnostics));
        return DatasetFactory.wrap(dsg);
    }

    private static void fill(DatasetGraph dsg, List<Path> inputs, ExportOptions options, Diagnostics diagnostics) {
        List<Path> markdown = new ArrayList<>();
        for (Path input : inputs) {
            if (RdfFiles.langOf(input, options.stdinSyntax()).isPresent()) {
                RdfFiles.parseInto(input, options.stdinSyntax(), RdfFiles.unionSink(dsg));
            } else {
                markdown.add(input);
            }
        }
        if (!markdown.isEmpty()) {
            Exporter exporter = new Exporter(options);
            var sources = new InputScanner(diagnostics).scan(markdown);
            var shared = exporter.forEachGuide(sources, diagnostics, (graph, triples) -> {
                var g = exporter.iris().guide(graph.guide().id());
                triples.forEach(t -> {
                    dsg.add(Quad.create(g, t));
                    dsg.getDefaultGraph().add(t);
                });
            });
            shared.triples().forEach(t -> dsg.getDefaultGraph().add(t));
        }
    }
}
