package org.docs2kg.cli;

import org.docs2kg.api.Evaluation;
import org.docs2kg.eval.Evaluator;
import org.docs2kg.eval.Score;
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
        description = {"Score extraction against gold labels (the SPEC.md format): topic concept accuracy, and "
                + "statement precision, recall and F1, per guide and overall.",
            "Statements match when page, party and modality agree and their word sets overlap by Jaccard >= 0.6."},
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
    double minTopicAccuracy;

    @Option(names = "--min-f1", paramLabel = "X", defaultValue = "0",
            description = "Exit 1 when overall statement F1 is below X (0..1; default ${DEFAULT-VALUE}).")
    double minF1;

    @Override
    public Integer call() {
        Evaluation.Report report = Evaluation.run(labels, inputs, Outputs.diagnostics(spec, common));
        PrintWriter out = spec.commandLine().getOut();
        out.printf("%-40s %7s %7s %6s %6s %6s %5s %5s%n", "guide", "topics", "toplvl", "P", "R", "F1", "gold", "found");
        for (Map.Entry<String, Evaluator.Result> e : report.perGuide().entrySet()) {
            row(out, e.getKey(), e.getValue().score());
            if (details) {
                e.getValue().findings().forEach(f -> out.println("    " + f));
            }
        }
        row(out, "overall", report.overall());
        for (String missing : report.unmatchedLabels()) {
            spec.commandLine().getErr().println("warning: labels for '" + missing + "' but no such guide among the inputs");
        }
        out.flush();
        Score s = report.overall();
        return s.topicAccuracy() < minTopicAccuracy || s.f1() < minF1 ? ExitCodes.FAILED : ExitCodes.OK;
    }

    private static void row(PrintWriter out, String name, Score s) {
        out.println(String.format(Locale.ROOT, "%-40s %7.3f %7.3f %6.3f %6.3f %6.3f %5d %5d", name, s.topicAccuracy(),
                s.topLevelAccuracy(), s.precision(), s.recall(), s.f1(), s.gold(), s.predicted()));
    }
}
