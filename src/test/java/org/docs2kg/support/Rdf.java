package org.docs2kg.support;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.api.Exporter;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.vocab.Namespaces;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Export-and-ask helpers: tests assert on SPARQL results, never on Turtle text. */
public final class Rdf {

    private Rdf() {
    }

    public static byte[] exportBytes(ExportOptions options, Path... inputs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(options).export(List.of(inputs), out, new Diagnostics());
        return out.toByteArray();
    }

    public static Model export(Path... inputs) {
        return parse(exportBytes(ExportOptions.defaults(), inputs), Lang.TURTLE);
    }

    public static Model parse(byte[] bytes, Lang lang) {
        Model m = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(lang).parse(m);
        return m;
    }

    /** SELECT rows as column → lexical value (IRIs as strings), with the standard prefixes. */
    public static List<Map<String, String>> select(Model m, String sparql) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(withPrefixes(sparql), m)) {
            qe.execSelect().forEachRemaining(s -> rows.add(row(s)));
        }
        return rows;
    }

    public static List<Map<String, String>> select(Dataset d, String sparql) {
        return select(d.getUnionModel(), sparql);
    }

    public static boolean ask(Model m, String sparql) {
        try (QueryExecution qe = QueryExecution.create(withPrefixes(sparql), m)) {
            return qe.execAsk();
        }
    }

    private static String withPrefixes(String sparql) {
        StringBuilder q = new StringBuilder();
        Namespaces.standard().getNsPrefixMap().forEach((p, ns) -> q.append("PREFIX ").append(p).append(": <")
                .append(ns).append(">\n"));
        return q.append(sparql).toString();
    }

    private static Map<String, String> row(QuerySolution s) {
        Map<String, String> r = new TreeMap<>();
        s.varNames().forEachRemaining(v -> {
            var n = s.get(v);
            r.put(v, n.isLiteral() ? n.asLiteral().getLexicalForm() : n.toString());
        });
        return r;
    }
}
