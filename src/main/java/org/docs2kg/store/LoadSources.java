package org.docs2kg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.vocab.DK;
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
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.system.StreamRDF;

/**
 * Streams load inputs into a {@link LoadTarget}, graph by graph: each Markdown guide becomes its
 * own named graph (the guide's IRI), the vocabulary its own graph; an RDF file's triples go into
 * the graph named after the file, a quad file's named graphs stay as they are (its default graph:
 * see {@link #rdfFile}). Everything lands in named graphs, so a store's union default graph shows all of it.
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
            if (RdfFiles.langOf(input, options.stdinSyntax()).isEmpty()) {
                markdown.add(input);
            }
        }
        // Scan first, so that a missing input fails before anything is written.
        List<GuideSource> sources = markdown.isEmpty() ? List.of() : new InputScanner(diagnostics).scan(markdown);
        for (Path input : inputs) {
            if (RdfFiles.langOf(input, options.stdinSyntax()).isPresent()) {
                rdfFile(input, options.stdinSyntax(), exporter, started, target);
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

    /**
     * An RDF file, streamed. Triples of a plain-triples file go into the graph named after the
     * file. For a quad file (TriG, N-Quads), named graphs stay as they are; its default graph is
     * read last: vocabulary triples go to the vocabulary graph, triples about a subject one of its
     * named graphs already describes are a summary of those graphs (a docs2kg export's merged
     * services) and are skipped, and the rest goes to the file's graph. So loading an export and
     * loading its guides give the same store.
     */
    private static void rdfFile(Path file, org.apache.jena.riot.Lang stdinSyntax, Exporter exporter, Set<Node> started,
                                LoadTarget target) {
        Node fileGraph = exporter.iris().fileGraph(file);
        boolean quads = RdfFiles.langOf(file, stdinSyntax).map(RDFLanguages::isQuads).orElse(false);
        Set<Node> namedSubjects = new HashSet<>();
        List<Triple> defaultGraph = new ArrayList<>();
        long[] count = new long[1];
        // A named graph that is a guide's, or the vocabulary's, replaces what the store holds under
        // that name: only a file that really holds that guide (or the vocabulary) may. Checked at the
        // end of the file, before it is finished, so that a refused file changes nothing (the
        // embedded store's transaction is aborted; a remote store has not been sent anything yet).
        Node vocabularyGraph = exporter.iris().vocabularyGraph();
        java.util.Map<Node, long[]> guideGraphs = new java.util.LinkedHashMap<>();
        Set<Node> describedGuides = new HashSet<>();
        Set<Triple> vocabularyGiven = new HashSet<>();
        long[] vocabularyOther = new long[1];
        StreamRDF sink = new StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                if (quads) {
                    defaultGraph.add(t);
                } else {
                    add(fileGraph, t, started, target, count);
                }
            }

            @Override
            public void quad(Quad q) {
                if (q.isDefaultGraph()) {
                    triple(q.asTriple());
                } else if (q.getGraph().isBlank()) {
                    // A blank graph label is new on every parse: the store would never converge.
                    add(fileGraph, q.asTriple(), started, target, count);
                } else {
                    Node g = q.getGraph();
                    if (g.equals(vocabularyGraph)) {
                        if (VOCABULARY.contains(q.asTriple())) {
                            vocabularyGiven.add(q.asTriple());
                        } else {
                            vocabularyOther[0]++;
                        }
                    } else if (exporter.iris().isGuide(g)) {
                        guideGraphs.computeIfAbsent(g, k -> new long[1])[0]++;
                        if (q.getSubject().equals(g) && q.getPredicate().equals(RDF_TYPE) && q.getObject().equals(DK.Guide)) {
                            describedGuides.add(g);
                        }
                    }
                    namedSubjects.add(q.getSubject());
                    add(g, q.asTriple(), started, target, count);
                }
            }
        };
        RdfFiles.parseInto(file, stdinSyntax, sink);
        for (java.util.Map.Entry<Node, long[]> g : guideGraphs.entrySet()) {
            if (!describedGuides.contains(g.getKey())) {
                throw new Docs2KgException(file + ": its graph <" + g.getKey().getURI() + "> would replace that guide's "
                        + "graph with " + g.getValue()[0] + " triple" + (g.getValue()[0] == 1 ? "" : "s")
                        + " but not the guide itself (no <" + g.getKey().getURI() + "> a dk:Guide): refused, nothing loaded");
            }
        }
        if (vocabularyOther[0] > 0 || !vocabularyGiven.isEmpty() && vocabularyGiven.size() != VOCABULARY.size()) {
            throw new Docs2KgException(file + ": its graph <" + vocabularyGraph.getURI() + "> is not docs2kg's vocabulary ("
                    + (vocabularyGiven.size() + vocabularyOther[0]) + " triples, " + vocabularyOther[0] + " not the vocabulary's, "
                    + (VOCABULARY.size() - vocabularyGiven.size()) + " of its " + VOCABULARY.size()
                    + " missing): refused, nothing loaded");
        }
        Set<Triple> vocabulary = VOCABULARY;
        for (Triple t : defaultGraph) {
            if (vocabulary.contains(t)) {
                add(exporter.iris().vocabularyGraph(), t, started, target, count);
            } else if (!namedSubjects.contains(t.getSubject())) {
                add(fileGraph, t, started, target, count);
            }
        }
        target.finishSource(file.getFileName().toString(), count[0]);
    }

    private static final Set<Triple> VOCABULARY = Set.copyOf(SharedEntities.vocabularyTriples());
    private static final Node RDF_TYPE = org.apache.jena.vocabulary.RDF.type.asNode();

    private static void add(Node g, Triple t, Set<Node> started, LoadTarget target, long[] count) {
        if (started.add(g)) {
            target.startGraph(g);
        }
        target.triple(g, t);
        count[0]++;
    }
}
