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
        int[] depth = groupDepths(regex);
        List<String> result = new java.util.ArrayList<>();
        int start = 0;
        for (int i = 0; i < regex.length(); i++) {
            if (regex.charAt(i) == '|' && depth[i] == 0) {
                result.add(regex.substring(start, i));
                start = i + 1;
            }
        }
        result.add(regex.substring(start));
        return result;
    }

    /**
     * For each character of {@code regex}, the depth of groups it stands in (a ')' counts as
     * outside the group it closes), or -1 where it has no structure: an escape, an escaped
     * character, anything inside a character class (nested or not).
     */
    private static int[] groupDepths(String regex) {
        int[] depth = new int[regex.length()];
        int groups = 0;
        int classes = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            depth[i] = -1;
            if (c == '\\') {
                if (i + 1 < regex.length()) {
                    depth[++i] = -1; // the escaped character, whatever it is
                }
            } else if (c == '[') {
                classes++;
            } else if (c == ']' && classes > 0) {
                classes--;
            } else if (classes == 0) {
                groups -= c == ')' ? 1 : 0;
                depth[i] = groups;
                groups += c == '(' ? 1 : 0;
            }
        }
        return depth;
    }

    /**
     * The top-level alternatives of {@code regex}, with every alternative that is one whole
     * non-capturing group ({@code (?:a|b)}) replaced by its own alternatives, recursively.
     */
    public static List<String> flattened(String regex) {
        List<String> result = new java.util.ArrayList<>();
        for (String alternative : topLevel(regex)) {
            if (alternative.startsWith("(?:") && closingParenthesis(alternative, 0) == alternative.length() - 1) {
                result.addAll(flattened(alternative.substring(3, alternative.length() - 1)));
            } else {
                result.add(alternative);
            }
        }
        return result;
    }

    /**
     * The characters a match of {@code regex} can start with, where its text tells: after leading
     * zero-width assertions ({@code \b}, lookarounds), every alternative must start with a letter
     * or digit that is not optional, or with a non-capturing group whose alternatives all do so.
     * Empty when that cannot be told (a class, a dot, an escape, an optional first part …).
     */
    public static java.util.Optional<java.util.Set<Character>> firstCharacters(String regex) {
        java.util.Set<Character> chars = new java.util.TreeSet<>();
        for (String alternative : topLevel(regex)) {
            int i = 0;
            while (true) {
                if (alternative.startsWith("\\b", i)) {
                    i += 2;
                } else if (alternative.startsWith("(?=", i) || alternative.startsWith("(?!", i)
                        || alternative.startsWith("(?<=", i) || alternative.startsWith("(?<!", i)) {
                    i = closingParenthesis(alternative, i) + 1;
                } else {
                    break;
                }
                if (i <= 0) {
                    return java.util.Optional.empty(); // unbalanced
                }
            }
            if (alternative.startsWith("(?:", i)) {
                int close = closingParenthesis(alternative, i);
                if (close < 0 || isOptional(alternative, close + 1)) {
                    return java.util.Optional.empty();
                }
                java.util.Optional<java.util.Set<Character>> inner = firstCharacters(alternative.substring(i + 3, close));
                if (inner.isEmpty()) {
                    return inner;
                }
                chars.addAll(inner.get());
            } else if (i < alternative.length() && Character.isLetterOrDigit(alternative.charAt(i))
                    && !isOptional(alternative, i + 1)) {
                chars.add(alternative.charAt(i));
            } else {
                return java.util.Optional.empty();
            }
        }
        return java.util.Optional.of(chars);
    }

    /** Whether the element ending before {@code i} may occur zero times ({@code ?}, {@code *}, {@code {0}). */
    private static boolean isOptional(String regex, int i) {
        return regex.startsWith("?", i) || regex.startsWith("*", i) || regex.startsWith("{0", i);
    }

    /** The index of the ')' that closes the '(' at {@code open}, or -1. */
    static int closingParenthesis(String regex, int open) {
        int[] depth = groupDepths(regex);
        for (int i = open + 1; i < regex.length(); i++) {
            if (regex.charAt(i) == ')' && depth[i] == depth[open]) {
                return i;
            }
        }
        return -1;
    }

    /** {@code (?:w1|w2|…)} of the quoted words, in the order given; NOTHING when there are none. */
    public static String of(List<String> words) {
        if (words.isEmpty()) {
            return NOTHING;
        }
        return "(?:" + String.join("|", words.stream().map(Pattern::quote).toList()) + ")";
    }
}
