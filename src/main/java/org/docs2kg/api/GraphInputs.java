package org.docs2kg.api;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.system.StreamRDFLib;
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
 * Markdown guides are exported on the fly (each guide into its own named graph).
 */
public final class GraphInputs {

    private GraphInputs() {
    }

    public static Dataset load(List<Path> inputs, ExportOptions options, Diagnostics diagnostics) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        List<Path> markdown = new ArrayList<>();
        for (Path input : inputs) {
            if (RdfFiles.langOf(input).isPresent()) {
                RdfFiles.parseInto(input, StreamRDFLib.dataset(dsg));
            } else {
                markdown.add(input);
            }
        }
        if (!markdown.isEmpty()) {
            Exporter exporter = new Exporter(options);
            var sources = new InputScanner(diagnostics).scan(markdown);
            var shared = exporter.forEachGuide(sources, diagnostics, (graph, triples) -> {
                var g = exporter.iris().guide(graph.guide().id());
                triples.forEach(t -> dsg.add(Quad.create(g, t)));
            });
            shared.triples().forEach(t -> dsg.add(Quad.create(Quad.defaultGraphIRI, t)));
        }
        return DatasetFactory.wrap(dsg);
    }
}
