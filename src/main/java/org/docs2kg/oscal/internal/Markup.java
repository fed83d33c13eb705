package org.docs2kg.oscal.internal;

/**
 * Document text made safe for OSCAL's markup fields (Markdown in JSON and YAML) and string
 * fields. A statement is plain text as a reader saw it; in a markup field its "*", "_", "[" or
 * "{{ insert: … }}" would otherwise become emphasis, links or parameter insertions, so Markdown's
 * punctuation is escaped with a backslash (CommonMark allows that before any ASCII punctuation).
 * Control characters and bidirectional overrides are dropped: a GRC tool shows this text to
 * people, and an override would reverse what they read.
 */
public final class Markup {
    private static final String ESCAPED = "\\`*_{}[]<>#|!~";

    private Markup() {
    }

    /** The text as one line of plain text: no control characters, whitespace collapsed, trimmed. */
    public static String plain(String text) {
        StringBuilder sb = new StringBuilder(text.length());
        boolean space = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = sb.length() > 0;
                continue;
            }
            // Lone surrogates too: they cannot be written as UTF-8.
            int type = Character.getType(c);
            if (type == Character.CONTROL || type == Character.SURROGATE || isBidiControl(c) || c == 0xFEFF) {
                continue;
            }
            if (space) {
                sb.append(' ');
                space = false;
            }
            sb.appendCodePoint(c);
        }
        return sb.toString();
    }

    /** The text as Markdown that reads as the text itself. */
    public static String markdown(String text) {
        String plain = plain(text);
        StringBuilder sb = new StringBuilder(plain.length() + 16);
        for (int i = 0; i < plain.length(); i++) {
            char c = plain.charAt(i);
            if (ESCAPED.indexOf(c) >= 0 || i == 0 && (c == '-' || c == '+' || c == '=')) {
                sb.append('\\');
            }
            sb.append(c);
        }
        // "1. " or "1) " at the start would begin an ordered list.
        int digits = 0;
        while (digits < sb.length() && Character.isDigit(sb.charAt(digits))) {
            digits++;
        }
        if (digits > 0 && digits < sb.length() && (sb.charAt(digits) == '.' || sb.charAt(digits) == ')')) {
            sb.insert(digits, '\\');
        }
        return sb.toString();
    }

    private static boolean isBidiControl(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F
                || c == 0x061C;
    }
}
