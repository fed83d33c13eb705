package org.docs2kg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import java.time.Duration;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.query.ResultFormat;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A triple store docs2kg loads into and queries: the embedded TDB2 store, or a remote one
 * reached through the SPARQL 1.1 Graph Store Protocol and Query protocol. Every guide lives in
 * its own named graph; queries see the union of all graphs.
 */
public interface Store extends AutoCloseable {

    /**
     * Loads the inputs (Markdown guides or RDF files), replacing the named graph of every guide or
     * file loaded and nothing else. {@code progress} is told of each source (guide or file) as it
     * is written: its label and its number of triples.
     */
    LoadSummary load(List<Path> inputs, ExportOptions options, Diagnostics diagnostics, Progress progress);

    /** Told of each source as it is loaded. */
    @FunctionalInterface
    interface Progress {
        Progress NONE = (label, triples) -> { };

        void loaded(String label, long triples);
    }

    /**
     * Runs a read-only query over all graphs, or over one guide's graph (plus the vocabulary),
     * cancelled after {@code timeout}; returns 1 when the table format left rows out (see QueryRunner).
     */
    long query(Query query, Optional<String> guideId, ResultFormat format, OutputStream out, Duration timeout);

    /** A copy of all data (the union of the guides' graphs), for validation. */
    Graph snapshot();

    /**
     * The same copy as a dataset whose default graph it is, for the views that read through SPARQL
     * (report, diff): what {@link org.docs2kg.api.GraphInputs#load} gives for files and guides.
     */
    default org.apache.jena.query.Dataset snapshotDataset() {
        return org.apache.jena.query.DatasetFactory.wrap(org.apache.jena.sparql.core.DatasetGraphFactory.wrap(snapshot()));
    }

    /** How to name this store in messages (its directory or endpoint; never credentials). */
    String describe();

    @Override
    void close();
}
