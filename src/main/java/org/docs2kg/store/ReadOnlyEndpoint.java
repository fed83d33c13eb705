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

        // A query nested too deeply overflows the stack in Jena's parser or engine; Fuseki would answer
        // "400 StackOverflowError" or an empty 500. Each stage that can recurse answers one clear 400.

        @Override
        protected void execute(String queryString, HttpAction action) {
            try {
                Query q = org.apache.jena.query.QueryFactory.create(queryString, org.apache.jena.query.Syntax.syntaxARQ);
                int depth = org.docs2kg.query.QueryDepth.of(q);
                if (depth > org.docs2kg.query.QueryDepth.MAX) {
                    throw new org.apache.jena.fuseki.servlets.ActionErrorException(400,
                            org.docs2kg.query.QueryDepth.message(depth), null);
                }
            } catch (StackOverflowError e) {
                throw tooDeep();
            } catch (org.apache.jena.query.QueryParseException e) {
                // a syntax error: Fuseki's own parse below reports it
            }
            super.execute(queryString, action);
        }

        @Override
        protected org.apache.jena.sparql.exec.QueryExec createQueryExec(HttpAction action, Query query,
                                                                       org.apache.jena.sparql.core.DatasetGraph dsg) {
            return guarded(() -> super.createQueryExec(action, query, dsg));
        }

        @Override
        protected org.apache.jena.sparql.exec.QueryExecResult executeQuery(HttpAction action,
                org.apache.jena.sparql.exec.QueryExec exec, Query query, String queryString) {
            return guarded(() -> super.executeQuery(action, exec, query, queryString));
        }

        @Override
        protected void sendResults(HttpAction action, org.apache.jena.sparql.exec.QueryExecResult result,
                                   org.apache.jena.sparql.core.Prologue prologue) {
            guarded(() -> {
                super.sendResults(action, result, prologue);
                return null;
            });
        }

        /** Runs one stage of a query, a stack overflow or running out of memory answered as one clear error. */
        private static <T> T guarded(java.util.function.Supplier<T> stage) {
            try {
                return stage.get();
            } catch (StackOverflowError e) {
                throw tooDeep();
            } catch (OutOfMemoryError e) {
                throw outOfMemory();
            }
        }

        /** Never "Java heap space" or array sizes in the body: what failed, and what to do. */
        private static RuntimeException outOfMemory() {
            return new org.apache.jena.fuseki.servlets.ActionErrorException(503,
                    "the endpoint ran out of memory for this query: ask for less (LIMIT, fewer variables), "
                    + "or serve with more memory (DOCS2KG_JAVA_OPTS=-Xmx...)", null);
        }

        private static RuntimeException tooDeep() {
            return new org.apache.jena.fuseki.servlets.ActionErrorException(400, org.docs2kg.query.QueryRunner.TOO_DEEP, null);
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

    /** Filters run in the order given, each passing the request on to the next. */
    static jakarta.servlet.Filter chain(jakarta.servlet.Filter... filters) {
        return new jakarta.servlet.Filter() {
            @Override
            public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                                 jakarta.servlet.FilterChain rest) throws java.io.IOException, jakarta.servlet.ServletException {
                step(0, request, response, rest);
            }

            private void step(int i, jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response,
                              jakarta.servlet.FilterChain rest) throws java.io.IOException, jakarta.servlet.ServletException {
                if (i == filters.length) {
                    rest.doFilter(request, response);
                } else {
                    filters[i].doFilter(request, response, (req, res) -> step(i + 1, req, res, rest));
                }
            }
        };
    }

    /** The default number of requests that run at once; more are refused with 503 and Retry-After. */
    public static final int DEFAULT_MAX_RUNNING = 16;

    public static FusekiServer start(TdbStore store, int port, boolean publicAccess, Duration queryTimeout,
                                     long maxResults, long maxRequestBytes) {
        return start(store, port, publicAccess, queryTimeout, maxResults, maxRequestBytes, DEFAULT_MAX_RUNNING);
    }

    public static FusekiServer start(TdbStore store, int port, boolean publicAccess, Duration queryTimeout,
                                     long maxResults, long maxRequestBytes, int maxRunning) {
        return start(store, port, publicAccess, queryTimeout, maxResults, maxRequestBytes, maxRunning,
                publicAccess ? null : java.util.Set.of());
    }

    /**
     * {@code allowedHosts}: the host names answered besides localhost, 127.0.0.1 and [::1]; null
     * answers any Host (for --public without --allow-host).
     */
    public static FusekiServer start(TdbStore store, int port, boolean publicAccess, Duration queryTimeout,
                                     long maxResults, long maxRequestBytes, int maxRunning,
                                     java.util.Set<String> allowedHosts) {
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
                    // One filter per path: Fuseki keeps only the last one added for a path spec.
                    .addFilter("/*", allowedHosts == null
                            ? chain(new RequestSizeLimit(maxRequestBytes), new GraphStoreReads(DATASET),
                                    new AdmissionControl(maxRunning))
                            : chain(new HostCheck(allowedHosts), new RequestSizeLimit(maxRequestBytes),
                                    new GraphStoreReads(DATASET), new AdmissionControl(maxRunning)))
                    .build()
                    .start();
        } catch (RuntimeException e) {
            throw new Docs2KgException("cannot serve on port " + port + ": " + e.getMessage(), e);
        }
    }
}
