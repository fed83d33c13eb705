package org.docs2kg.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.tdb2.TDB2;
import org.docs2kg.diagnostics.Docs2KgException;

import java.time.Duration;

/**
 * A read-only SPARQL endpoint (Fuseki, embedded) over a TDB2 store: the union of all graphs as
 * the default graph, queries and Graph Store reads only (no Update, no Graph Store writes), no
 * federated SERVICE calls, a query timeout, and the loopback interface only unless asked.
 */
public final class ReadOnlyEndpoint {
    public static final String DATASET = "/docs2kg";

    private ReadOnlyEndpoint() {
    }

    /** Starts the endpoint ({@code port} 0 picks a free one); stop it with {@link FusekiServer#stop()}. */
    public static FusekiServer start(TdbStore store, int port, boolean publicAccess, Duration queryTimeout) {
        var dsg = store.datasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeout.toMillis()));
        try {
            return FusekiServer.create()
                    .port(port)
                    .loopback(!publicAccess)
                    .add(DATASET, dsg, false)
                    .enablePing(true)
                    .build()
                    .start();
        } catch (RuntimeException e) {
            throw new Docs2KgException("cannot serve on port " + port + ": " + e.getMessage(), e);
        }
    }
}
