package org.docs2kg.store;

/** What a load did. */
public record LoadSummary(int graphs, long triples, long millis) {
    @Override
    public String toString() {
        return graphs + " graph" + (graphs == 1 ? "" : "s") + ", " + triples + " triples in " + millis + " ms";
    }
}
