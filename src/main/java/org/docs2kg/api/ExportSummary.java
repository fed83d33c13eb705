package org.docs2kg.api;

/** Counts of one export, for the summary line and for benchmarks. */
public record ExportSummary(int guides, int pages, int topics, int statements, long triples, int warnings) {

    @Override
    public String toString() {
        return guides + " guide" + (guides == 1 ? "" : "s") + ", " + pages + " pages, " + topics + " security topics, "
                + statements + " statements, " + triples + " triples, " + warnings + " warning"
                + (warnings == 1 ? "" : "s");
    }
}
