package org.docs2kg.cli;

import org.apache.jena.query.Dataset;
import org.docs2kg.oscal.ComponentDefinition;
import org.docs2kg.oscal.OscalFormat;
import org.docs2kg.oscal.OscalWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code docs2kg oscal}: the customer responsibility matrix as an OSCAL component definition. */
@Command(name = "oscal", mixinStandardHelpOptions = true,
        description = {"Write an OSCAL 1.1.2 component definition (JSON or YAML) for GRC tools: one component of "
                + "type 'service' per guide, and under it, for the NIST SP 800-53 Rev. 5 catalog, one implemented "
                + "requirement per control its statements touch through their security measures. The control's "
                + "statement (sc-28_smt) lists every docs2kg statement about it with its party, modality and a link "
                + "to its file and line; 'provider' (AWS) and 'customer' are its responsible roles as the sides "
                + "require, modalities and measures its props (docs/oscal.md).",
            "The graph is read through SPARQL, so the input can be exports, guides (exported on the fly), the "
                + "embedded store or a SPARQL endpoint; the same graph gives the same bytes (every uuid is "
                + "name-based on an IRI; 'version' is a digest of the content; 'last-modified' comes from "
                + "--last-modified, else SOURCE_DATE_EPOCH, else the Unix epoch)."},
        footer = {"", "Examples:",
            "  docs2kg oscal ../shared/corpus -o aws-services.json",
            "  docs2kg oscal --store ./kg --format yaml --last-modified 2026-11-30 -o aws-services.yaml"})
public final class OscalCommand implements Callable<Integer> {

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
            description = "Write the document to FILE (replaced atomically; '-' or none: stdout). An input is never overwritten.")
    Path output;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", completionCandidates = CompletionValues.OscalFormats.class,
            description = "json or yaml (default: yaml when FILE ends in .yaml or .yml, else json).")
    String format;

    @Option(names = "--title", paramLabel = "TEXT",
            description = "The document's title (default: \"" + ComponentDefinition.Settings.DEFAULT_TITLE + "\").")
    String title = ComponentDefinition.Settings.DEFAULT_TITLE;

    @Option(names = "--last-modified", paramLabel = "TIME",
            description = "The document's last-modified: a date (2026-11-30, taken as midnight UTC) or a date and "
                    + "time with offset (2026-11-30T12:00:00Z). Default: SOURCE_DATE_EPOCH (seconds since 1970, "
                    + "as reproducible builds use it), else 1970-01-01T00:00:00Z.")
    String lastModified;

    @Override
    public Integer call() {
        storeOptions.requireInputsOrStore(inputs, "exports or guides to describe");
        OutputFiles.refuseFormatAsFile(spec, output, "--format");
        OutputFiles.refuseInputOrStore(spec, "--output", output, inputs, storeOptions);
        OscalFormat form = format();
        ComponentDefinition.Settings settings = settings(System.getenv());
        Dataset data = storeOptions.readGraph(inputs, inputSyntax.readOptions(spec, baseIri.iris(spec), inputs),
                Outputs.diagnostics(spec, common));
        Map<String, Object> document = ComponentDefinition.of(data, settings);
        byte[] bytes = OscalWriter.write(document, form).getBytes(StandardCharsets.UTF_8);
        Outputs.write(spec, output, out -> {
            out.write(bytes);
            return null;
        });
        if (!common.quiet && output != null && !OutputFiles.isStdout(output)) {
            int n = components(document);
            spec.commandLine().getErr().printf("wrote %s (%s, %d component%s, %,d bytes)%n", output,
                    form.name().toLowerCase(Locale.ROOT), n, n == 1 ? "" : "s", bytes.length);
        }
        return ExitCodes.OK;
    }

    private OscalFormat format() {
        if (format == null) {
            String name = output == null ? "" : output.getFileName().toString().toLowerCase(Locale.ROOT);
            return name.endsWith(".yaml") || name.endsWith(".yml") ? OscalFormat.YAML : OscalFormat.JSON;
        }
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "json" -> OscalFormat.JSON;
            case "yaml", "yml" -> OscalFormat.YAML;
            default -> throw new CommandLine.ParameterException(spec.commandLine(),
                    "--format: '" + format + "' is not an OSCAL format here: json or yaml (OSCAL's XML is not written)");
        };
    }

    private ComponentDefinition.Settings settings(Map<String, String> env) {
        Instant when = Instant.EPOCH;
        if (lastModified != null) {
            when = parseTime("--last-modified", lastModified);
        } else if (env.get("SOURCE_DATE_EPOCH") != null && !env.get("SOURCE_DATE_EPOCH").isEmpty()) {
            String epoch = env.get("SOURCE_DATE_EPOCH");
            if (!epoch.matches("[0-9]{1,11}")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "SOURCE_DATE_EPOCH: '" + epoch + "' is not a number of seconds since 1970");
            }
            when = Instant.ofEpochSecond(Long.parseLong(epoch));
        }
        // OSCAL's date-time pattern accepts the years 1900 to 2999.
        if (when.isBefore(Instant.parse("1900-01-01T00:00:00Z")) || !when.isBefore(Instant.parse("3000-01-01T00:00:00Z"))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--last-modified: " + when + " is outside the years 1900 to 2999 that OSCAL accepts");
        }
        if (title.isBlank() || org.docs2kg.oscal.internal.Markup.plain(title).isEmpty()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--title: the title is empty");
        }
        return new ComponentDefinition.Settings(title, when);
    }

    private Instant parseTime(String option, String value) {
        try {
            if (value.matches("[0-9]{4}-[0-9]{2}-[0-9]{2}")) {
                return LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), option + ": '" + value
                    + "' is not a date (2026-11-30) or a date and time with offset (2026-11-30T12:00:00Z)");
        }
    }

    @SuppressWarnings("unchecked")
    private static int components(Map<String, Object> document) {
        Object c = ((Map<String, Object>) document.get("component-definition")).get("components");
        return c instanceof List<?> l ? l.size() : 0;
    }
}
