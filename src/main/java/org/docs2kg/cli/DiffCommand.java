package org.docs2kg.cli;

import org.apache.jena.query.Dataset;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.api.GraphInputs;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.diff.Change;
import org.docs2kg.diff.DiffWriter;
import org.docs2kg.diff.Differ;
import org.docs2kg.diff.Version;
import org.docs2kg.store.TdbStore;
import org.docs2kg.vocab.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code docs2kg diff OLD NEW}: what changed between two versions of the documentation. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show what changed between two versions of the documentation, guide by guide (guides are "
                + "matched by id): pages added and removed, security topics added, removed and reclassified, "
                + "statements added, removed and reworded.",
            "OLD and NEW are each an export (.ttl, .trig, …), a store folder (made by docs2kg load), or guides "
                + "(exported on the fly). A statement is reworded when its page, party and modality stay and its "
                + "template is the same or its words overlap by half or more."},
        footer = {"", "Exit codes: 0 done; 1 the work failed, 2 bad usage. With --exit-code or --quiet, as diff(1) "
                + "and git diff: 0 no differences, 1 differences, 2 trouble (bad usage or failed work).", "",
            "Examples:",
            "  docs2kg diff ../shared/history/older ../shared/history/newer",
            "  docs2kg diff old.ttl ./kg --format turtle -o changes.ttl",
            "  docs2kg diff -q last-week.ttl guides/; echo $?   # 0 same, 1 changed, 2 trouble"})
public final class DiffCommand implements Callable<Integer>, ExitCodes.OnFailure {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors and more detail.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "As git diff --quiet: print nothing but errors (no changes, "
            + "no summary); implies --exit-code.")
    boolean quiet;

    @Option(names = "--all-pages", description = "List every page added or removed outside the security chapters "
            + "too (default: one other-pages line per guide).")
    boolean allPages;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older version: an export, a store folder, or guides.")
    Path older;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer version: an export, a store folder, or guides.")
    Path newer;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "table",
            completionCandidates = CompletionValues.DiffFormats.class,
            description = "table, csv, json, or turtle (an RDF change set that loads next to the guides' graphs; "
                    + "default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced atomically; '-' or none: stdout). An input is never overwritten.")
    Path output;

    @Option(names = "--exit-code", description = "Exit 1 when there are differences, 0 when there are none and 2 on "
            + "trouble, like diff(1) and git diff --exit-code.")
    boolean exitCode;

    @CommandLine.Mixin
    InputSyntaxOption inputSyntax;

    @CommandLine.Mixin
    BaseIriOption baseIri;

    @Override
    public Integer call() {
        DiffWriter.Format f = DiffWriter.Format.byName(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Unknown format '" + format + "' (table, csv, json, turtle)"));
        OutputFiles.refuseFormatAsFile(spec, output, "--format");
        OutputFiles.refuseInput(spec, "--output", output, List.of(older, newer));
        Iris iris = baseIri.iris(spec);
        CommonOptions common = new CommonOptions();
        common.quiet = quiet;
        common.verbose = verbose;
        Diagnostics diagnostics = Outputs.diagnostics(spec, common);
        ExportOptions options = inputSyntax.readOptions(spec, iris, List.of(older, newer));
        Version before = Version.read(older.toString(), open(older, options, diagnostics));
        Version after = Version.read(newer.toString(), open(newer, options, diagnostics));
        List<Change> changes = Differ.compare(before, after, allPages);
        if (!quiet) {
            Outputs.write(spec, output, out -> {
                DiffWriter.write(changes, before, after, f, iris, out);
                return null;
            });
            spec.commandLine().getErr().println(changes.size() + " change" + (changes.size() == 1 ? "" : "s") + " in "
                    + changes.stream().map(Change::guide).distinct().count() + " guide(s)");
        }
        return (exitCode || quiet) && !changes.isEmpty() ? ExitCodes.DIFFERENT : ExitCodes.OK;
    }

    /** With --exit-code or --quiet, trouble is 2, as in diff(1): 1 there means "different". */
    @Override
    public int failureCode() {
        return exitCode || quiet ? ExitCodes.TROUBLE : ExitCodes.FAILED;
    }

    /** A side as a dataset to query: a store's contents, or files and guides read like `query` reads them. */
    private static Dataset open(Path side, ExportOptions options, Diagnostics diagnostics) {
        if (Files.isDirectory(side) && TdbStore.isStore(side)) {
            try (TdbStore store = TdbStore.openExisting(side, new Iris(options.baseIri()))) {
                return store.snapshotDataset();
            }
        }
        return GraphInputs.load(List.of(side), options, diagnostics);
    }
}
