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
                + "writes and federated SERVICE calls are refused; queries are limited in time and in results."},
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

    @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--public", description = "Listen on all network interfaces, not only localhost.")
    boolean publicAccess;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "30",
            description = "Abort queries running longer than this (default: ${DEFAULT-VALUE}).")
    long queryTimeoutSeconds;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "100000",
            description = "Return at most N solutions per query (default: ${DEFAULT-VALUE}).")
    long maxResults;

    @Override
    public Integer call() {
        Path dir = store == null ? TdbStore.defaultLocation() : store;
        FusekiServer server = ReadOnlyEndpoint.start(TdbStore.openExisting(dir, Iris.defaults()), port, publicAccess,
                Duration.ofSeconds(queryTimeoutSeconds), maxResults);
        PrintWriter err = spec.commandLine().getErr();
        err.println("serving " + dir + " read-only at http://" + (publicAccess ? "0.0.0.0" : "localhost") + ":"
                + server.getHttpPort() + ReadOnlyEndpoint.DATASET + "/sparql (Ctrl-C to stop)");
        err.flush();
        server.join();
        return ExitCodes.OK;
    }
}
