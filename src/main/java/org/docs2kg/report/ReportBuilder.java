package org.docs2kg.report;

import org.apache.jena.query.Dataset;
import org.docs2kg.io.Resources;
import org.docs2kg.query.NamedQueries;
import org.docs2kg.query.QueryRunner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The responsibility report: one self-contained HTML page (inline CSS and a small script, nothing
 * fetched when it is viewed), built from the graph through SPARQL only — the {@code matrix},
 * {@code responsibilities} and {@code measures} named queries and four report queries — so it works on files, the
 * embedded store and endpoints alike.
 */
public final class ReportBuilder {
    /** Statements fewer than this many guides share are listed first; the rest are folded away. */
    public static final int SPECIFIC_BELOW = 3;

    private ReportBuilder() {
    }

    public static String build(Dataset data, String title) {
        List<Map<String, String>> concepts = select(data, resource("concepts.rq"));
        List<Map<String, String>> guides = select(data, resource("guides.rq"));
        List<Map<String, String>> matrix = select(data, NamedQueries.text("matrix"));
        List<Map<String, String>> topics = select(data, resource("topics.rq"));
        List<Map<String, String>> statements = select(data, NamedQueries.text("responsibilities"));
        List<Map<String, String>> measureColumns = select(data, resource("measures.rq"));
        List<Map<String, String>> measureCells = select(data, NamedQueries.text("measures"));
        return new ReportPage(title, concepts, guides, matrix, topics, statements,
                new ReportPage.ByControl(measureColumns, measureCells)).html();
    }

    static List<Map<String, String>> select(Dataset data, String sparql) {
        return QueryRunner.rows(data, sparql, "report query");
    }

    static String resource(String name) {
        return Resources.text("/org/docs2kg/report/" + name);
    }

    /** Rows grouped by one column, keeping their order. */
    static Map<String, List<Map<String, String>>> byColumn(List<Map<String, String>> rows, String column) {
        Map<String, List<Map<String, String>>> m = new LinkedHashMap<>();
        rows.forEach(r -> m.computeIfAbsent(r.getOrDefault(column, ""), k -> new ArrayList<>()).add(r));
        return m;
    }

    static TreeSet<String> values(List<Map<String, String>> rows, String column) {
        TreeSet<String> s = new TreeSet<>();
        rows.forEach(r -> s.add(r.getOrDefault(column, "")));
        s.remove("");
        return s;
    }
}
