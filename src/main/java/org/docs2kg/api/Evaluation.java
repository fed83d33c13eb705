package org.docs2kg.api;

import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.eval.Evaluator;
import org.docs2kg.eval.GoldLabels;
import org.docs2kg.eval.Score;
import org.docs2kg.extract.Extractor;
import org.docs2kg.model.Guide;
import org.docs2kg.source.GuideReader;
import org.docs2kg.source.GuideSource;
import org.docs2kg.source.InputScanner;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs extraction over the inputs and scores every labelled guide found among them. */
public final class Evaluation {

    private Evaluation() {
    }

    /** Per-guide results (guide id → result) and the overall score. */
    public record Report(Map<String, Evaluator.Result> perGuide, Score overall, List<String> unmatchedLabels) {
    }

    public static Report run(Path labelsDir, List<Path> inputs, Diagnostics diagnostics) {
        List<GoldLabels> labels = GoldLabels.loadDirectory(labelsDir, diagnostics);
        List<GuideSource> sources = new InputScanner(diagnostics).scan(inputs);
        GuideReader reader = new GuideReader(diagnostics, true, org.docs2kg.extract.SecurityChapterFinder::chapterFiles);
        Extractor extractor = new Extractor();
        Map<String, Evaluator.Result> perGuide = new LinkedHashMap<>();
        List<String> unmatched = new java.util.ArrayList<>();
        Score overall = Score.zero();
        for (GoldLabels gold : labels) {
            Optional<GuideSource> source = sources.stream().filter(s -> s.id().equals(gold.guide())).findFirst();
            if (source.isEmpty()) {
                unmatched.add(gold.guide());
                continue;
            }
            Guide guide = reader.read(source.get());
            Evaluator.Result r = Evaluator.evaluate(gold, extractor.extract(guide));
            perGuide.put(gold.guide(), r);
            overall = overall.plus(r.score());
        }
        if (perGuide.isEmpty()) {
            throw new org.docs2kg.diagnostics.Docs2KgException("none of the labelled guides ("
                    + String.join(", ", unmatched) + ") is among the inputs");
        }
        return new Report(perGuide, overall, unmatched);
    }
}
