package org.docs2kg.rdf;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The serialisations export can write. All but JSON-LD and RDF/XML are written as a stream. */
public enum OutputFormat {
    TURTLE("turtle", RDFFormat.TURTLE_BLOCKS, Lang.TURTLE, false, "ttl"),
    NTRIPLES("ntriples", RDFFormat.NTRIPLES, Lang.NTRIPLES, false, "nt"),
    TRIG("trig", RDFFormat.TRIG_BLOCKS, Lang.TRIG, true, "trig"),
    NQUADS("nquads", RDFFormat.NQUADS, Lang.NQUADS, true, "nq"),
    JSONLD("jsonld", RDFFormat.JSONLD11, Lang.JSONLD11, false, "jsonld"),
    RDFXML("rdfxml", RDFFormat.RDFXML_PLAIN, Lang.RDFXML, false, "rdf");

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
        return this != JSONLD && this != RDFXML;
    }

    public String extension() {
        return extension;
    }

    /** By name or extension, as riot spells them too: "turtle", "ttl", "N-Triples", "nt", "RDF/XML", "rdf", "json-ld". */
    public static Optional<OutputFormat> byName(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("/", "");
        if (n.equals("xml") || n.equals("owl")) {
            return Optional.of(RDFXML);
        }
        return Arrays.stream(values()).filter(f -> f.name.equals(n) || f.extension.equals(n)).findFirst();
    }

    /** The format a file name's extension says (corpus.nt: N-Triples), if it says one. */
    public static Optional<OutputFormat> byFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot <= 0 || dot == fileName.length() - 1 ? Optional.empty() : byName(fileName.substring(dot + 1))
                .filter(f -> !fileName.substring(dot + 1).contains("/"));
    }

    @Override
    public String toString() {
        return name;
    }
}
