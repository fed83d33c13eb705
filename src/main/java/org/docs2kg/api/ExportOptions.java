package org.docs2kg.api;

import org.docs2kg.rdf.OutputFormat;
import org.docs2kg.vocab.Iris;

/**
 * How to export.
 *
 * @param format   serialisation
 * @param baseIri  base of every minted data IRI
 * @param parallel parse a guide's pages on all cores (output is identical either way)
 * @param strict   fail (and write no file) when the input gave any warning
 * @param stdinSyntax the RDF syntax of an input named "-", standard input (Turtle unless told)
 */
public record ExportOptions(OutputFormat format, String baseIri, boolean parallel, boolean strict,
                            org.apache.jena.riot.Lang stdinSyntax) {

    public static ExportOptions defaults() {
        return new ExportOptions(OutputFormat.TURTLE, Iris.DEFAULT_BASE, true, false, org.apache.jena.riot.Lang.TURTLE);
    }

    public ExportOptions withStdinSyntax(org.apache.jena.riot.Lang lang) {
        return new ExportOptions(format, baseIri, parallel, strict, lang);
    }

    public ExportOptions withFormat(OutputFormat f) {
        return new ExportOptions(f, baseIri, parallel, strict, stdinSyntax);
    }

    public ExportOptions withBaseIri(String b) {
        return new ExportOptions(format, b, parallel, strict, stdinSyntax);
    }

    public ExportOptions withParallel(boolean p) {
        return new ExportOptions(format, baseIri, p, strict, stdinSyntax);
    }

    public ExportOptions withStrict(boolean s) {
        return new ExportOptions(format, baseIri, parallel, s, stdinSyntax);
    }
}
