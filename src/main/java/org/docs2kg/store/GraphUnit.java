package org.docs2kg.store;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

import java.util.List;

/**
 * What a load writes in one step: the triples of one named graph.
 *
 * @param graph   the graph name (docs2kg loads only into named graphs)
 * @param triples its content
 * @param replace whether the graph's previous content is dropped first
 * @param label   what the user knows this as (a guide id or a file name), for progress and errors
 */
public record GraphUnit(Node graph, List<Triple> triples, boolean replace, String label) {
}
