package org.docs2kg.extract.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression of many alternatives ({@code \bkms\b|\bdata keys?\b|…}) matched by trying, at
 * each position of the text, only the alternatives whose literal beginning stands there ("kms",
 * "data key"): a string comparison rejects almost every position before any expression runs.
 * Alternatives with no literal beginning are searched as one expression. It finds where
 * {@code Pattern.compile(regex).matcher(text).find()} finds (the leftmost match), several times
 * faster for the word lists of the rule tables; {@code IndexedPatternTest} checks the two agree.
 */
public final class IndexedPattern {
    /** One alternative: the literal text its matches start with, and the alternative itself. */
    private record Alternative(String prefix, Pattern pattern) {
    }

    private final Alternative[][] byFirst = new Alternative[128][];
    private final Pattern rest;

    public IndexedPattern(String regex) {
        List<List<Alternative>> buckets = new ArrayList<>();
        for (int c = 0; c < 128; c++) {
            buckets.add(new ArrayList<>());
        }
        List<String> others = new ArrayList<>();
        for (String alternative : Alternation.flattened(regex)) {
            String prefix = literalPrefix(alternative);
            if (prefix.isEmpty() || prefix.charAt(0) >= 128) {
                others.add(alternative);
            } else {
                buckets.get(prefix.charAt(0)).add(new Alternative(prefix, Pattern.compile(alternative)));
            }
        }
        for (int c = 0; c < 128; c++) {
            byFirst[c] = buckets.get(c).isEmpty() ? null : buckets.get(c).toArray(new Alternative[0]);
        }
        this.rest = others.isEmpty() ? null : Pattern.compile(String.join("|", others));
    }

    /**
     * The literal text every match of {@code alternative} starts with: after leading {@code \b} and
     * look-behinds, the letters, digits, spaces and simple punctuation up to the first other construct
     * (a character that a quantifier follows is not part of it). Empty when it cannot be told.
     */
    static String literalPrefix(String alternative) {
        int i = 0;
        while (true) {
            if (alternative.startsWith("\\b", i)) {
                i += 2;
            } else if (alternative.startsWith("(?<!", i) || alternative.startsWith("(?<=", i)) {
                int close = Alternation.closingParenthesis(alternative, i);
                if (close < 0) {
                    return "";
                }
                i = close + 1;
            } else {
                break;
            }
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

    /** Where the leftmost match starts, or -1 when there is none. */
    public int find(String text) {
        int fromRest = -1;
        if (rest != null) {
            Matcher m = rest.matcher(text);
            fromRest = m.find() ? m.start() : -1;
        }
        int limit = fromRest < 0 ? text.length() : fromRest;
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            Alternative[] candidates = c < 128 ? byFirst[c] : null;
            if (candidates == null) {
                continue;
            }
            for (Alternative a : candidates) {
                if (text.startsWith(a.prefix(), i)
                        && a.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false)
                        .region(i, text.length()).lookingAt()) {
                    return i;
                }
            }
        }
        return fromRest;
    }
}
