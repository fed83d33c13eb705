package org.docs2kg.cli;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The values shell completion offers for options (picocli's completionCandidates), each list
 * taken from the code that accepts the values, so completion and the commands cannot disagree.
 */
final class CompletionValues {

    private CompletionValues() {
    }

    /** export --format. */
    static final class ExportFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(org.docs2kg.rdf.OutputFormat.values()).map(org.docs2kg.rdf.OutputFormat::formatName).iterator();
        }
    }

    /** query --format. */
    static final class QueryFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(org.docs2kg.query.ResultFormat.values()).map(Object::toString).iterator();
        }
    }

    /** diff --format. */
    static final class DiffFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(org.docs2kg.diff.DiffWriter.Format.values())
                    .map(f -> f.name().toLowerCase(java.util.Locale.ROOT)).iterator();
        }
    }

    /** oscal --format. */
    static final class OscalFormats implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(org.docs2kg.oscal.OscalFormat.values()).map(org.docs2kg.oscal.OscalFormat::extension).iterator();
        }
    }

    /** query --named. */
    static final class NamedQueryNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return org.docs2kg.query.NamedQueries.list().keySet().iterator();
        }
    }

    /** --syntax: the names its usage error lists too. */
    static final class Syntaxes implements Iterable<String> {
        static final List<String> NAMES = List.of("turtle", "ntriples", "nquads", "trig", "jsonld", "rdfxml");

        @Override
        public Iterator<String> iterator() {
            return NAMES.iterator();
        }
    }
}
