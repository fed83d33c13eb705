package org.docs2kg.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    /** Each row: text, then the sentences expected, separated by '|'. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "One. Two.;One.|Two.",
        "We recommend TLS 1.2 or later. Next.;We recommend TLS 1.2 or later.|Next.",
        "Use a key, e.g. KMS, for this. Then go.;Use a key, e.g. KMS, for this.|Then go.",
        "Use a tool (i.e. the CLI) first. Done.;Use a tool (i.e. the CLI) first.|Done.",
        "Files, logs, etc. are kept. Always.;Files, logs, etc. are kept.|Always.",
        "It works. 2 more follow.;It works.|2 more follow.",
        "See example.com for more. OK.;See example.com for more.|OK.",
        "Is it? Yes! Good.;Is it?|Yes!|Good.",
        "He said \"stop.\" Then left.;He said \"stop.\"|Then left.",
        "In the U.S. East Region it runs.;In the U.S. East Region it runs.",
        "Ends without stop;Ends without stop",
        "Security of the cloud – AWS is responsible. AWS also helps.;Security of the cloud – AWS is responsible.|AWS also helps.",
    })
    void splits(String text, String expected) {
        List<String> actual = SentenceSplitter.split(text).stream().map(SentenceSplitter.Sentence::text).toList();
        assertEquals(Arrays.asList(expected.split("\\|")), actual);
    }

    @Test
    void newlineIsAlwaysABoundary() {
        assertEquals(List.of("Label", "We recommend X."),
                SentenceSplitter.split("Label\nWe recommend X.").stream().map(SentenceSplitter.Sentence::text).toList());
    }

    /** The initials scan against the expression it replaced, on words made of letters, dots and others. */
    @Test
    void theInitialsScanAgreesWithTheExpression() {
        java.util.regex.Pattern initials = java.util.regex.Pattern.compile("(\\p{L}\\.){2,}");
        String[] parts = {"u", ".", "é", "x", "1", " ", "-", "\uD835\uDC00", "\uD835", "ab", "..", ""};
        java.util.Random random = new java.util.Random(7);
        for (int n = 0; n < 100_000; n++) {
            StringBuilder w = new StringBuilder();
            for (int k = random.nextInt(9); k > 0; k--) {
                w.append(parts[random.nextInt(parts.length)]);
            }
            String word = w.toString();
            assertEquals(initials.matcher(word).matches(), SentenceSplitter.isInitials(word), word);
        }
        for (String word : List.of("u.s.", "e.u.", "a.b.c.", "u.", "us.", "u.s", "", ".", "1.2.")) {
            assertEquals(initials.matcher(word).matches(), SentenceSplitter.isInitials(word), word);
        }
    }

    @Test
    void sentenceStartsAreOffsetsIntoTheText() {
        var s = SentenceSplitter.split("  One.   Two.");
        assertEquals(List.of(2, 9), s.stream().map(SentenceSplitter.Sentence::start).toList());
    }
}
