package org.docs2kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits reader-visible text into sentences. A sentence ends at '.', '!' or '?' followed by
 * white space and a capital letter, digit, quote or bracket, or at the end of the text; an
 * abbreviation ("e.g.", "i.e.", "etc." before lower case) or a version number ("TLS 1.2") never
 * ends one.
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
            if ((c == '.' || c == '!' || c == '?') && endsSentence(text, i)) {
                add(result, text, start, i + 1);
                start = skipSpace(text, i + 1);
                i = start - 1;
            }
        }
        add(result, text, start, text.length());
        return result;
    }

    private static boolean endsSentence(String text, int dot) {
        int next = dot + 1;
        // Closing quotes or brackets directly after the stop belong to the sentence.
        while (next < text.length() && "\"'”’)".indexOf(text.charAt(next)) >= 0) {
            next++;
        }
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
        return word.matches("(\\p{L}\\.){2,}") || (ABBREVIATIONS.contains(word) && !word.equals("etc."));
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
