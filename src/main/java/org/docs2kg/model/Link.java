package org.docs2kg.model;

/** A link as written on a page: visible text, destination as written, 1-based line. */
public record Link(String text, String destination, int line) {
    private static final java.util.regex.Pattern SCHEME = java.util.regex.Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");

    /** True for links that leave the guide (a scheme such as http:, mailto:, file:). */
    public boolean isExternal() {
        return SCHEME.matcher(destination).matches();
    }

    /** The file part of a relative link ("page.md#anchor" → "page.md"), or empty. */
    public String targetFile() {
        if (isExternal()) {
            return "";
        }
        int hash = destination.indexOf('#');
        String file = hash >= 0 ? destination.substring(0, hash) : destination;
        int query = file.indexOf('?');
        return query >= 0 ? file.substring(0, query) : file;
    }
}
