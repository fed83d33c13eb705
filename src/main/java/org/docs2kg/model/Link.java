package org.docs2kg.model;

/** A link as written on a page: visible text, destination as written, 1-based line. */
public record Link(String text, String destination, int line) {
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    /** True for links that leave the guide (a scheme such as http:, mailto:, file:). */
    public boolean isExternal() {
        return SCHEME.matcher(destination).matches();
    }

    /**
     * The file part of a relative link, percent-decoded ("my%20page.md#anchor" → "my page.md"), or
     * empty for an external link.
     */
    public String targetFile() {
        if (isExternal()) {
            return "";
        }
        int hash = destination.indexOf('#');
        String file = hash >= 0 ? destination.substring(0, hash) : destination;
        int query = file.indexOf('?');
        return percentDecoded(query >= 0 ? file.substring(0, query) : file);
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
