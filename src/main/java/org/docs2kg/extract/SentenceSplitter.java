package org.docs2kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits reader-visible text into sentences. A sentence ends at '.', '!' or '?' followed by
 * white space and a capital letter, digit, quote or bracket, or at the end of the text; an
 * abbreviation ("e.g.", "i.e.", "etc." before lower case) or a version number ("TLS 1.2") never
 * ends one. A '\n' in the text (the parser puts one after a bold label line) always ends one.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of("e.g.", "i.e.", "etc.", "vs.", "cf.", "approx.",
            "inc.", "no.", "fig.", "mr.", "ms.", "dr.", "st.", "ltd.", "corp.", "jr.", "sr.");

    private SentenceSplitter() {
    }

    /** A sentence: its text and where it starts in the block's text. */
    public record Sentence(String text, int start) {
    }

    public static List<Sentence> split(String text) {
        List<Sentence> result = new ArrayList<>();
        int start = skipSpace(text, 0);
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                add(result, text, start, i);
                start = skipSpace(text, i + 1);
                i = start - 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                int end = afterClosers(text, i + 1);
                add(result, text, start, end);
                start = skipSpace(text, end);
                i = start - 1;
            }
        }
        add(result, text, start, text.length());
        return result;
    }

    /** Closing quotes or brackets directly after the stop belong to the sentence. */
    private static int afterClosers(String text, int i) {
        while (i < text.length() && "\"'”’)".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        return i;
    }

    private static boolean endsSentence(String text, int dot) {
        int next = afterClosers(text, dot + 1);
        if (next >= text.length()) {
            return true;
        }
        if (!Character.isWhitespace(text.charAt(next))) {
            return false; // "1.2", "example.com", "e.g.,"
        }
        int after = skipSpace(text, next);
        if (after >= text.length()) {
            return true;
        }
        char n = text.charAt(after);
        boolean opensSentence = Character.isUpperCase(n) || Character.isDigit(n) || "\"'“‘([".indexOf(n) >= 0;
        if (!opensSentence) {
            return false;
        }
        return !(text.charAt(dot) == '.' && isAbbreviation(text, dot));
    }

    private static boolean isAbbreviation(String text, int dot) {
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(text.charAt(wordStart - 1)) && text.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = text.substring(wordStart, dot + 1).toLowerCase(java.util.Locale.ROOT);
        if (word.equals("e.g.") || word.equals("i.e.") || word.equals("vs.") || word.equals("cf.")) {
            return true;
        }
        // Initials such as "U.S." are not sentence ends; "etc." and the others only before a name.
        return isInitials(word) || (ABBREVIATIONS.contains(word) && !word.equals("etc."));
    }

    /**
     * Two or more letters each followed by a dot ("u.s.", "e.u."), as {@code (\\p{L}\\.){2,}} matches;
     * a scan, since it runs at every full stop before a capital.
     */
    static boolean isInitials(String word) {
        int letters = 0;
        int i = 0;
        while (i < word.length()) {
            int c = word.codePointAt(i);
            int dot = i + Character.charCount(c);
            if (!Character.isLetter(c) || dot >= word.length() || word.charAt(dot) != '.') {
                return false;
            }
            letters++;
            i = dot + 1;
        }
        return letters >= 2;
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        String s = text.substring(start, end).strip();
        if (!s.isEmpty()) {
            out.add(new Sentence(s, start));
        }
    }
}
