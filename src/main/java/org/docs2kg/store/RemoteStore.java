package org.docs2kg.store;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTPBuilder;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.query.QueryRunner;
import org.docs2kg.query.ResultFormat;
import org.docs2kg.vocab.Iris;

import java.io.OutputStream;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Any SPARQL 1.1 store (Fuseki, GraphDB, Virtuoso, Oxigraph …): graphs are written with the
 * Graph Store Protocol (one PUT per named graph, which replaces it), queries go to the query
 * endpoint with every named graph as a default-graph-uri, so they see the union. The protocol
 * has no transaction across graphs: a failed load may have replaced some graphs already (each
 * graph itself is replaced whole or not at all).
 */
public final class RemoteStore implements Store {
    private final String queryEndpoint;
    private final String graphStore;
    private final Optional<Credentials> credentials;
    private final Duration timeout;
    private final Iris iris;
    private final HttpClient http;

    public RemoteStore(String queryEndpoint, String graphStore, Optional<Credentials> credentials, Duration timeout,
                       Iris iris) {
        this.queryEndpoint = queryEndpoint;
        this.graphStore = graphStore == null ? datasetOf(queryEndpoint) : graphStore;
        this.credentials = credentials;
        this.timeout = timeout;
        this.iris = iris;
        // Redirects are not followed: the JDK client would send the Authorization header (and the
        // whole graph) to wherever a 3xx points, another host included.
        this.http = HttpClient.newBuilder().connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /**
     * The dataset URL of a query endpoint URL: Fuseki (and `docs2kg serve`, which prints it)
     * names the query service {@code …/ds/sparql} or {@code …/ds/query}; the Graph Store Protocol
     * is served at {@code …/ds}. Either URL may be given as --endpoint.
     */
    static String datasetOf(String endpoint) {
        int query = endpoint.indexOf('?');
        String path = query < 0 ? endpoint : endpoint.substring(0, query);
        for (String service : new String[] {"/sparql", "/query"}) {
            if (path.endsWith(service) && path.length() > service.length()) {
                return path.substring(0, path.length() - service.length()) + (query < 0 ? "" : endpoint.substring(query));
            }
        }
        return endpoint;
    }

    /**
     * Runs one remote request, answer read to its end, within {@code limit}: the HTTP client bounds
     * the connection only, so a server that never answers, or trickles its answer, would hold the
     * command forever. Past the limit the request's thread is interrupted (the JDK client then
     * cancels the exchange) and the command fails with "did not answer within N s".
     */
    private <T> T bounded(Duration limit, String where, String doing, java.util.concurrent.Callable<T> request) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(request);
        Thread worker = new Thread(task, "docs2kg-remote");
        worker.setDaemon(true); // never keeps the JVM alive after the command has given up on it
        worker.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            task.cancel(true);
            throw new Docs2KgException(where + " did not answer within " + limit.toSeconds() + " s (while " + doing + ")");
        } catch (InterruptedException e) {
            task.cancel(true);
            Thread.currentThread().interrupt();
            throw new Docs2KgException(where + ": interrupted (while " + doing + ")");
        } catch (java.util.concurrent.ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new Docs2KgException(where + " failed: " + cause + " (while " + doing + ")", cause);
        }
    }

    @Override
    public LoadSummary load(List<Path> inputs, ExportOptions options, Diagnostics diagnostics, Progress progress) {
        long start = System.nanoTime();
        long[] counts = new long[2];
        // The protocol sends whole graphs: buffer each source's graphs, PUT them when it is done
        // (which replaces them), and POST later parts of a graph another input of this load began.
        Map<Node, Graph> pending = new LinkedHashMap<>();
        Set<Node> sent = new HashSet<>();
        LoadSources.load(inputs, options, diagnostics, new LoadTarget() {
            @Override
            public void startGraph(Node graph) {
                counts[0]++;
            }

            @Override
            public void triple(Node graph, org.apache.jena.graph.Triple t) {
                pending.computeIfAbsent(graph, g -> GraphMemFactory.createDefaultGraph()).add(t);
            }

            @Override
            public void finishSource(String label, long triples) {
                for (Map.Entry<Node, Graph> e : pending.entrySet()) {
                    counts[1] += e.getValue().size(); // a graph holds a triple once, as the store will
                    GSP gsp = auth(GSP.service(graphStore).httpClient(http)).graphName(e.getKey());
                    boolean first = sent.add(e.getKey());
                    Graph graph = e.getValue();
                    bounded(timeout, "graph store " + graphStore, "loading " + label, () -> {
                        try {
                            if (first) {
                                gsp.PUT(graph);
                            } else {
                                gsp.POST(graph);
                            }
                        } catch (RuntimeException ex) {
                            throw failure("graph store " + graphStore, "loading " + label, ex);
                        }
                        return null;
                    });
                }
                pending.clear();
                progress.loaded(label, triples);
            }
        });
        return new LoadSummary((int) counts[0], counts[1], (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public long query(Query query, Optional<String> guideId, ResultFormat format, OutputStream out, Duration queryTimeout) {
        QueryRunner.requireReadOnly(query);
        // An endpoint whose default graph is the union of its graphs (docs2kg serve, Fuseki with
        // unionDefaultGraph) is sent the query alone: listing thousands of graphs in the request
        // made it hundreds of KB (503, 413, 414). Graphs are listed only for --graph, or for an
        // endpoint whose default graph does not show the guides.
        List<String> graphs = guideId.isPresent()
                ? List.of(iris.guide(guideId.get()).getURI(), iris.vocabularyGraph().getURI())
                : unionDefaultGraph() ? List.of() : graphNames();
        QueryExecutionHTTPBuilder b = auth(QueryExecutionHTTP.service(queryEndpoint).httpClient(http)).query(query);
        if (!query.hasDatasetDescription() && !graphs.isEmpty()) {
            // The union of the graphs as the default graph, and each graph by its name too, so that
            // GRAPH ?g { … } finds what it finds on the embedded store.
            graphs.forEach(b::addDefaultGraphURI);
            graphs.forEach(b::addNamedGraphURI);
        }
        b.timeout(queryTimeout.toMillis(), TimeUnit.MILLISECONDS);
        return bounded(queryTimeout, "query endpoint " + queryEndpoint, "querying", () -> {
            try (QueryExecution qe = b.build()) {
                return QueryRunner.print(query, qe, format, out);
            } catch (Docs2KgException e) {
                throw e.getCause() instanceof RuntimeException re && isHttp(re)
                        ? failure("query endpoint " + queryEndpoint, "querying", re) : e;
            } catch (RuntimeException e) {
                throw failure("query endpoint " + queryEndpoint, "querying", e);
            }
        });
    }

    private Boolean unionDefault; // asked once per store

    /** Whether the endpoint's default graph shows the guides (its union default graph). */
    private boolean unionDefaultGraph() {
        if (unionDefault == null) {
            unionDefault = bounded(timeout, "query endpoint " + queryEndpoint, "asking for its default graph", () -> {
                try (QueryExecution qe = auth(QueryExecutionHTTP.service(queryEndpoint).httpClient(http))
                        .query("ASK { ?g a <" + org.docs2kg.vocab.DK.Guide.getURI() + "> }")
                        .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                    return qe.execAsk();
                } catch (RuntimeException e) {
                    throw failure("query endpoint " + queryEndpoint, "asking for its default graph", e);
                }
            });
        }
        return unionDefault;
    }

    /** Every named graph of the store. */
    private List<String> graphNames() {
        return bounded(timeout, "query endpoint " + queryEndpoint, "listing graphs", () -> {
            List<String> names = new ArrayList<>();
            try (QueryExecution qe = auth(QueryExecutionHTTP.service(queryEndpoint).httpClient(http))
                    .query("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }")
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                qe.execSelect().forEachRemaining(row -> names.add(row.getResource("g").getURI()));
            } catch (RuntimeException e) {
                throw failure("query endpoint " + queryEndpoint, "listing graphs", e);
            }
            return names;
        });
    }

    /** Graphs read at once by {@link #snapshot}: a store of thousands of guides is read in seconds, not minutes. */
    static final int PARALLEL_READS = 8;
    /** How often a read is asked again when the endpoint answers 503 (busy). */
    static final int BUSY_RETRIES = 4;

    @Override
    public Graph snapshot() {
        Graph copy = GraphMemFactory.createDefaultGraph();
        List<String> names = graphNames();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(PARALLEL_READS, names.size())), r -> {
                    Thread t = new Thread(r, "docs2kg-read");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<Graph>> reads = new ArrayList<>();
            for (String g : names) {
                reads.add(pool.submit(() -> bounded(timeout, "graph store " + graphStore, "reading " + g, () -> {
                    for (int attempt = 1; ; attempt++) {
                        try {
                            return auth(GSP.service(graphStore).httpClient(http)).graphName(g).GET();
                        } catch (HttpException e) {
                            // A busy endpoint (docs2kg serve beyond --max-running) says 503: wait and ask again.
                            if (e.getStatusCode() != 503 || attempt == BUSY_RETRIES) {
                                throw failure("graph store " + graphStore, "reading " + g, e);
                            }
                            Thread.sleep(1000L * attempt);
                        } catch (RuntimeException e) {
                            throw failure("graph store " + graphStore, "reading " + g, e);
                        }
                    }
                })));
            }
            for (java.util.concurrent.Future<Graph> read : reads) { // in the order of the names: the same copy every time
                read.get().find().forEachRemaining(copy::add);
            }
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new Docs2KgException("graph store " + graphStore + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Docs2KgException("graph store " + graphStore + ": interrupted while reading");
        } finally {
            pool.shutdownNow();
        }
        return copy;
    }

    private <X extends org.apache.jena.sparql.exec.http.StoreProtocol<X>> X auth(X request) {
        return credentials.map(c -> request.httpHeader("Authorization", c.basicAuthorization())).orElse(request);
    }

    private QueryExecutionHTTPBuilder auth(QueryExecutionHTTPBuilder request) {
        return credentials.map(c -> request.httpHeader("Authorization", c.basicAuthorization())).orElse(request);
    }

    private static boolean isHttp(RuntimeException e) {
        return e instanceof HttpException || e instanceof QueryExceptionHTTP;
    }

    /** One clear line naming the endpoint and what went wrong; never the credentials. */
    private Docs2KgException failure(String where, String doing, RuntimeException e) {
        int status = e instanceof HttpException he ? he.getStatusCode()
                : e instanceof QueryExceptionHTTP qe ? qe.getStatusCode() : -1;
        String reason;
        if (status == 401 || status == 403) {
            reason = "refused (" + status + "): " + (credentials.isPresent() ? "user " + credentials.get().user()
                    + " is not allowed" : "credentials needed: set " + Credentials.USER_VARIABLE + " and "
                    + Credentials.PASSWORD_VARIABLE + ", or --credentials FILE");
        } else if (status >= 300 && status < 400) {
            reason = "answered " + status + ", a redirect: not followed (the data and credentials would go "
                    + "wherever it points); give the URL it redirects to";
        } else if (status > 0) {
            reason = "answered " + status + (e.getMessage() == null ? "" : ": " + QueryRunner.firstLine(e.getMessage()));
        } else if (hasCause(e, ConnectException.class)) {
            reason = "is not reachable (connection refused: is the server running?)";
        } else if (hasCause(e, HttpTimeoutException.class)) {
            reason = "did not answer within " + timeout.toSeconds() + " s";
        } else {
            reason = "failed: " + QueryRunner.firstLine(String.valueOf(e.getMessage()));
        }
        return new Docs2KgException(where + " " + reason + " (while " + doing + ")", e);
    }

    private static boolean hasCause(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String describe() {
        return queryEndpoint;
    }

    @Override
    public void close() {
        // HttpClient needs no closing on Java 17.
    }
}
