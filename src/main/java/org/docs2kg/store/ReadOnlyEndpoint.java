package org.docs2kg.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Query;
import org.apache.jena.tdb2.TDB2;
import org.docs2kg.diagnostics.Docs2KgException;

import java.time.Duration;

/**
 * A read-only SPARQL endpoint (Fuseki, embedded) over a TDB2 store: the union of all graphs as
 * the default graph, queries and Graph Store reads only (no Update, no Graph Store writes), no
 * federated SERVICE calls, a query timeout, a cap on results, and the loopback interface only
 * unless asked.
 */
public final class ReadOnlyEndpoint {
    public static final String DATASET = "/docs2kg";

    private ReadOnlyEndpoint() {
    }

    /**
     * Caps every query's solutions: a query without LIMIT, or with a larger one, gets
     * {@code LIMIT max}; smaller limits stay. (For CONSTRUCT and DESCRIBE the cap counts solutions.)
     */
    static final class LimitedQuery extends SPARQL_QueryDataset {
        private final long max;

        LimitedQuery(long max) {
            this.max = max;
        }

        @Override
        protected void validateQuery(HttpAction action, Query query) {
            super.validateQuery(action, query);
            if (!query.hasLimit() || query.getLimit() > max) {
                query.setLimit(max);
            }
        }
    }

    /** Starts the endpoint ({@code port} 0 picks a free one); stop it with {@link FusekiServer#stop()}. */
    public static FusekiServer start(TdbStore store, int port, boolean publicAccess, Duration queryTimeout) {
        return start(store, port, publicAccess, queryTimeout, DEFAULT_MAX_RESULTS, DEFAULT_MAX_REQUEST_BYTES);
    }

    /** The default cap on solutions per query. */
    public static final long DEFAULT_MAX_RESULTS = 100_000;

    /** The default cap on the size of one request (query string or body): 256 KiB of SPARQL. */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 256 * 1024;

    public static FusekiServer start(TdbStore store, int port, boolean publicAccess, Duration queryTimeout,
                                     long maxResults, long maxRequestBytes) {
        var dsg = store.datasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        try {
            return FusekiServer.create()
                    .registerOperation(Operation.Query, new LimitedQuery(maxResults))
                    .port(port)
                    .loopback(!publicAccess)
                    .add(DATASET, dsg, false)
                    .enablePing(true)
                    .addFilter("/*", new RequestSizeLimit(maxRequestBytes))
                    .build()
                    .start();
        } catch (RuntimeException e) {
            throw new Docs2KgException("cannot serve on port " + port + ": " + e.getMessage(), e);
        }
    }
}
