package org.docs2kg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes blocks of triples so that the same input always gives the same bytes: every block is
 * sorted (subject, then rdf:type first, then predicate and object) before it is streamed out,
 * and nothing depends on hash order, time or blank-node labels (docs2kg mints no blank nodes).
 * For quad formats each block goes into the named graph it is given.
 */
public final class DeterministicWriter implements AutoCloseable {
    // A constant string, not RDF.type.asNode(): initialising Jena's vocabulary classes from a static
    // initializer, before Jena has initialised itself, runs into its class-initialisation cycle.
    private static final String RDF_TYPE = org.apache.jena.vocabulary.RDF.uri + "type";
    /**
     * The order of one subject's triples: rdf:type before other predicates, then predicate and
     * object; a node orders by kind (IRI, blank, literal), text, then a literal's datatype and
     * language (subjects order by the same node order). Written out rather than chained from
     * Comparator's lambdas: it runs about a million times per corpus export.
     */
    private static final Comparator<Triple> PREDICATE_OBJECT_ORDER = DeterministicWriter::comparePredicateObject;

    private final OutputFormat format;
    private final OutputStream out;
    private final StreamRDF stream;          // null for JSON-LD, which cannot stream
    private final Graph collected;           // JSON-LD only
    private long triples;
    private boolean closed;

    public DeterministicWriter(OutputStream out, OutputFormat format, PrefixMapping prefixes) {
        this.format = format;
        this.out = out;
        if (format.isStreaming()) {
            this.stream = StreamRDFWriter.getWriterStream(out, format.rdfFormat());
            this.collected = null;
            stream.start();
            for (Map.Entry<String, String> e : new java.util.TreeMap<>(prefixes.getNsPrefixMap()).entrySet()) {
                stream.prefix(e.getKey(), e.getValue());
            }
        } else {
            this.stream = null;
            this.collected = GraphFactory.createDefaultGraph();
            collected.getPrefixMapping().setNsPrefixes(prefixes);
        }
    }

    /** Writes one block; {@code graph} names its graph in quad formats (null for the default graph). */
    public void write(Node graph, List<Triple> block) {
        // The order is subject first: grouping by subject, then sorting the subjects and each
        // subject's handful of triples, compares long IRIs far less often than one sort of all.
        Map<Node, List<Triple>> bySubject = new HashMap<>();
        for (Triple t : block) {
            bySubject.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t);
        }
        List<Node> subjects = new ArrayList<>(bySubject.keySet());
        subjects.sort(DeterministicWriter::compareNodes);
        for (Node subject : subjects) {
            List<Triple> sorted = bySubject.get(subject);
            sorted.sort(PREDICATE_OBJECT_ORDER);
            Triple previous = null;
            for (Triple t : sorted) {
                if (t.equals(previous)) {
                    continue; // the same fact stated twice in one block is written once
                }
                previous = t;
                triples++;
                if (stream == null) {
                    collected.add(t);
                } else if (format.isQuads()) {
                    stream.quad(Quad.create(graph == null ? Quad.defaultGraphIRI : graph, t));
                } else {
                    stream.triple(t);
                }
            }
        }
    }

    public long triplesWritten() {
        return triples;
    }

    /**
     * Ends the output (JSON-LD is written here, in one piece). Does not close the stream. Only the
     * first call writes: callers end the output explicitly and again through try-with-resources.
     */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (stream != null) {
            stream.finish();
        } else {
            RDFDataMgr.write(out, collected, format.rdfFormat());
        }
    }

    private static int comparePredicateObject(Triple a, Triple b) {
        int c;
        boolean aType = isType(a.getPredicate());
        if (aType != isType(b.getPredicate())) {
            return aType ? -1 : 1;
        }
        c = compareNodes(a.getPredicate(), b.getPredicate());
        return c != 0 ? c : compareNodes(a.getObject(), b.getObject());
    }

    private static boolean isType(Node predicate) {
        return predicate.isURI() && predicate.getURI().equals(RDF_TYPE);
    }

    private static int compareNodes(Node x, Node y) {
        if (x == y) {
            return 0;
        }
        int c = Integer.compare(kind(x), kind(y));
        if (c == 0) {
            c = lexical(x).compareTo(lexical(y));
        }
        if (c == 0 && x.isLiteral()) {
            c = (x.getLiteralDatatypeURI() + "@" + x.getLiteralLanguage())
                    .compareTo(y.getLiteralDatatypeURI() + "@" + y.getLiteralLanguage());
        }
        return c;
    }

    private static int kind(Node n) {
        return n.isURI() ? 0 : n.isBlank() ? 1 : 2;
    }

    private static String lexical(Node n) {
        if (n.isURI()) {
            return n.getURI();
        }
        if (n.isBlank()) {
            return n.getBlankNodeLabel();
        }
        return n.getLiteralLexicalForm();
    }
}
