package org.docs2kg.cli;

import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.store.Credentials;
import org.docs2kg.store.RemoteStore;
import org.docs2kg.store.Store;
import org.docs2kg.store.TdbStore;
import org.docs2kg.vocab.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Where the store is: an embedded TDB2 directory or a remote SPARQL 1.1 endpoint (a mixin). */
public final class StoreOptions {
    /**
     * What picocli passes when --store comes alone. It holds a NUL, which no command-line argument
     * can (argv strings end at one), so "--store alone" and an explicit empty value stay apart.
     */
    private static final String ALONE = "\u0000default";

    @Option(names = "--store", paramLabel = "DIR", arity = "0..1", fallbackValue = ALONE,
            description = "Embedded TDB2 store directory. Alone (no DIR): $DOCS2KG_STORE, else ~/.docs2kg/store. "
                    + "An empty DIR (an unset variable in \"$STORE\") is an error, never the default.")
    void setStore(String dir) {
        if (dir.isBlank()) {
            throw new CommandLine.ParameterException(mixee.commandLine(), "Invalid value for --store: an empty "
                    + "directory name (write --store alone for the default store)");
        }
        store = dir.equals(ALONE) ? "" : dir;
    }

    String store;

    @Option(names = "--endpoint", paramLabel = "URL",
            description = "Remote SPARQL 1.1 query endpoint: for Fuseki the dataset URL (http://localhost:3030/ds) or its "
                    + "query URL (…/ds/sparql, what docs2kg serve prints); the Graph Store is the dataset URL.")
    void setEndpoint(String url) {
        endpoint = OptionRanges.httpUrl(mixee, "--endpoint", url);
    }

    String endpoint;

    @Option(names = "--graph-store", paramLabel = "URL",
            description = "Graph Store Protocol endpoint for loading (default: the --endpoint URL, as Fuseki serves both).")
    void setGraphStore(String url) {
        graphStore = OptionRanges.httpUrl(mixee, "--graph-store", url);
    }

    String graphStore;

    @Option(names = "--credentials", paramLabel = "FILE",
            description = "Properties file with user= and password= for the endpoint. Without it, "
                    + Credentials.USER_VARIABLE + " and " + Credentials.PASSWORD_VARIABLE + " are used when set.")
    Path credentials;

    private long timeoutSeconds;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec mixee;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "60",
            description = "Cancel a query running longer than this, on files, the embedded store or an endpoint; "
                    + "with an endpoint it bounds every request, the reading of its answer included (1 to 31622400, "
                    + "a year; default: ${DEFAULT-VALUE}).")
    void setTimeout(long seconds) {
        timeoutSeconds = OptionRanges.seconds(mixee, "--timeout", seconds, 1);
    }

    Duration timeout() {
        return Duration.ofSeconds(timeoutSeconds);
    }

    boolean isSet() {
        return store != null || endpoint != null;
    }

    /** A usage error unless exactly one source is named: {@code inputs}, or a store or endpoint. */
    void requireInputsOrStore(java.util.List<java.nio.file.Path> inputs, String inputsAre) {
        if (isSet() == !inputs.isEmpty()) {
            throw new CommandLine.ParameterException(mixee.commandLine(), inputs.isEmpty()
                    ? "Missing input: name the " + inputsAre + ", or --store/--endpoint"
                    : "Give either inputs or --store/--endpoint, not both");
        }
    }

    /**
     * What a view reads: a copy of the store's (or endpoint's) graphs when one is named, else the
     * inputs (exports parsed, guides exported on the fly).
     */
    org.apache.jena.query.Dataset readGraph(java.util.List<Path> inputs, org.docs2kg.api.ExportOptions options,
                                            org.docs2kg.diagnostics.Diagnostics diagnostics) {
        if (isSet()) {
            try (Store s = open(new org.docs2kg.vocab.Iris(options.baseIri()), true, System.getenv())) {
                return s.snapshotDataset();
            }
        }
        return org.docs2kg.api.GraphInputs.load(inputs, options, diagnostics);
    }

    /** The embedded store's folder, when the command uses one. */
    java.util.Optional<Path> storeDirectory() {
        if (store == null || endpoint != null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(store.isEmpty() ? TdbStore.defaultLocation() : Path.of(store));
    }

    /** The store the user named; {@code requireExisting} for reading a TDB2 store. */
    Store open(Iris iris, boolean requireExisting, Map<String, String> environment) {
        if (store != null && endpoint != null) {
            throw new Docs2KgException("give either --store or --endpoint, not both");
        }
        if (endpoint != null) {
            return new RemoteStore(endpoint, graphStore, Credentials.resolve(credentials, environment),
                    Duration.ofSeconds(timeoutSeconds), iris);
        }
        Path dir = store == null || store.isEmpty() ? TdbStore.defaultLocation() : Path.of(store);
        return requireExisting ? TdbStore.openExisting(dir, iris) : TdbStore.open(dir, iris);
    }
}
