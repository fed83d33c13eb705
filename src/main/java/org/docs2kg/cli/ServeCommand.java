package org.docs2kg.cli;

import org.apache.jena.fuseki.main.FusekiServer;
import org.docs2kg.store.ReadOnlyEndpoint;
import org.docs2kg.store.TdbStore;
import org.docs2kg.vocab.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** {@code docs2kg serve}: a read-only SPARQL endpoint over a TDB2 store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store as a read-only SPARQL endpoint (Fuseki, embedded) until interrupted. The "
                + "default graph is the union of all guides' graphs; each guide is also its own named graph.",
            "It listens on the loopback interface only unless --public is given; SPARQL Update, Graph Store "
                + "writes and federated SERVICE calls are refused; queries are limited in time and in results; "
                + "Graph Store reads are answered for one graph (?graph=IRI) only, never for the whole dataset, "
                + "which no limit would bound; only requests to localhost, 127.0.0.1 or [::1] are answered "
                + "(421 for another Host: DNS rebinding) unless --allow-host or --public says otherwise."},
        footer = {"", "Examples:",
            "  docs2kg serve --store ./kg --port 3030",
            "  curl -s http://localhost:3030/docs2kg/sparql --data-urlencode 'query=SELECT * { ?s a <https://w3id.org/docs2kg/ontology#Guide> }'"})
public final class ServeCommand implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CommonOptions common;

    @Option(names = "--store", paramLabel = "DIR",
            description = "The TDB2 store (default: $DOCS2KG_STORE, else ~/.docs2kg/store).")
    Path store;

    private int port;
    private long queryTimeoutSeconds;
    private long maxResults;
    private long maxRequestBytes;

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030",
            description = "Port, 1 to 65535 (default: ${DEFAULT-VALUE}).")
    void setPort(int value) {
        port = OptionRanges.between(spec, "--port", value, 1, 65535);
    }

    @Option(names = "--public", description = "Listen on all network interfaces, not only localhost.")
    boolean publicAccess;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Abort queries running longer than this, 1 to 31622400 (a year; default: ${DEFAULT-VALUE}).")
    void setQueryTimeout(long seconds) {
        queryTimeoutSeconds = OptionRanges.seconds(spec, "--query-timeout", seconds, 1);
    }

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "100000",
            description = "Return at most N solutions per query, 1 or more (default: ${DEFAULT-VALUE}).")
    void setMaxResults(long value) {
        maxResults = OptionRanges.atLeast(spec, "--max-results", value, 1);
    }

    @Option(names = "--max-request-size", paramLabel = "BYTES", defaultValue = "262144",
            description = "Refuse (413) a request whose query string or body is larger than this, so one request "
                    + "cannot pin a core while a huge query is parsed; 1024 or more (default: ${DEFAULT-VALUE}).")
    void setMaxRequestSize(long bytes) {
        maxRequestBytes = OptionRanges.atLeast(spec, "--max-request-size", bytes, 1024);
    }

    private int maxRunning;

    @Option(names = "--max-running", paramLabel = "N", defaultValue = "" + ReadOnlyEndpoint.DEFAULT_MAX_RUNNING,
            description = "Run at most N requests at once; the next is answered 503 with Retry-After at once, never "
                    + "a dropped connection; 1 to 1000 (default: ${DEFAULT-VALUE}).")
    void setMaxRunning(int value) {
        maxRunning = OptionRanges.between(spec, "--max-running", value, 1, 1000);
    }

    @Option(names = "--allow-host", paramLabel = "NAME",
            description = "Also answer requests whose Host header is NAME (repeatable). Without it only localhost, "
                    + "127.0.0.1 and [::1] are answered (421 for any other name: DNS rebinding), and with --public any name.")
    java.util.List<String> allowHosts = new java.util.ArrayList<>();

    @Override
    public Integer call() {
        Path dir = store == null ? TdbStore.defaultLocation() : store;
        for (String h : allowHosts) {
            if (!h.matches("[A-Za-z0-9.-]+|\\[[0-9A-Fa-f:.]+]")) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--allow-host: '" + h
                        + "' is not a host name (no port, no scheme)");
            }
        }
        java.util.Set<String> hosts = publicAccess && allowHosts.isEmpty() ? null : java.util.Set.copyOf(allowHosts);
        FusekiServer server = ReadOnlyEndpoint.start(TdbStore.openExisting(dir, Iris.defaults()), port, publicAccess,
                Duration.ofSeconds(queryTimeoutSeconds), maxResults, maxRequestBytes, maxRunning, hosts);
        PrintWriter err = spec.commandLine().getErr();
        err.println("serving " + dir + " read-only at http://" + (publicAccess ? "0.0.0.0" : "localhost") + ":"
                + server.getHttpPort() + ReadOnlyEndpoint.DATASET + "/sparql (Ctrl-C to stop)");
        err.flush();
        server.join();
        return ExitCodes.OK;
    }
}
