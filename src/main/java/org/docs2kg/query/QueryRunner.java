package org.docs2kg.query;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.vocab.Namespaces;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.QueryCancelledException;

/** Parses a SPARQL query, runs it over a dataset and prints the result in a chosen format. */
public final class QueryRunner {

    private QueryRunner() {
    }

    /** Parses {@code text}; a syntax error is reported with its line and column in {@code origin}. */
    public static Query parse(String text, String origin) {
        if (text == null || text.isBlank() || text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            throw new Docs2KgException(origin + ": the query is empty");
        }
        try {
            Query q = parseOnLargeStack(text);
            int depth = QueryDepth.of(q);
            if (depth > QueryDepth.MAX) {
                throw new Docs2KgException(origin + ": " + QueryDepth.message(depth));
            }
            return q;
        } catch (QueryParseException e) {
            throw new Docs2KgException(syntaxError(e, origin), e);
        } catch (Docs2KgException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new Docs2KgException(origin + ": bad SPARQL query: " + firstLine(e.getMessage()), e);
        } catch (StackOverflowError e) {
            throw new Docs2KgException(origin + ": " + TOO_DEEP, e);
        }
    }

    /** The parser's stack: Jena's parser recurses per nesting level, and how deep a thread's own stack lets it go depends on the JIT. */
    private static final long PARSER_STACK_BYTES = 64L * 1024 * 1024;

    /**
     * Parses on a thread of its own with a large stack, so that whether a deeply nested (but
     * allowed) query parses does not depend on the caller's stack or the JIT's frame sizes.
     */
    private static Query parseOnLargeStack(String text) {
        Query q = new Query();
        // The standard prefixes are predefined, so queries need not declare dk:, skos: …
        q.setPrefixMapping(org.apache.jena.shared.PrefixMapping.Factory.create().setNsPrefixes(Namespaces.standard()));
        try {
            org.docs2kg.io.LargeStack.call("docs2kg-sparql-parser", PARSER_STACK_BYTES,
                    () -> QueryFactory.parse(q, text, null, Syntax.syntaxARQ));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Docs2KgException("interrupted while parsing a query");
        }
        return q;
    }

    /** What a stack overflow in Jena's parser or engine means for the user. */
    public static final String TOO_DEEP = "the query is nested too deeply (or has too many UNION, OPTIONAL or || "
            + "parts in a row) for the SPARQL engine: split it";

