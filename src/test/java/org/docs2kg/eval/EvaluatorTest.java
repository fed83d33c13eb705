package org.docs2kg.eval;

import org.docs2kg.model.Extraction;
import org.docs2kg.model.Modality;
import org.docs2kg.model.Party;
import org.docs2kg.model.Service;
import org.docs2kg.model.Statement;
import org.docs2kg.model.Topic;
import org.docs2kg.vocab.Taxonomy;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EvaluatorTest {

    @Test
    void scoresTopicsAndStatementsAsTheSpecSays() {
        GoldLabels gold = new GoldLabels("g", "S", "security.md",
                List.of(new GoldLabels.GoldTopic("security.md", "security-overview"),
                        new GoldLabels.GoldTopic("rest.md", "encryption-at-rest"),
                        new GoldLabels.GoldTopic("missing.md", "resilience")),
                List.of(new GoldLabels.GoldStatement("security.md", Party.AWS, Modality.RESPONSIBILITY,
                                "AWS is responsible for protecting the infrastructure."),
                        new GoldLabels.GoldStatement("rest.md", Party.CUSTOMER, Modality.RECOMMENDATION,
                                "We recommend TLS 1.2 or later.")));
        Extraction x = new Extraction(new Service("S", new TreeSet<>()), Optional.of("security.md"),
                List.of(new Topic("security.md", "Security", Taxonomy.SECURITY_OVERVIEW, true, null),
                        new Topic("rest.md", "Encryption", Taxonomy.DATA_PROTECTION, true, "security.md")),
                List.of(new Statement("security.md", 3, "AWS is responsible for protecting the infrastructure that runs it.",
                                Party.AWS, Modality.RESPONSIBILITY, Optional.empty()),
                        new Statement("rest.md", 4, "We recommend TLS 1.2 or later.", Party.AWS,
                                Modality.RECOMMENDATION, Optional.empty()),
                        new Statement("other.md", 1, "Not a labelled page.", Party.AWS, Modality.RESPONSIBILITY,
                                Optional.empty())),
                new TreeMap<>(), new TreeMap<>());
        Score s = Evaluator.evaluate(gold, x).score();
        assertEquals(new Score(3, 1, 2, 1, 1, Map.of(Modality.RESPONSIBILITY, new Score.Counts(1, 1, 1),
                Modality.RECOMMENDATION, new Score.Counts(1, 1, 0)), Score.Counts.ZERO), s);
        assertEquals(0.5, s.precision());
        assertEquals(0.5, s.recall());
    }

    @Test
    void version2LabelsScoreOnlyTheirModalitiesAndCountListItems() {
        GoldLabels gold = new GoldLabels("g", "S", "dp.md", EnumSet.of(Modality.RECOMMENDATION, Modality.PROVISION),
                true, List.of(new GoldLabels.GoldTopic("dp.md", "data-protection")),
                List.of(new GoldLabels.GoldStatement("dp.md", Party.CUSTOMER, Modality.RECOMMENDATION,
                                "We recommend that you guard widgets in these ways:"),
                        new GoldLabels.GoldStatement("dp.md", Party.CUSTOMER, Modality.RECOMMENDATION,
                                "Rotate the widget keys every month.", "We recommend that you guard widgets in these ways:"),
                        new GoldLabels.GoldStatement("dp.md", Party.AWS, Modality.PROVISION,
                                "S encrypts every widget at rest.")));
        Statement leadIn = new Statement("dp.md", 3, "We recommend that you guard widgets in these ways:",
                Party.CUSTOMER, Modality.RECOMMENDATION, Optional.empty());
        Extraction x = new Extraction(new Service("Not S", new TreeSet<>()), Optional.of("dp.md"),
                List.of(new Topic("dp.md", "Data protection", Taxonomy.DATA_PROTECTION, true, null)),
                List.of(leadIn,
                        new Statement("dp.md", 4, "Rotate the widget keys every month.", Party.CUSTOMER,
                                Modality.RECOMMENDATION, Optional.empty(), Optional.of(leadIn)),
                        new Statement("dp.md", 5, "You are responsible for your widgets.", Party.CUSTOMER,
                                Modality.RESPONSIBILITY, Optional.empty()),
                        new Statement("dp.md", 6, "S replicates widgets across three zones.", Party.AWS,
                                Modality.PROVISION, Optional.empty())),
                new TreeMap<>(), new TreeMap<>());
        Score s = Evaluator.evaluate(gold, x).score();
        // The responsibility is not labelled here and counts neither way; the provision is wrong.
        assertEquals(new Score.Counts(2, 2, 2), s.of(Modality.RECOMMENDATION));
        assertEquals(new Score.Counts(1, 1, 0), s.of(Modality.PROVISION));
        assertEquals(new Score.Counts(1, 1, 1), s.items());
        assertEquals(3, s.predicted());
        assertEquals(0.0, s.serviceAccuracy());
    }

    @Test
    void version1LabelsDoNotScoreListItems() {
        GoldLabels gold = new GoldLabels("g", "S", "dp.md", List.of(new GoldLabels.GoldTopic("dp.md", "data-protection")),
                List.of(new GoldLabels.GoldStatement("dp.md", Party.CUSTOMER, Modality.RECOMMENDATION,
                        "We recommend that you guard widgets in these ways:")));
        Statement leadIn = new Statement("dp.md", 3, "We recommend that you guard widgets in these ways:",
                Party.CUSTOMER, Modality.RECOMMENDATION, Optional.empty());
        Extraction x = new Extraction(new Service("S", new TreeSet<>()), Optional.of("dp.md"),
                List.of(new Topic("dp.md", "Data protection", Taxonomy.DATA_PROTECTION, true, null)),
                List.of(leadIn, new Statement("dp.md", 4, "Rotate the widget keys every month.", Party.CUSTOMER,
                        Modality.RECOMMENDATION, Optional.empty(), Optional.of(leadIn))),
                new TreeMap<>(), new TreeMap<>());
        Score s = Evaluator.evaluate(gold, x).score();
        assertEquals(1.0, s.precision());
        assertEquals(1.0, s.serviceAccuracy());
    }

    @Test
    void jaccardOverWordSets() {
        assertEquals(1.0, Evaluator.jaccard("We recommend TLS.", "we recommend tls"));
        assertEquals(0.5, Evaluator.jaccard("a b", "a c d b"), 1e-9);
    }
}
