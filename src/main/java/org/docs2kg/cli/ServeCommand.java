package org.docs2kg.cli;

import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ARQ;
import org.apache.jena.tdb2.TDB2;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.store.TdbStore;
import org.docs2kg.vocab.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code docs2kg serve}: a read-only SPARQL endpoint over a TDB2 store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serve a store as a read-only SPARQL endpoint (Fuseki, embedded) until interrupted. The "
                + "default graph is the union of all guides' graphs; each guide is also its own named graph.",
            "It listens on the loopback interface only unless --public is given; SPARQL Update, Graph Store "
                + "writes and federated SERVICE calls are refused."},
        footer = {"", "Examples:",
            "  docs2kg serve --store ./kg --port 3030",
            "  curl -s http://localhost:3030/docs2kg/sparql --data-urlencode 'query=SELECT * { ?s a <https://w3id.org/docs2kg/ontology#Guide> }'"})
public final class ServeCommand implements Callable<Integer> {
    static final String DATASET = "/docs2kg";

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

    @Override
    public Integer call() {
        Path dir = store == null ? TdbStore.defaultLocation() : store;
        TdbStore tdb = TdbStore.openExisting(dir, Iris.defaults());
        var dsg = tdb.datasetGraph();
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        dsg.getContext().set(ARQ.httpServiceAllowed, false);
        dsg.getContext().set(ARQ.queryTimeout, Long.toString(queryTimeoutSeconds * 1000));
        FusekiServer server;
        try {
            server = FusekiServer.create()
                    .port(port)
                    .loopback(!publicAccess)
                    .add(DATASET, dsg, false)
                    .enablePing(true)
                    .build();
            server.start();
        } catch (RuntimeException e) {
            tdb.close();
            throw new Docs2KgException("cannot serve on port " + port + ": " + e.getMessage(), e);
        }
        PrintWriter err = spec.commandLine().getErr();
        err.println("serving " + dir + " read-only at http://" + (publicAccess ? "0.0.0.0" : "localhost") + ":"
                + server.getHttpPort() + DATASET + "/sparql (Ctrl-C to stop)");
        err.flush();
        server.join();
        return ExitCodes.OK;
    }
}
