package org.docs2kg.eval;

import org.docs2kg.model.Extraction;
import org.docs2kg.model.Modality;
import org.docs2kg.model.Party;
import org.docs2kg.model.Service;
import org.docs2kg.model.Statement;
import org.docs2kg.model.Topic;
import org.docs2kg.vocab.Taxonomy;
import org.junit.jupiter.api.Test;

import java.util.List;
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
        assertEquals(new Score(3, 1, 2, 2, 2, 1), s);
        assertEquals(0.5, s.precision());
        assertEquals(0.5, s.recall());
    }

    @Test
    void jaccardOverWordSets() {
        assertEquals(1.0, Evaluator.jaccard("We recommend TLS.", "we recommend tls"));
        assertEquals(0.5, Evaluator.jaccard("a b", "a c d b"), 1e-9);
    }
}
