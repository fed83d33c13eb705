package org.docs2kg.extract.internal;

import java.util.List;
import java.util.regex.Pattern;

/** Regular-expression alternations of literal words, as the rule tables splice them in. */
public final class Alternation {
    /** Matches nothing: what an empty list of words stands for. */
    public static final String NOTHING = "(?!x)x";

    private Alternation() {
    }

    /**
     * The top-level alternatives of a regular expression: {@code a|(b|c)d|[|]} gives {@code a},
     * {@code (b|c)d} and {@code [|]}. Escapes, groups and character classes (nested or not) are
     * skipped over; a '|' splits only outside all of them.
     */
    public static List<String> topLevel(String regex) {
        List<String> result = new java.util.ArrayList<>();
        int depth = 0;
        int classDepth = 0;
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++; // the escaped character, whatever it is
            } else if (c == '[') {
                classDepth++;
            } else if (c == ']' && classDepth > 0) {
                classDepth--;
            } else if (classDepth == 0 && c == '(') {
                depth++;
            } else if (classDepth == 0 && c == ')') {
                depth--;
            } else if (classDepth == 0 && depth == 0 && c == '|') {
                result.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        result.add(regex.substring(start));
        return result;
    }

    /** {@code (?:w1|w2|…)} of the quoted words, in the order given; NOTHING when there are none. */
    public static String of(List<String> words) {
        if (words.isEmpty()) {
            return NOTHING;
        }
        return "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
    }
}
