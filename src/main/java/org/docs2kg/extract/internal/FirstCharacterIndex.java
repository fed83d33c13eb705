package org.docs2kg.extract.internal;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Alternatives of a regular expression grouped by the character their matches start with, so that
 * a text is tried at a position only with the alternatives for the character standing there: one
 * alternation of many words tried at every position costs far more. Characters up to U+007F.
 */
public final class FirstCharacterIndex {
    private final Pattern[] byFirst = new Pattern[128];

    /**
     * @param alternatives for each first character, its alternatives in the order they are to be tried
     * @param prefix       put before each character's alternation (a look-behind, or "")
     */
    public FirstCharacterIndex(Map<Character, List<String>> alternatives, String prefix) {
        alternatives.forEach((first, list) -> {
            if (first >= byFirst.length) {
                throw new IllegalArgumentException("not an ASCII first character: " + first);
            }
            byFirst[first] = Pattern.compile(prefix + "(?:" + String.join("|", list) + ")");
        });
    }

    /** Whether some alternative starts with {@code c}. */
    public boolean starts(char c) {
        return c < byFirst.length && byFirst[c] != null;
    }

    /** Matching over one text. */
    public Scan scan(String text) {
        return new Scan(text);
    }

    /** The alternatives tried at positions of one text; a matcher per first character, made when first needed. */
    public final class Scan {
        private final String text;
        private final Matcher[] matchers = new Matcher[byFirst.length];

        private Scan(String text) {
            this.text = text;
        }

        /** The matcher that matched at {@code i} (its groups and end tell what), or null when none matches there. */
        public Matcher at(int i) {
            char c = text.charAt(i);
            if (!starts(c)) {
                return null;
            }
            Matcher m = matchers[c];
            if (m == null) {
                // Transparent bounds: \b and look-behinds see the characters before the position.
                m = matchers[c] = byFirst[c].matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            }
            return m.region(i, text.length()).lookingAt() ? m : null;
        }
    }
}
