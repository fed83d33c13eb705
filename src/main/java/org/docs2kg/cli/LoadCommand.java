package org.docs2kg.cli;

import org.docs2kg.api.ExportOptions;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.store.LoadSummary;
import org.docs2kg.store.Store;
import org.docs2kg.vocab.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code docs2kg load}: guides or RDF files into a store, one named graph per guide. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load guides (exported on the fly) or RDF files into a triple store. Each guide goes into "
                + "its own named graph, so reloading a guide replaces exactly its graph; loading twice gives the "
                + "same store. A Turtle/N-Triples file goes into a graph named after the file; TriG/N-Quads keep "
                + "their graphs.",
            "",
            "Default: the embedded TDB2 store ($DOCS2KG_STORE, else ~/.docs2kg/store), loaded in one transaction "
                + "(a failed load leaves it as it was). --endpoint loads into any SPARQL 1.1 store through the "
                + "Graph Store Protocol (one PUT per graph)."},
        footer = {"", "Examples:",
            "  docs2kg load ../shared/corpus --store ./kg",
            "  DOCS2KG_USER=admin DOCS2KG_PASSWORD=… docs2kg load corpus.trig --endpoint http://localhost:3030/ds"})
public final class LoadCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CommonOptions common;

    @CommandLine.Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "<input>", description = "Guide folders, Markdown files, or RDF files.")
    List<Path> inputs;

    @CommandLine.Mixin
    InputSyntaxOption inputSyntax;

    @CommandLine.Mixin
    BaseIriOption baseIri;

    @Override
    public Integer call() {
        Iris iris = baseIri.iris(spec);
        ExportOptions options = inputSyntax.readOptions(spec, iris, inputs);
        Diagnostics diagnostics = Outputs.diagnostics(spec, common);
        PrintWriter err = spec.commandLine().getErr();
        // A load that fails into a store it would have made leaves nothing behind, not an empty store.
        java.util.Optional<java.nio.file.Path> dir = storeOptions.storeDirectory();
        boolean folderExisted = dir.map(java.nio.file.Files::exists).orElse(true);
        boolean storeExisted = dir.map(org.docs2kg.store.TdbStore::isStore).orElse(true);
        LoadSummary summary;
        String where;
        try {
            try (Store store = storeOptions.open(iris, false, System.getenv())) {
                summary = store.load(inputs, options, diagnostics, progress(err, common.quiet));
                where = store.describe();
            }
        } catch (org.docs2kg.diagnostics.Docs2KgException e) {
            if (storeExisted) {
                throw e;
            }
            org.docs2kg.store.TdbStore.discardNew(dir.orElseThrow(), folderExisted);
            throw new org.docs2kg.diagnostics.Docs2KgException(e.getMessage().replace(" (store " + dir.get()
                    + " left unchanged)", "") + " (nothing loaded; no store made at " + dir.get() + ")", e);
        }
        if (!common.quiet) {
            if (System.console() != null) {
                err.println(); // end the progress line
            }
            err.println("loaded " + summary + " into " + where);
        }
        return ExitCodes.OK;
    }

    /** Sources, triples and triples per second on stderr, only when stderr is a terminal. */
    private static Store.Progress progress(PrintWriter err, boolean quiet) {
        if (quiet || System.console() == null) {
            return Store.Progress.NONE;
        }
        long start = System.nanoTime();
        long[] totals = new long[2];
        return (label, triples) -> {
            totals[0]++;
            totals[1] += triples;
            double seconds = Math.max(1e-3, (System.nanoTime() - start) / 1e9);
            err.printf("\r%d loaded, %d triples, %.0f triples/s  %-40.40s", totals[0], totals[1], totals[1] / seconds,
                    label);
            err.flush();
        };
    }
}