    /**
     * Runs the query over a dataset and writes the result to {@code out}. Datasets made by
     * {@code GraphInputs} (through {@link RdfFiles#unionSink}) hold every triple in their default
     * graph as well as in its named graph, so queries see the union and GRAPH still works.
     */
    public static long run(Query query, Dataset dataset, ResultFormat format, OutputStream out, Duration timeout) {
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(query)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            return print(query, qe, format, out);
        }
    }

    /** Runs the query over one graph (the default graph of the query) and writes the result. */
    public static long run(Query query, org.apache.jena.graph.Graph graph, ResultFormat format, OutputStream out,
                           Duration timeout) {
        return run(query, DatasetFactory.wrap(DatasetGraphFactory.wrap(graph)), format, out, timeout);
    }

    /**
     * A SELECT's rows as variable → lexical form (IRIs as strings), for views that compute on
     * results (diff, report) rather than print them.
     */
    public static java.util.List<Map<String, String>> rows(Dataset data, String sparql, String origin) {
        java.util.List<Map<String, String>> rows = new java.util.ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(data).query(parse(sparql, origin)).build()) {
            qe.execSelect().forEachRemaining(s -> {
                Map<String, String> r = new java.util.TreeMap<>();
                s.varNames().forEachRemaining(v -> {
                    org.apache.jena.rdf.model.RDFNode n = s.get(v);
                    r.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
                });
                rows.add(r);
            });
        }
        return rows;
    }

    /** The most rows the {@code table} format shows: it must see every row before printing the first. */
    public static final int TABLE_ROWS = 10_000;

    /**
     * Executes {@code qe} (local or remote) and prints its result in {@code format}. Returns 1 when
     * the {@code table} format left rows out, else 0 (every other format streams every row).
     */
    public static long print(Query query, QueryExecution qe, ResultFormat format, OutputStream out) {
        requireReadOnly(query);
        try {
            if (query.isSelectType()) {
                ResultSet rs = qe.execSelect();
                switch (format) {
                    case CSV -> ResultSetFormatter.outputAsCSV(out, rs);
                    case TSV -> ResultSetFormatter.outputAsTSV(out, rs);
                    case JSON -> ResultSetFormatter.outputAsJSON(out, rs);
                    default -> {
                        CappedResultSet capped = new CappedResultSet(rs, TABLE_ROWS);
                        ResultSetFormatter.out(out, capped, query.getPrefixMapping());
                        return capped.truncated() ? 1 : 0;
                    }
                }
            } else if (query.isAskType()) {
                boolean b = qe.execAsk();
                switch (format) {
                    case CSV -> ResultSetFormatter.outputAsCSV(out, b);
                    case TSV -> ResultSetFormatter.outputAsTSV(out, b);
                    case JSON -> ResultSetFormatter.outputAsJSON(out, b);
                    default -> {
                        PrintStream ps = new PrintStream(out, true, StandardCharsets.UTF_8);
                        ps.println(b ? "yes" : "no");
                        ps.flush();
                    }
                }
            } else {
                Model m = query.isConstructType() ? qe.execConstruct() : qe.execDescribe();
                m.setNsPrefixes(Namespaces.standard());
                RDFFormat f = switch (format) {
                    case NTRIPLES, CSV, TSV -> RDFFormat.NTRIPLES;
                    case JSONLD, JSON -> RDFFormat.JSONLD11;
                    case RDFXML -> RDFFormat.RDFXML_PLAIN;
                    default -> RDFFormat.TURTLE_PRETTY;
                };
                RDFDataMgr.write(out, m, f);
            }
        } catch (Docs2KgException e) {
            throw e;
        } catch (QueryCancelledException e) {
            throw new Docs2KgException("query cancelled: it ran longer than the timeout (--timeout)", e);
        } catch (RuntimeException e) {
            throw new Docs2KgException("query failed: " + firstLine(e.getMessage()), e);
        } catch (StackOverflowError e) {
            throw new Docs2KgException("query failed: " + TOO_DEEP, e);
        }
        return 0;
    }

    /** The query with variables replaced by values: see {@link QueryParameters#apply}. */
    public static Query withParameters(Query query, Map<String, String> parameters) {
        return QueryParameters.apply(query, parameters);
    }

    /** Only queries run here: SPARQL Update is refused before anything is executed. */
    public static void requireReadOnly(Query query) {
        if (!(query.isSelectType() || query.isAskType() || query.isConstructType() || query.isDescribeType())) {
            throw new Docs2KgException("only SELECT, ASK, CONSTRUCT and DESCRIBE queries can be run");
        }
    }

    private static final Pattern AT_LINE = Pattern.compile("at line (\\d+), column (\\d+)");
    private static final Pattern LEADING_POSITION = Pattern.compile("^Line \\d+, column \\d+: ");

    /** "origin:line:col: SPARQL syntax error: …", with the position of the offending token. */
    static String syntaxError(QueryParseException e, String origin) {
        String message = firstLine(e.getMessage());
        long line = e.getLine();
        long col = e.getColumn();
        Matcher m = AT_LINE.matcher(message);
        if (m.find()) {
            // JavaCC's message names the token that broke the parse; the exception's own position can be earlier.
            line = Long.parseLong(m.group(1));
            col = Long.parseLong(m.group(2));
        }
        message = LEADING_POSITION.matcher(message).replaceFirst("");
        if (message.isBlank()) {
            // Jena's parser gives up without a word on some deep nestings (800 parentheses).
            message = "the parser stopped without a message (nested too deeply?)";
        }
        String where = line > 0 ? origin + ":" + line + ":" + col : origin;
        return where + ": SPARQL syntax error: " + message;
    }

    /** The first line of a (possibly multi-line) message. */
    public static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        return (nl >= 0 ? s.substring(0, nl) : s).strip();
    }
}
