package org.docs2kg.rdf;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The serialisations export can write. All but JSON-LD are written as a stream. */
public enum OutputFormat {
    TURTLE("turtle", RDFFormat.TURTLE_BLOCKS, Lang.TURTLE, false, "ttl"),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES, Lang.NTRIPLES, false, "nt"),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, Lang.TRIG, true, "trig"),
    NQUADS("nquads", RDFFormat.NQUADS, Lang.NQUADS, true, "nq"),
    JSONLD("jsonld", RDFFormat.JSONLD11, Lang.JSONLD11, false, "jsonld");

    private final String name;
    private final RDFFormat format;
    private final Lang lang;
    private final boolean quads;
    private final String extension;

    OutputFormat(String name, RDFFormat format, Lang lang, boolean quads, String extension) {
        this.name = name;
        this.format = format;
        this.lang = lang;
        this.quads = quads;
        this.extension = extension;
    }

    public String formatName() {
        return name;
    }

    public RDFFormat rdfFormat() {
        return format;
    }

    public Lang lang() {
        return lang;
    }

    /** Whether each guide goes into a named graph of its own. */
    public boolean isQuads() {
        return quads;
    }

    public boolean isStreaming() {
        return this != JSONLD;
    }

    public String extension() {
        return extension;
    }

    public static Optional<OutputFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "");
        return Arrays.stream(values()).filter(f -> f.name.equals(n) || f.extension.equals(n)).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
