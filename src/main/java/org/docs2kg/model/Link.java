package org.docs2kg.model;

/** A link as written on a page: visible text, destination as written, 1-based line. */
public record Link(String text, String destination, int line) {
    /**
     * True for links that leave the guide (a scheme such as http:, mailto:, file:): the destination
     * starts with a letter, then letters, digits, '+', '.' or '-' up to a ':', and has no line break.
     * (A scan, not a regular expression: it runs twice for each of the corpus's links.)
     */
    public boolean isExternal() {
        String d = destination;
        if (d.isEmpty() || !isAsciiLetter(d.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < d.length() && isSchemeChar(d.charAt(i))) {
            i++;
        }
        if (i == d.length() || d.charAt(i) != ':') {
            return false;
        }
        for (int j = i + 1; j < d.length(); j++) {
            char c = d.charAt(j);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return false;
            }
        }
        return true;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isSchemeChar(char c) {
        return isAsciiLetter(c) || (c >= '0' && c <= '9') || c == '+' || c == '.' || c == '-';
    }

    /**
     * The file part of a relative link, percent-decoded and normalised ("my%20page.md#anchor" →
     * "my page.md", "./security.md" → "security.md", "sub/../x.md" → "x.md"), or empty for an
     * external link. A link that climbs out of the guide folder keeps its ".." and so names no page.
     */
    public String targetFile() {
        if (isExternal()) {
            return "";
        }
        int hash = destination.indexOf('#');
        String file = hash >= 0 ? destination.substring(0, hash) : destination;
        int query = file.indexOf('?');
        return normalised(percentDecoded(query >= 0 ? file.substring(0, query) : file));
    }

    /** "." segments dropped and "x/.." folded, as a file system would; nothing else changed. */
    static String normalised(String path) {
        if (!path.startsWith("./") && !path.contains("/./") && !path.contains("..") && !path.contains("//")
                && !path.endsWith("/.")) {
            return path; // the common case, unchanged and cheap
        }
        java.util.ArrayDeque<String> out = new java.util.ArrayDeque<>();
        int climbs = 0;
        for (String seg : path.split("/", -1)) {
            if (seg.equals(".") || seg.isEmpty() && !out.isEmpty()) {
                continue;
            }
            if (seg.equals("..")) {
                if (!out.isEmpty()) {
                    out.removeLast();
                } else {
                    climbs++;
                }
                continue;
            }
            out.addLast(seg);
        }
        String inside = String.join("/", out);
        return "../".repeat(climbs) + inside;
    }

    /** RFC 3986 percent-decoding as UTF-8 ('+' stays '+'); a malformed escape is kept as written. */
    static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int hi = i + 2 < s.length() && c == '%' ? Character.digit(s.charAt(i + 1), 16) : -1;
            int lo = hi >= 0 ? Character.digit(s.charAt(i + 2), 16) : -1;
            if (lo >= 0) {
                bytes.write(hi * 16 + lo);
                i += 2;
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
