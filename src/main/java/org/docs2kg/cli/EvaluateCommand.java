package org.docs2kg.cli;

import org.docs2kg.api.Evaluation;
import org.docs2kg.eval.Evaluator;
import org.docs2kg.eval.Score;
import org.docs2kg.model.Modality;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code docs2kg evaluate}: extraction quality against gold labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Score extraction against gold labels (the SPEC.md format, version 1, 2 or 3): topic concept "
                + "accuracy, service name, and statement precision, recall and F1, per guide, overall and per modality; "
                + "for version 3 also the measures of the matched statements (precision, recall and F1 of the "
                + "(statement, measure) pairs, overall and per measure).",
            "Statements match when page, party and modality agree and their word sets overlap by Jaccard >= 0.6. "
                + "A guide is scored only on the modalities its file lists (\"modalities\", version 2; version 1 "
                + "files: responsibility and recommendation, list items not scored)."},
        footer = {"", "Example:", "  docs2kg evaluate --labels ../shared/labels ../shared/corpus"})
public final class EvaluateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CommonOptions common;

    @Option(names = "--labels", required = true, paramLabel = "DIR", description = "Folder of <guide>.json label files.")
    Path labels;

    @Parameters(arity = "1..*", paramLabel = "<input>", description = "Guides to extract from (a folder of guides).")
    List<Path> inputs;

    @Option(names = "--details", description = "List every wrong topic, missed statement and extra statement.")
    boolean details;

    @Option(names = "--min-topic-accuracy", paramLabel = "X", defaultValue = "0",
            description = "Exit 1 when overall topic accuracy is below X (0..1; default ${DEFAULT-VALUE}).")
    void setMinTopicAccuracy(double value) {
        minTopicAccuracy = OptionRanges.fraction(spec, "--min-topic-accuracy", value);
    }

    private double minTopicAccuracy;

    @Option(names = "--min-f1", paramLabel = "X", defaultValue = "0",
            description = "Exit 1 when overall statement F1 is below X (0..1; default ${DEFAULT-VALUE}).")
    void setMinF1(double value) {
        minF1 = OptionRanges.fraction(spec, "--min-f1", value);
    }

    private double minF1;

    @Override
    public Integer call() {
        Evaluation.Report report = Evaluation.run(labels, inputs, Outputs.diagnostics(spec, common));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-40s %7s %7s %7s %6s %6s %6s %5s %5s%n", "guide", "topics", "toplvl", "service", "P", "R", "F1",
                "gold", "found");
        for (Map.Entry<String, Evaluator.Result> e : report.perGuide().entrySet()) {
            row(out, e.getKey(), e.getValue().score());
            if (details) {
                e.getValue().findings().forEach(f -> out.println("    " + f));
            }
        }
        Score s = report.overall();
        row(out, "overall", s);
        out.println();
        out.printf("%-40s %6s %6s %6s %5s %5s%n", "overall by modality", "P", "R", "F1", "gold", "found");
        for (Modality m : Modality.values()) {
            if (s.byModality().containsKey(m)) {
                counts(out, m.label(), s.of(m));
            }
        }
        if (s.items().gold() > 0 || s.items().predicted() > 0) {
            counts(out, "list items (of the above)", s.items());
        }
        if (s.measures().gold() > 0 || s.measures().predicted() > 0) {
            out.println();
            out.printf("%-40s %6s %6s %6s %5s %5s%n", "measures on matched statements", "P", "R", "F1", "gold", "found");
            counts(out, "all measures", s.measures());
            s.byMeasure().forEach((m, c) -> counts(out, m, c));
        }
        for (String missing : report.unmatchedLabels()) {
            spec.commandLine().getErr().println("warning: labels for '" + missing + "' but no such guide among the inputs");
        }
        out.flush();
        return s.topicAccuracy() < minTopicAccuracy || s.f1() < minF1 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static void row(PrintWriter out, String name, Score s) {
        out.println(String.format(Locale.ROOT, "%-40s %7.3f %7.3f %7.3f %6.3f %6.3f %6.3f %5d %5d", name,
                s.topicAccuracy(), s.topLevelAccuracy(), s.serviceAccuracy(), s.precision(), s.recall(), s.f1(),
                s.gold(), s.predicted()));
    }

    private static void counts(PrintWriter out, String name, Score.Counts c) {
        out.println(String.format(Locale.ROOT, "  %-38s %6.3f %6.3f %6.3f %5d %5d", name, c.precision(), c.recall(),
                c.f1(), c.gold(), c.predicted()));
    }
}
