package org.docs2kg.extract.internal;

import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The index tells, on lower-cased text, what the case-insensitive expression finds in the text itself. */
class WordPatternTest {
    private static final WordPattern WORDS = WordPattern.of("you can", "helps? you", "the following(?!\\s+metrics\\b)",
            "sends? (?:an? )?(?:\\w+ )?requests?", "api operations?", "so (?:that )?you", "see");
    private static final String[] PARTS = {"You", "you", " can", " Can", "help", "s", " ", "the following", " metrics",
        " Following", "send", " a", " signed", " request", "API", " operation", "so", " that", "see", "seen", "oversee",
        ",", ".", "x", "İ", "-"};

    @Test
    void tellsWhatTheExpressionFinds() {
        Random random = new Random(5);
        int found = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(8); k > 0; k--) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            boolean expected = WORDS.matcher(text).find();
            assertEquals(expected, WORDS.foundIn(text.toString().toLowerCase(Locale.ROOT)), "\"" + text + "\"");
            found += expected ? 1 : 0;
        }
        assertTrue(found > 400 && found < 19_600, "both outcomes often: " + found);
    }

    @Test
    void wholeWordsOnly() {
        assertTrue(WORDS.foundIn("for more, see the guide"));
        assertFalse(WORDS.foundIn("oversee the keys"));
        assertFalse(WORDS.foundIn("it sends the following metrics to cloudwatch"));
        assertTrue(WORDS.foundIn("it calls the following api operations"));
        assertEquals("Helps you", matched("This Helps you encrypt."));
    }

    private static String matched(String text) {
        var m = WORDS.matcher(text);
        return m.find() ? m.group() : "";
    }
}
