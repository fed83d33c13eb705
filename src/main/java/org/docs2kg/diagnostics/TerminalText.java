package org.docs2kg.diagnostics;

/**
 * Text from documents, file names and RDF made safe for a terminal: C0 control characters (escape
 * sequences start with one) and DEL are shown as their Unicode control pictures ("␛", "␇"), C1
 * controls and bidirectional overrides as {@code <U+202E>}, instead of being sent raw. A crafted file name or literal could otherwise erase
 * its own warning, print a fake summary line, set the window title or clear the screen. Only what
 * goes to a terminal (messages, the {@code table} format) is escaped; csv, tsv, json and RDF stay
 * byte-exact.
 */
public final class TerminalText {
    private TerminalText() {
    }

    public static String safe(String s) {
        if (s == null) {
            return "";
        }
        int i = 0;
        while (i < s.length() && !unsafe(s.charAt(i))) {
            i++;
        }
        if (i == s.length()) {
            return s; // the common case
        }
        StringBuilder sb = new StringBuilder(s.length() + 16).append(s, 0, i);
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!unsafe(c)) {
                sb.append(c);
            } else if (c < 0x20) {
                sb.append((char) (0x2400 + c));
            } else if (c == 0x7f) {
                sb.append('\u2421');
            } else {
                sb.append(String.format("<U+%04X>", (int) c));
            }
        }
        return sb.toString();
    }

    private static boolean unsafe(char c) {
        return c < 0x20 || c >= 0x7f && c < 0xa0 || c >= 0x202a && c <= 0x202e || c >= 0x2066 && c <= 0x2069;
    }
}
