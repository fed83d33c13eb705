package org.docs2kg.query;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFParserRegistry;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.docs2kg.diagnostics.Docs2KgException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads user-supplied RDF files. Every parse problem, whatever Jena throws for it, becomes one
 * {@link Docs2KgException} naming file, line and column.
 */
public final class RdfFiles {

    private RdfFiles() {
    }

    /** "-": standard input, as riot and most Unix tools read it. */
    public static boolean isStdin(Path input) {
        return input.toString().equals("-");
    }

    /** The RDF syntax of an input: {@code stdinSyntax} for "-", else as {@link #langOf(Path)} judges it. */
    public static Optional<Lang> langOf(Path input, Lang stdinSyntax) {
        return isStdin(input) ? Optional.of(stdinSyntax) : langOf(input);
    }

    /** An RDF syntax by the name riot's --syntax takes ("turtle", "ttl", "N-Triples", "rdfxml", …). */
    public static Optional<Lang> syntax(String name) {
        Lang lang = RDFLanguages.nameToLang(name);
        if (lang == null) {
            lang = RDFLanguages.fileExtToLang(name);
        }
        return Optional.ofNullable(lang).filter(l -> l != Lang.RDFNULL && l != Lang.CSV && l != Lang.TSV
                && RDFParserRegistry.isRegistered(l));
    }

    /** Parses an input, "-" being standard input in {@code stdinSyntax} (named "<stdin>" in messages). */
    public static void parseInto(Path input, Lang stdinSyntax, StreamRDF sink) {
        if (!isStdin(input)) {
            parseInto(input, sink);
            return;
        }
        parse(RDFParser.source(System.in), STDIN_LABEL, stdinSyntax, sink);
    }

    private static final Path STDIN_LABEL = Path.of("<stdin>");

    /** The RDF syntax of a file, judged by its extension; empty for anything else (Markdown). */
    public static Optional<Lang> langOf(Path file) {
        if (Files.isDirectory(file)) {
            return Optional.empty();
        }
        Lang lang = RDFLanguages.filenameToLang(file.getFileName().toString());
        return Optional.ofNullable(lang).filter(l -> l != Lang.RDFNULL && l != Lang.CSV);
    }

    /** A sink that adds every quad to its graph and to the default graph. */
    public static StreamRDF unionSink(DatasetGraph dsg) {
        return new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void triple(org.apache.jena.graph.Triple t) {
                dsg.getDefaultGraph().add(t);
            }

            @Override
            public void quad(org.apache.jena.sparql.core.Quad q) {
                if (!q.isDefaultGraph()) {
                    dsg.add(q);
                }
                dsg.getDefaultGraph().add(q.asTriple());
            }
        };
    }

    public static void parseInto(Path file, StreamRDF sink) {
        if (!Files.isRegularFile(file)) {
            throw new Docs2KgException(file + (Files.exists(file) ? ": not a regular file" : ": no such file"));
        }
        if (!Files.isReadable(file)) {
            throw new Docs2KgException(file + ": file is not readable");
        }
        Lang lang = langOf(file).orElseThrow(() -> new Docs2KgException(file + ": not an RDF file"
                + " (use .ttl, .nt, .trig, .nq, .jsonld, .rdf)"));
        parse(RDFParser.source(file), file, lang, sink);
    }

    private static void parse(org.apache.jena.riot.RDFParserBuilder source, Path file, Lang lang, StreamRDF sink) {
        try {
            org.apache.jena.riot.RDFParserBuilder parser = source.lang(lang).errorHandler(new FailFast(file))
                    .context(jsonLdWithoutFetching(file));
            parser.parse(sink);
        } catch (Docs2KgException e) {
            throw e;
        } catch (RiotParseException e) {
            throw new Docs2KgException(where(file, e.getLine(), e.getCol()) + ": " + e.getOriginalMessage(), e);
        } catch (RiotException e) {
            throw new Docs2KgException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException | StackOverflowError e) {
            // Jena 5 throws non-Riot exceptions for some inputs (e.g. a prefixed name ":%"): still bad input.
            throw new Docs2KgException(file + ": cannot parse as " + lang.getLabel() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    /**
     * Titanium (Jena's JSON-LD reader) logs through java.util.logging; its lines would reach the
     * terminal raw. Held here so that the setting is not collected with the logger.
     */
    private static final java.util.logging.Logger JSONLD_LOG = java.util.logging.Logger.getLogger("com.apicatalog");

    static {
        JSONLD_LOG.setLevel(java.util.logging.Level.OFF);
    }

    /**
     * A JSON-LD document is read without fetching anything: a remote or file {@code @context} or
     * {@code @import} is an error naming it. docs2kg's own JSON-LD is self-contained, and a
     * fetched context would read local files into the graph or let a slow server hold the command.
     */
    private static org.apache.jena.sparql.util.Context jsonLdWithoutFetching(Path file) {
        com.apicatalog.jsonld.JsonLdOptions options = new com.apicatalog.jsonld.JsonLdOptions(
                (url, loaderOptions) -> {
                    throw new com.apicatalog.jsonld.JsonLdError(
                            com.apicatalog.jsonld.JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                            "refusing to fetch " + url + " (docs2kg reads JSON-LD only with its contexts inline)");
                });
        options.setBase(file.toAbsolutePath().toUri());
        org.apache.jena.sparql.util.Context context = new org.apache.jena.sparql.util.Context();
        context.set(org.apache.jena.riot.lang.LangJSONLD11.JSONLD_OPTIONS, options);
        return context;
    }

    static String where(Path file, long line, long col) {
        return line > 0 ? file + ":" + line + (col > 0 ? ":" + col : "") : file.toString();
    }

    /** Turns Jena's warnings-and-errors callback into a first-error failure with a location. */
    private record FailFast(Path file) implements ErrorHandler {
        @Override
        public void warning(String message, long line, long col) {
            // Jena warns about e.g. unusual IRIs; those are not fatal for querying.
        }

        @Override
        public void error(String message, long line, long col) {
            throw new Docs2KgException(where(file, line, col) + ": " + message);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new Docs2KgException(where(file, line, col) + ": " + message);
        }
    }
}
