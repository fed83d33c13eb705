package org.docs2kg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIs;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Mints every data IRI docs2kg writes. This is the only place that builds them, so that their
 * shape ({@code <base>guide/<guide>/page/<page>} …) stays stable and always valid: every path
 * segment taken from input is percent-encoded, whatever characters the file names hold.
 */
public final class Iris {
    public static final String DEFAULT_BASE = "https://w3id.org/docs2kg/id/";

    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^\\p{L}\\p{N}]+");

    private final String base;

    public Iris(String base) {
        String b = base.endsWith("/") || base.endsWith("#") ? base : base + "/";
        try {
            if (!IRIs.check(b) || !IRIs.reference(b).isAbsolute()) {
                throw new IllegalArgumentException("base IRI is not an absolute IRI: " + base);
            }
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("base IRI is not an absolute IRI: " + base);
        }
        this.base = b;
    }

    public static Iris defaults() {
        return new Iris(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    /**
     * A guide id is a relative folder path ("amazon-elasticache-docs/redis"); it becomes one IRI
     * segment, its slashes percent-encoded, so that guide "x/page/y" and page y.md of guide "x"
     * can never share an IRI.
     */
    public Node guide(String guideId) {
        return uri("guide/" + oneSegment(guideId));
    }

    /** True for a node {@link #guide} could have minted: a guide's IRI, which is also its graph's name in a store. */
    public boolean isGuide(Node node) {
        if (!node.isURI()) {
            return false;
        }
        String prefix = base + "guide/";
        String iri = node.getURI();
        return iri.startsWith(prefix) && iri.length() > prefix.length() && iri.indexOf('/', prefix.length()) < 0;
    }

    public Node page(String guideId, String fileName) {
        return uri("guide/" + oneSegment(guideId) + "/page/" + oneSegment(stripMd(fileName)));
    }

    public Node section(String guideId, String fileName, int ordinal) {
        return section(page(guideId, fileName), ordinal);
    }

    /** A section of {@code page}, a node {@link #page(String, String)} made (so that it is not encoded again). */
    public Node section(Node page, int ordinal) {
        return NodeFactory.createURI(page.getURI() + "/section/" + ordinal);
    }

    public Node statement(String guideId, String fileName, int line, int ordinalInLine) {
        return statement(page(guideId, fileName), line, ordinalInLine);
    }

    /** A statement of {@code page}, a node {@link #page(String, String)} made. */
    public Node statement(Node page, int line, int ordinalInLine) {
        return NodeFactory.createURI(page.getURI() + "/statement/" + line + "-" + ordinalInLine);
    }

    /** The named graph that holds the vocabulary (taxonomy, parties …) in a store. */
    public Node vocabularyGraph() {
        return uri("graph/vocabulary");
    }

    /**
     * The named graph a plain-triples RDF file is loaded into: its name and a digest of its real
     * path ({@code graph/file/notes.ttl-3f2a9c1e07b4}), so reloading the same file replaces its
     * graph and two files that share a name ({@code a/notes.ttl}, {@code b/notes.ttl}) never do.
     */
    public Node fileGraph(java.nio.file.Path file) {
        java.nio.file.Path real;
        try {
            real = file.toRealPath();
        } catch (java.io.IOException e) {
            real = file.toAbsolutePath().normalize();
        }
        String name = file.getFileName() == null ? "file" : org.docs2kg.source.FileNames.name(file);
        return uri("graph/file/" + segment(name + "-" + hash(real.toUri().toString(), 6)));
    }

    public Node service(String name) {
        return uri("service/" + nameSlug(name));
    }

    public Node complianceProgram(String name) {
        return uri("compliance/" + nameSlug(name));
    }

    /** A version of the documentation compared by `diff`, named by a hash of where it came from. */
    public Node version(String label) {
        return uri("version/" + hash(label));
    }

    /** The change set between two versions. */
    public Node changeSet(String oldLabel, String newLabel) {
        return uri("changeset/" + hash(oldLabel + "\u0000" + newLabel));
    }

    /** One change, named by a hash of everything it says. */
    public Node change(String content) {
        return uri("change/" + hash(content));
    }

    /** A statement template, named by a hash of its text: the same text gives the same IRI everywhere. */
    public Node template(String templateText) {
        return uri("template/" + hash(templateText));
    }

    /** The first 128 bits of SHA-256, in hex: names for things that are their content. */
    private static String hash(String content) {
        return hash(content, 16);
    }

    /** The first {@code bytes} bytes of the SHA-256 of {@code content}, in hex. */
    private static String hash(String content, int bytes) {
        try {
            byte[] hash = java.security.MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
            return java.util.HexFormat.of().formatHex(hash, 0, bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    private Node uri(String relative) {
        return NodeFactory.createURI(base + relative);
    }

    private static String stripMd(String fileName) {
        return fileName.endsWith(".md") ? fileName.substring(0, fileName.length() - 3) : fileName;
    }

    /** Lower-case words joined by '-': "AWS Key Management Service" → "aws-key-management-service". */
    static String nameSlug(String name) {
        String s = NOT_LETTER_OR_DIGIT.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
        int from = s.startsWith("-") ? 1 : 0;
        s = s.substring(from, Math.max(from, s.endsWith("-") ? s.length() - 1 : s.length()));
        return s.isEmpty() ? "_" : segment(s);
    }

    /** One path segment, every reserved character encoded; empty, "." and ".." cannot occur. */
    static String oneSegment(String s) {
        if (s.isEmpty()) {
            return "_";
        }
        return s.equals(".") || s.equals("..") ? s.replace(".", "%2E") : segment(s);
    }

    /** Keeps RFC 3986 unreserved characters, percent-encodes the UTF-8 bytes of all others. */
    static String segment(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '.' || c == '_' || c == '~') {
                sb.append((char) c);
            } else {
                sb.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }
}
