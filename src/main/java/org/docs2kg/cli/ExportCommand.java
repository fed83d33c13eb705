package org.docs2kg.cli;

import org.docs2kg.api.ExportOptions;
import org.docs2kg.api.ExportSummary;
import org.docs2kg.api.Exporter;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.rdf.OutputFormat;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code docs2kg export}: Markdown guides in, RDF out. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export guides as RDF: services, guides, pages and sections, the security chapter's topics "
                + "and responsibility statements with their source lines.",
            "",
            "An input is a guide folder (index.md + pages), a folder of guides (found by their index.md), "
                + "or single Markdown files of any extension. The same input always gives the same bytes."},
        footer = {"", "Examples:",
            "  docs2kg export examples/guides -o example.ttl",
            "  docs2kg export ../shared/corpus --format trig -o corpus.trig"})
public final class ExportCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CommonOptions common;

    @Parameters(arity = "1..*", paramLabel = "<input>", description = "Guide folders, folders of guides, or Markdown files.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write to FILE (replaced atomically: never half-written; through a symbolic link, the "
                    + "file it points to; a device or FIFO is written in place). '-' or none: stdout. "
                    + "An input file is never overwritten.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", completionCandidates = CompletionValues.ExportFormats.class,
            description = "turtle, ntriples, trig, nquads, jsonld or rdfxml (default: what the --output file's "
                    + "extension says — .ttl, .nt, .trig, .nq, .jsonld, .rdf — else turtle). "
                    + "trig and nquads put each guide into a named graph.")
    String format;

    @CommandLine.Mixin
    BaseIriOption baseIri;

    @Option(names = "--sequential", description = "Parse pages on one thread (the output is the same).")
    boolean sequential;

    @Option(names = "--strict", description = "Treat warnings as failure: exit 1 and write no output file.")
    boolean strict;

    @Override
    public Integer call() {
        OutputFiles.refuseFormatAsFile(spec, output, "--format");
        OutputFormat f = format != null ? OutputFormat.byName(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Unknown format '" + format + "' (turtle, ntriples, trig, nquads, jsonld, rdfxml)"))
                : output == null || OutputFiles.isStdout(output) || output.getFileName() == null ? OutputFormat.TURTLE
                : OutputFormat.byFileName(output.getFileName().toString()).orElse(OutputFormat.TURTLE);
        ExportOptions options = ExportOptions.defaults().withFormat(f).withBaseIri(baseIri.iris(spec).base())
                .withParallel(!sequential).withStrict(strict);
        OutputFiles.refuseInput(spec, "--output", output, inputs);
        Diagnostics diagnostics = Outputs.diagnostics(spec, common);
        Exporter exporter = new Exporter(options);
        ExportSummary summary;
        if (output != null && !OutputFiles.isStdout(output)) {
            summary = exporter.export(inputs, output, diagnostics);
        } else {
            OutputStream out = Outputs.stdout(spec);
            summary = exporter.export(inputs, out, diagnostics);
            Outputs.finish(spec, out);
        }
        if (!common.quiet) {
            spec.commandLine().getErr().println("exported " + summary
                    + (output == null || OutputFiles.isStdout(output) ? "" : " to " + output));
        }
        return ExitCodes.OK;
    }
}
