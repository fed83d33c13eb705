package org.docs2kg.report;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping and naming for the report's HTML: everything from the documents is text, never markup. */
final class Html {

    private Html() {
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * Document text, escaped and isolated: a right-to-left override (U+202E) in a sentence or a
     * service name would otherwise reverse the rest of its line, the file:line link included.
     */
    static String bdi(String s) {
        return "<bdi>" + esc(s) + "</bdi>";
    }

    /**
     * The HTML id of a guide's article: ASCII letters, digits and "-" as they are, every other
     * character as "_" and its code point in hex and "_" ("a.b" → "g-a_2e_b", "a_b" → "g-a_5f_b"),
     * so that two guide ids never share an anchor.
     */
    static String anchor(String guideId) {
        StringBuilder sb = new StringBuilder("g-");
        guideId.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                sb.append((char) c);
            } else {
                sb.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return sb.toString();
    }

    /**
     * A filtered view's address, "#service=…&amp;party=…" (escaped for an attribute), as the
     * script's decodeURIComponent reads it back; pairs of key and value, empty values left out.
     */
    static String filterHref(String... keysAndValues) {
        StringBuilder sb = new StringBuilder("#");
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] == null || keysAndValues[i + 1].isEmpty()) {
                continue;
            }
            if (sb.length() > 1) {
                sb.append("&amp;");
            }
            sb.append(keysAndValues[i]).append('=').append(esc(URLEncoder.encode(keysAndValues[i + 1],
                    StandardCharsets.UTF_8).replace("+", "%20")));
        }
        return sb.toString();
    }

    /** A cell's background: the darker, the more of what it shades by (0.04 when there is none). */
    static String shade(int value, int max) {
        double alpha = value == 0 ? 0.04 : 0.12 + 0.5 * value / Math.max(1, max);
        return "background: rgba(31,111,178," + String.format(java.util.Locale.ROOT, "%.3f", alpha) + ")";
    }

    static int num(java.util.Map<String, String> r, String key) {
        try {
            return Integer.parseInt(r.getOrDefault(key, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
