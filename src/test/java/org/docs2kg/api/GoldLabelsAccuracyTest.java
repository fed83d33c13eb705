package org.docs2kg.api;

import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.eval.Score;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Extraction quality against ../shared/labels (skipped when absent); fails below the product's targets. */
class GoldLabelsAccuracyTest {
    static final double MIN_TOPIC_ACCURACY = 0.97;
    static final double MIN_STATEMENT_F1 = 0.92;

    @Test
    void meetsTheTargets() {
        var labels = TestData.shared("labels");
        var corpus = TestData.shared("corpus");
        Evaluation.Report report = Evaluation.run(labels, List.of(corpus), new Diagnostics());
        Score s = report.overall();
        String summary = String.format("topics %.3f, P %.3f, R %.3f, F1 %.3f", s.topicAccuracy(), s.precision(),
                s.recall(), s.f1());
        System.out.println("gold labels: " + summary);
        assertTrue(report.unmatchedLabels().isEmpty(), "labelled guides missing: " + report.unmatchedLabels());
        assertTrue(s.topicAccuracy() >= MIN_TOPIC_ACCURACY, summary);
        assertTrue(s.f1() >= MIN_STATEMENT_F1, summary);
        report.perGuide().forEach((guide, r) -> assertTrue(r.score().f1() >= 0.8 && r.score().topicAccuracy() >= 0.8,
                guide + ": " + r.score()));
    }
}
