package org.docs2kg.cli;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.docs2kg.api.GraphInputs;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.query.GuideScope;
import org.docs2kg.query.NamedQueries;
import org.docs2kg.query.QueryRunner;
import org.docs2kg.query.ResultFormat;
import org.docs2kg.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code docs2kg query}: SPARQL over exported files (or guides, exported on the fly). */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over RDF files written by export, "
                + "or over Markdown guides exported on the fly. All graphs of the input are queried as one."},
        footer = {"", "Examples:",
            "  docs2kg query --list",
            "  docs2kg query corpus.ttl --named responsibilities --format csv",
            "  docs2kg query corpus.ttl --query 'SELECT (COUNT(*) AS ?n) { ?s a dk:Statement }'",
            "  docs2kg query --store ./kg --named topics --graph aws-app-runner-developer-guide",
            "", "Prefixes dk:, dkt:, dcterms:, skos:, prov:, rdf:, rdfs:, owl: and xsd: are predefined."})
public final class QueryCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CommonOptions common;

    @Parameters(arity = "0..*", paramLabel = "<input>",
            description = "RDF files (.ttl, .nt, .trig, .nq, .jsonld, .rdf), '-' for standard input (see --syntax), "
                    + "or Markdown guides/files.")
    List<Path> inputs = List.of();

    @CommandLine.Mixin
    StoreOptions storeOptions;

    @Option(names = "--graph", paramLabel = "GUIDE-ID",
            description = "Only this guide. A named query with a guide column gives this guide's rows, still "
                    + "computed over all the data (specific compares with every other guide); any other query sees "
                    + "only the guide's graph and the vocabulary. Works on stores, endpoints, guides and exports "
                    + "(your own query on an export needs TriG or N-Quads, which keep a graph per guide).")
    String graph;

    @CommandLine.Mixin
    InputSyntaxOption inputSyntax;

    @CommandLine.Mixin
    BaseIriOption baseIri;

    static final class QuerySource {
        @Option(names = "--query", paramLabel = "SPARQL", description = "The query text.")
        String text;

        @Option(names = "--file", paramLabel = "FILE", description = "Read the query from FILE (.rq).")
        Path file;

        @Option(names = {"-n", "--named"}, paramLabel = "NAME", completionCandidates = CompletionValues.NamedQueryNames.class, description = "A query that ships with docs2kg (see --list).")
        String named;

        @Option(names = "--list", description = "List the named queries and exit.")
        boolean list;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    QuerySource source;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", completionCandidates = CompletionValues.QueryFormats.class,
            description = "table, csv, tsv or json for SELECT/ASK (default: table); turtle, ntriples, jsonld or rdfxml "
                    + "for CONSTRUCT/DESCRIBE (default: turtle). A format the query's form cannot take is a usage error.")
    String format;

    @Option(names = "--param", paramLabel = "NAME=VALUE", mapFallbackValue = "",
            description = "Give the query variable ?NAME this value before it runs (repeatable): a number, an "
                    + "<iri>, or a string. Named queries document theirs: specific takes maxGuides (default 3).")
    java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        if (source.list) {
            for (Map.Entry<String, String> e : NamedQueries.list().entrySet()) {
                out.printf("%-18s %s%n", e.getKey(), e.getValue());
            }
            out.flush();
            return ExitCodes.OK;
        }
        ResultFormat given = format == null ? null : ResultFormat.byName(format).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "Unknown format '" + format + "' (table, csv, tsv, json, turtle, ntriples, jsonld, rdfxml)"));
        storeOptions.requireInputsOrStore(inputs, "RDF files or guides to query");
        if (graph != null && graph.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--graph: empty guide id");
        }
        Query query;
        try {
            query = QueryRunner.withParameters(parseQuery(), parameters);
        } catch (org.docs2kg.query.QueryParameters.InvalidParameter e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        ResultFormat rf = formatFor(query, given);
        // --graph: a named query's rows of one guide, counted against everything; otherwise the guide's graph alone
        // (GuideScope says why).
        Optional<Query> rowsOfGuide = graph == null || source.named == null || parameters.containsKey("guide")
                ? Optional.empty() : org.docs2kg.query.QueryParameters.forGuide(query, graph);
        Optional<String> scope = rowsOfGuide.isPresent() ? Optional.empty() : Optional.ofNullable(graph);
        OutputStream stream = Outputs.stdout(spec);
        long truncated;
        try {
            if (storeOptions.isSet()) {
                try (Store store = storeOptions.open(baseIri.iris(spec), true, System.getenv())) {
                    if (rowsOfGuide.isPresent()) {
                        requireGuide(store);
                    }
                    truncated = store.query(rowsOfGuide.orElse(query), scope, rf, stream, storeOptions.timeout());
                }
            } else {
                Dataset data = GraphInputs.load(inputs, inputSyntax.readOptions(spec, baseIri.iris(spec), inputs),
                        Outputs.diagnostics(spec, common));
                if (rowsOfGuide.isPresent()) {
                    GuideScope.requireGuide(data, graph);
                }
                if (scope.isPresent()) {
                    data = GuideScope.graphOf(data, baseIri.iris(spec), graph);
                }
                truncated = QueryRunner.run(rowsOfGuide.orElse(query), data, rf, stream, storeOptions.timeout());
            }
        } catch (Docs2KgException e) {
            // A query too deep for the engine: say which query (the parser's errors name it already).
            throw e.getCause() instanceof StackOverflowError ? new Docs2KgException(origin() + ": " + e.getMessage(), e) : e;
        } catch (StackOverflowError e) {
            throw new Docs2KgException(origin() + ": " + org.docs2kg.query.QueryRunner.TOO_DEEP, e);
        }
        Outputs.finish(spec, stream);
        if (truncated > 0) {
            spec.commandLine().getErr().printf("docs2kg: the table shows the first %,d rows only: "
                    + "use --format csv, tsv or json for every row%n", QueryRunner.TABLE_ROWS);
        }
        return ExitCodes.OK;
    }

    /** The store (or endpoint) holds the guide: its CSV answer has a row under the header. */
    private void requireGuide(Store store) {
        java.io.ByteArrayOutputStream rows = new java.io.ByteArrayOutputStream();
        store.query(GuideScope.guideQuery(graph), Optional.empty(), ResultFormat.CSV, rows, storeOptions.timeout());
        if (rows.toString(StandardCharsets.UTF_8).lines().count() < 2) {
            throw new Docs2KgException("--graph " + graph + ": no guide '" + graph + "' in the store");
        }
    }

    /** The format asked for when it fits the query's form (a table for answers, RDF for graphs), else a usage error. */
    private ResultFormat formatFor(Query query, ResultFormat given) {
        boolean graphForm = query.isConstructType() || query.isDescribeType();
        if (given == null) {
            return graphForm ? ResultFormat.TURTLE : ResultFormat.TABLE;
        }
        if (given.isGraphFormat() != graphForm) {
            String form = query.isSelectType() ? "SELECT" : query.isAskType() ? "ASK"
                    : query.isConstructType() ? "CONSTRUCT" : "DESCRIBE";
            throw new CommandLine.ParameterException(spec.commandLine(), "--format " + given + " does not fit a "
                    + form + " query: " + (graphForm ? "use turtle, ntriples, jsonld or rdfxml" : "use table, csv, tsv or json"));
        }
        return given;
    }

    /** How messages name the query: its file, the named query, or --query. */
    private String origin() {
        return source.named != null ? "named query " + source.named : source.file != null ? source.file.toString() : "--query";
    }

    private Query parseQuery() throws IOException {
        if (source.named != null) {
            return QueryRunner.parse(NamedQueries.text(source.named), "named query " + source.named);
        }
        if (source.file != null) {
            if (!Files.isRegularFile(source.file)) {
                throw new Docs2KgException(source.file + (Files.exists(source.file) ? ": not a regular file"
                        : ": no such query file"));
            }
            return QueryRunner.parse(Files.readString(source.file, StandardCharsets.UTF_8), source.file.toString());
        }
        // arq's --query=FILE reads a file; here --query is the text and --file the file.
        if (!source.text.isBlank() && !source.text.contains("{") && source.text.strip().indexOf(' ') < 0) {
            try {
                if (Files.isRegularFile(Path.of(source.text.strip()))) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--query takes the query text; "
                            + source.text.strip() + " is a file: use --file " + source.text.strip() + " (arq's --query=FILE)");
                }
            } catch (java.nio.file.InvalidPathException e) {
                // not a file name: parse it as a query
            }
        }
        return QueryRunner.parse(source.text, "--query");
    }
}
