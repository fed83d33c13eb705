package org.docs2kg.extract;

import org.docs2kg.model.Service;
import org.docs2kg.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The provision shapes against the spec-driven cases in {@code fixtures/provision-cases.tsv}. */
class ProvisionRecognizerTest {
    private static final ProvisionRecognizer RECOGNIZER = new ProvisionRecognizer(
            new Service("Example Widget Service", new TreeSet<>(Set.of("Widget Service"))));

    static Stream<Arguments> cases() throws IOException {
        return TestData.cases("provision-cases.tsv");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void recognises(String expected, String sentence) {
        assertEquals(expected, RECOGNIZER.isProvision(sentence) ? "provision" : "none");
    }

    /** "It" acts for the service only when the nearest earlier sentence with a subject of its own names the service. */
    @org.junit.jupiter.api.Test
    void aPronounActsForTheServiceOnlyAfterTheServiceActed() {
        String it = "It stores the encrypted copy of each data key with the widget.";
        assertEquals(true, RECOGNIZER.isProvision(it, java.util.List.of("Widget Service uses the data key to encrypt the widget.")));
        assertEquals(true, RECOGNIZER.isProvision(it, java.util.List.of("Widget Service uses the data key to encrypt the widget.",
                "There is no widget that is stored unencrypted.")), "past a sentence without a subject of its own");
        assertEquals(false, RECOGNIZER.isProvision(it, java.util.List.of("The typical validation process checks signatures.")));
        assertEquals(false, RECOGNIZER.isProvision(it, java.util.List.of()), "nothing to refer to");
        assertEquals(true, RECOGNIZER.isProvision(it), "without its paragraph the sentence is read alone");
        assertEquals(true, RECOGNIZER.isProvision("Once a widget has been logged, it cannot be removed from the log.",
                java.util.List.of()), "a passive says what is done to it");
    }

    /**
     * The scan that tries candidate words by their first letter finds a candidate exactly where
     * one search of all of them does: on every case sentence and on texts made of vocabulary words,
     * their parts and their neighbours.
     */
    @org.junit.jupiter.api.Test
    void theCandidateScanAgreesWithOneSearchOfAllWords() throws IOException {
        java.util.regex.Pattern all = java.util.regex.Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + ProvisionRecognizer.candidateExpression() + ")");
        java.util.List<String> texts = new java.util.ArrayList<>();
        cases().forEach(a -> texts.add(((String) a.get()[1]).toLowerCase(java.util.Locale.ROOT)));
        String[] parts = {"encrypt", "s", "ed", "re-", "protect", "key", "keys", "tls", "automatically ", "rotates",
            "stored", " in encrypted form", " encrypted", "handled", " by", "transmitted", " using", " https",
            "backed up", "never", " leave", "availability zone", "x", "1", "é", "_", " ", ", ", ".", "-", "²", "\u2163"};
        java.util.Random random = new java.util.Random(5);
        for (int n = 0; n < 30_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            texts.add(text.toString());
        }
        int found = 0;
        for (String text : texts) {
            boolean expected = all.matcher(text).find();
            assertEquals(expected, ProvisionRecognizer.hasCandidate(text), text);
            found += expected ? 1 : 0;
        }
        org.junit.jupiter.api.Assertions.assertTrue(found > 5_000 && found < texts.size() - 5_000,
                "both outcomes often enough to test the scan: " + found + " of " + texts.size());
    }
}
