package org.docs2kg.api;

import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.eval.Score;
import org.docs2kg.model.Modality;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Extraction quality against the shared gold labels (version 1 and 2, skipped when
 * ../shared is absent) and against the project's own development labels; fails below the
 * targets of the extraction issues.
 */
class GoldLabelsAccuracyTest {

    private static Evaluation.Report run(Path labels) {
        Evaluation.Report report = Evaluation.run(labels, List.of(TestData.shared("corpus")), new Diagnostics());
        assertTrue(report.unmatchedLabels().isEmpty(), "labelled guides missing: " + report.unmatchedLabels());
        System.out.println(labels.getFileName() + ": " + summary(report.overall()));
        return report;
    }

    private static String summary(Score s) {
        StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "topics %.3f, service %.3f, P %.3f, R %.3f, F1 %.3f",
                s.topicAccuracy(), s.serviceAccuracy(), s.precision(), s.recall(), s.f1()));
        s.byModality().forEach((m, c) -> b.append(String.format(Locale.ROOT, "; %s P %.3f R %.3f", m.label(),
                c.precision(), c.recall())));
        if (s.items().gold() > 0) {
            b.append(String.format(Locale.ROOT, "; items R %.3f", s.items().recall()));
        }
        if (s.measures().gold() > 0) {
            b.append(String.format(Locale.ROOT, "; measures P %.3f R %.3f F1 %.3f", s.measures().precision(),
                    s.measures().recall(), s.measures().f1()));
        }
        return b.toString();
    }

    @Test
    void version1LabelsMeetTheTargets() {
        Score s = run(TestData.shared("labels")).overall();
        assertTrue(s.topicAccuracy() >= 0.97 && s.f1() >= 0.95 && s.serviceAccuracy() == 1.0, summary(s));
    }

    /**
     * The project's own development labels (src/test/resources/dev-labels, five guides outside the
     * shared training labels): a floor that catches a rule tuned to the training guides at the
     * expense of others. Figures as measured when the labels were made, less a margin.
     */
    @Test
    void developmentLabelsHold() {
        Score s = run(TestData.devLabels()).overall();
        assertTrue(s.topicAccuracy() >= 0.97 && s.serviceAccuracy() == 1.0 && s.f1() >= 0.95, summary(s));
        assertTrue(s.of(Modality.PROVISION).precision() >= 0.9 && s.of(Modality.PROVISION).recall() >= 0.8, summary(s));
    }

    /**
     * Version 2 of the six training guides: statements, list items and provision recall. Its provision
     * precision is not a target any more: version 3 relabelled the same guides and added the
     * provisions version 2 had left out (the SQS notes list eight), which score as extras here.
     */
    @Test
    void version2LabelsMeetTheTargets() {
        Evaluation.Report report = run(TestData.shared("labels-v2"));
        Score s = report.overall();
        Score.Counts provisions = s.of(Modality.PROVISION);
        assertTrue(s.f1() >= 0.95, summary(s));
        assertTrue(provisions.recall() >= 0.9, summary(s));
        assertTrue(s.items().recall() >= 0.98, summary(s));
        report.perGuide().forEach((guide, r) -> assertTrue(r.score().f1() >= 0.8 && r.score().topicAccuracy() >= 0.8,
                guide + ": " + r.score()));
    }

    /**
     * Version 3 (obligations and measures, all four modalities on the six training guides): the
     * figures of docs/extraction.md less a margin, so that a rule that trades a family for another
     * is caught. The targets for unseen guides are higher for provisions; these are floors.
     */
    @Test
    void version3LabelsMeetTheTargets() {
        Evaluation.Report report = run(TestData.shared("labels-v3"));
        Score s = report.overall();
        assertTrue(s.topicAccuracy() >= 0.97 && s.serviceAccuracy() == 1.0, summary(s));
        assertTrue(s.of(Modality.RESPONSIBILITY).f1() >= 0.95 && s.of(Modality.RECOMMENDATION).f1() >= 0.95, summary(s));
        assertTrue(s.of(Modality.OBLIGATION).f1() >= 0.93, summary(s));
        assertTrue(s.of(Modality.PROVISION).precision() >= 0.9 && s.of(Modality.PROVISION).recall() >= 0.83, summary(s));
        assertTrue(s.measures().f1() >= 0.9, summary(s));
    }
}
