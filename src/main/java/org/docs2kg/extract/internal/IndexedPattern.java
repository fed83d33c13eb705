package org.docs2kg.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions of many alternatives ({@code \bkms\b|\bdata keys?\b|…}) matched by trying, at
 * each position of the text, only the alternatives whose literal beginning stands there ("kms",
 * "data key"): a string comparison rejects almost every position before any expression runs.
 * Alternatives with no literal beginning are searched as one expression. Several expressions are
 * searched in one pass over the text (a rule table's rows: one pass, not one per row). It finds
 * where {@code Pattern.compile(regex).matcher(text).find()} finds (the leftmost match), several
 * times faster for the word lists of the rule tables; {@code IndexedPatternTest} checks the two agree.
 */
public final class IndexedPattern {
    /** One alternative: the expression it belongs to, the literal text its matches start with, itself. */
    private record Alternative(int owner, String prefix, Pattern pattern) {
    }

    /** Alternatives by the first character of their literal beginning, when it is one character long. */
    private final Alternative[][] byFirst = new Alternative[128][];
    /** The others by their first two characters ({@code c0 * 128 + c1}): few candidates per position. */
    private final Alternative[][] byFirstTwo = new Alternative[128 * 128][];
    /** By expression: its alternatives with no literal beginning, as one expression, or null. */
    private final Pattern[] rest;
    /** By expression: whether some alternative has a literal beginning. */
    private final boolean[] indexed;

    public IndexedPattern(String regex) {
        this(List.of(regex));
    }

    /** The expressions {@link #findEach} searches, in this order. */
    public IndexedPattern(List<String> regexes) {
        Map<Integer, List<Alternative>> buckets = new java.util.TreeMap<>(); // key: c0, or 128 + c0 * 128 + c1
        this.rest = new Pattern[regexes.size()];
        this.indexed = new boolean[regexes.size()];
        for (int owner = 0; owner < regexes.size(); owner++) {
            List<String> others = new ArrayList<>();
            for (String alternative : Alternation.flattened(regexes.get(owner)).stream()
                    .flatMap(a -> distributed(a).stream()).toList()) {
                String prefix = literalPrefix(alternative);
                if (prefix.isEmpty() || prefix.charAt(0) >= 128) {
                    others.add(alternative);
                } else {
                    boolean two = prefix.length() > 1 && prefix.charAt(1) < 128;
                    int key = two ? 128 + prefix.charAt(0) * 128 + prefix.charAt(1) : prefix.charAt(0);
                    buckets.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Alternative(owner, prefix, Pattern.compile(alternative)));
                    indexed[owner] = true;
                }
            }
            rest[owner] = others.isEmpty() ? null : Pattern.compile(String.join("|", others));
        }
        for (Map.Entry<Integer, List<Alternative>> e : buckets.entrySet()) {
            Alternative[] array = e.getValue().toArray(new Alternative[0]);
            if (e.getKey() < 128) {
                byFirst[e.getKey()] = array;
            } else {
                byFirstTwo[e.getKey() - 128] = array;
            }
        }
    }

    /** At most this many alternatives come of distributing one (a guard against a product of lists). */
    private static final int MAX_DISTRIBUTED = 64;

    /**
     * {@code alternative} with a leading non-capturing group distributed over what follows it,
     * recursively, so that each result can start with literal text: {@code \b(?:is|are) encrypted}
     * gives {@code \bis encrypted} and {@code \bare encrypted}; an optional group
     * ({@code (?:not)?elements}) gives both ways. A match starts where one of the results matches,
     * so the leftmost match is the same. A group repeated otherwise stays as it is.
     */
    static List<String> distributed(String alternative) {
        int i = afterAssertions(alternative);
        if (i < 0 || !alternative.startsWith("(?:", i)) {
            return List.of(alternative);
        }
        int close = Alternation.closingParenthesis(alternative, i);
        if (close < 0) {
            return List.of(alternative);
        }
        String head = alternative.substring(0, i);
        String tail = alternative.substring(close + 1);
        boolean optional = tail.startsWith("?");
        if (optional) {
            tail = tail.substring(1);
        }
        if (tail.startsWith("?") || tail.startsWith("+") || tail.startsWith("*") || tail.startsWith("{")) {
            return List.of(alternative); // lazy, possessive or repeated: not one of its alternatives
        }
        List<String> result = new ArrayList<>();
        for (String inner : Alternation.topLevel(alternative.substring(i + 3, close))) {
            result.addAll(distributed(head + inner + tail));
        }
        if (optional) {
            result.addAll(distributed(head + tail));
        }
        return result.size() > MAX_DISTRIBUTED ? List.of(alternative) : result;
    }

    /** Where the leading {@code \b} and look-behinds of {@code alternative} end, or -1 when unbalanced. */
    private static int afterAssertions(String alternative) {
        int i = 0;
        while (true) {
            if (alternative.startsWith("\\b", i)) {
                i += 2;
            } else if (alternative.startsWith("(?<!", i) || alternative.startsWith("(?<=", i)) {
                int close = Alternation.closingParenthesis(alternative, i);
                if (close < 0) {
                    return -1;
                }
                i = close + 1;
            } else {
                return i;
            }
        }
    }

    /**
     * The literal text every match of {@code alternative} starts with: after leading {@code \b} and
     * look-behinds, the letters, digits, spaces and simple punctuation up to the first other construct
     * (a character that a quantifier follows is not part of it). Empty when it cannot be told.
     */
    static String literalPrefix(String alternative) {
        int i = afterAssertions(alternative);
        if (i < 0) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            boolean plain = Character.isLetterOrDigit(c) || c == ' ' || c == '-' || c == ':' || c == '_' || c == '/';
            if (!plain) {
                break;
            }
            if (i + 1 < alternative.length() && "?*{+".indexOf(alternative.charAt(i + 1)) >= 0) {
                break; // "keys?": the s may be absent
            }
            b.append(c);
        }
        return b.toString();
    }

    /** Where the leftmost match of the (first) expression starts, or -1 when there is none. */
    public int find(String text) {
        return findEach(text)[0];
    }

    /** For each expression, in the constructor's order, where its leftmost match starts, or -1. */
    public int[] findEach(String text) {
        int n = rest.length;
        int[] at = new int[n];
        int[] limit = new int[n]; // an alternative must start before the other alternatives' match
        int open = 0; // expressions whose indexed alternatives may still match
        for (int owner = 0; owner < n; owner++) {
            at[owner] = -1;
            limit[owner] = text.length();
            if (rest[owner] != null) {
                Matcher m = rest[owner].matcher(text);
                if (m.find()) {
                    at[owner] = m.start();
                    limit[owner] = m.start();
                }
            }
            open += indexed[owner] && limit[owner] > 0 ? 1 : 0;
        }
        boolean[] done = new boolean[n];
        char[] chars = text.toCharArray(); // one copy: the scan reads every character
        for (int i = 0; i < chars.length && open > 0; i++) {
            char c = chars[i];
            if (c >= 128) {
                continue;
            }
            open -= tryAt(byFirst[c], text, i, at, limit, done);
            if (i + 1 < chars.length && chars[i + 1] < 128) {
                open -= tryAt(byFirstTwo[c * 128 + chars[i + 1]], text, i, at, limit, done);
            }
        }
        return at;
    }

    /** Tries {@code candidates} at {@code i} for the expressions not matched yet; how many matched there. */
    private static int tryAt(Alternative[] candidates, String text, int i, int[] at, int[] limit, boolean[] done) {
        if (candidates == null) {
            return 0;
        }
        int matched = 0;
        for (Alternative a : candidates) {
            int owner = a.owner();
            if (!done[owner] && i < limit[owner] && text.startsWith(a.prefix(), i)
                    && a.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                    .region(i, text.length()).lookingAt()) {
                at[owner] = i;
                done[owner] = true;
                matched++;
            }
        }
        return matched;
    }
}
