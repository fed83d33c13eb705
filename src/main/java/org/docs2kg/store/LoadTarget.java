package org.docs2kg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * Where a load writes, as a stream: {@link LoadSources} announces each named graph before its
 * first triple (the target drops the graph's previous content then), hands on the triples, and
 * says when a source (a guide, a file) is done. Triples are never all held in memory at once.
 */
public interface LoadTarget {

    /** Graph {@code graph} is about to receive its first triple of this load: replace it. */
    void startGraph(Node graph);

    void triple(Node graph, Triple triple);

    /** Everything from one source ({@code label}: a guide id or a file name) has been handed on. */
    void finishSource(String label, long triples);
}
