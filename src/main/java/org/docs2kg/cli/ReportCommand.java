package org.docs2kg.cli;

import org.apache.jena.query.Dataset;
import org.docs2kg.report.ReportBuilder;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code docs2kg report}: the responsibility report, one self-contained HTML page. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write the responsibility report: one HTML page that needs nothing else (no network when "
                + "viewed): a matrix of guides by security concept with AWS-side and customer-side statement "
                + "counts, and per guide its chapter as a tree of topics with their statements (specific ones "
                + "first, boilerplate folded away), each linked to its file and line; a filter by service, party, "
                + "modality and text.",
            "The graph is read through SPARQL, so the input can be exports, guides (exported on the fly), the "
                + "embedded store or a SPARQL endpoint."},
        footer = {"", "Examples:",
            "  docs2kg report ../shared/corpus -o report.html",
            "  docs2kg report --store ./kg -o report.html --title 'Our AWS services'"})
public final class ReportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CommonOptions common;

    @Parameters(arity = "0..*", paramLabel = "<input>", description = "Exports or guides (none with --store/--endpoint).")
    List<Path> inputs = List.of();

    @CommandLine.Mixin
    StoreOptions storeOptions;

    @CommandLine.Mixin
    InputSyntaxOption inputSyntax;

    @CommandLine.Mixin
    BaseIriOption baseIri;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the page to FILE (replaced atomically; '-' or none: stdout). An input is never overwritten.")
    Path output;

    @Option(names = "--title", paramLabel = "TEXT", defaultValue = "Security responsibilities",
            description = "The page's title (default: ${DEFAULT-VALUE}).")
    String title;

    @Override
    public Integer call() {
        storeOptions.requireInputsOrStore(inputs, "exports or guides to report on");
        OutputFiles.refuseFormatAsFile(spec, output, null);
        OutputFiles.refuseInputOrStore(spec, "--output", output, inputs, storeOptions);
        Dataset data = storeOptions.readGraph(inputs, inputSyntax.readOptions(spec, baseIri.iris(spec), inputs),
                Outputs.diagnostics(spec, common));
        byte[] html = ReportBuilder.build(data, title).getBytes(StandardCharsets.UTF_8);
        Outputs.write(spec, output, out -> {
            out.write(html);
            return null;
        });
        if (!common.quiet && output != null && !OutputFiles.isStdout(output)) {
            spec.commandLine().getErr().printf("wrote %s (%,d bytes)%n", output, html.length);
        }
        return ExitCodes.OK;
    }
}
