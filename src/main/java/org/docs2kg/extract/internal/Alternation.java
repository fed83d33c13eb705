package org.docs2kg.extract.internal;

import java.util.List;
import java.util.regex.Pattern;

/** Regular-expression alternations of literal words, as the rule tables splice them in. */
public final class Alternation {
    /** Matches nothing: what an empty list of words stands for. */
    public static final String NOTHING = "(?!x)x";

    private Alternation() {
    }

    /** {@code (?:w1|w2|…)} of the quoted words, in the order given; NOTHING when there are none. */
    public static String of(List<String> words) {
        if (words.isEmpty()) {
            return NOTHING;
        }
        return "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
    }
}
