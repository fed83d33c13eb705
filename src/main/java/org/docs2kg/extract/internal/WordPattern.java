package org.docs2kg.extract.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words and phrases matched as whole words, case-insensitively ({@link #matcher}), with an index of
 * their literal beginnings ({@link IndexedPattern}) that tells whether one matches lower-cased text
 * several times faster than the regular expression: most sentences hold none, and the regular
 * expression then never runs.
 */
public final class WordPattern {
    private final Pattern regex;
    private final IndexedPattern index;

    private WordPattern(Pattern regex, IndexedPattern index) {
        this.regex = regex;
        this.index = index;
    }

    /** Each alternative is a regular expression of lower-case words with no top-level '|' ("helps? you"). */
    public static WordPattern of(String... alternatives) {
        List<String> words = List.of(alternatives);
        return new WordPattern(Pattern.compile("(?i)\\b(?:" + String.join("|", words) + ")\\b"),
                new IndexedPattern(String.join("|", words.stream().map(w -> "\\b" + w + "\\b").toList())));
    }

    /** A matcher over {@code text} as it is, for what matched and where. */
    public Matcher matcher(CharSequence text) {
        return regex.matcher(text);
    }

    /** Whether a word matches in {@code lower} (lower-cased text), as {@link #matcher} would find it. */
    public boolean foundIn(String lower) {
        return index.find(lower) >= 0;
    }
}
