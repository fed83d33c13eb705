package org.docs2kg.diff;

import org.apache.jena.query.Dataset;
import org.docs2kg.io.Resources;
import org.docs2kg.query.QueryRunner;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One version of the documentation as the graph tells it, read through SPARQL (so a file, a
 * store or guides exported on the fly all work): per guide, its pages, its chapter's topics and
 * its statements.
 *
 * @param label where this version came from, as the user named it
 */
public record Version(String label, SortedMap<String, Guide> guides) {

    /** What one guide holds in this version. */
    public record Guide(SortedMap<String, String> pages, SortedMap<String, Topic> topics, List<Statement> statements) {
    }

    public record Topic(String title, String concept) {
    }

    public record Statement(String page, int line, String party, String modality, String text, String template) {
    }

    public static Version read(String label, Dataset data) {
        SortedMap<String, Guide> guides = new TreeMap<>();
        for (Map<String, String> r : select(data, "pages.rq")) {
            guide(guides, r.get("guide")).pages().put(r.get("page"), r.get("title"));
        }
        for (Map<String, String> r : select(data, "topics.rq")) {
            guide(guides, r.get("guide")).topics().put(r.get("page"), new Topic(r.get("title"), r.get("concept")));
        }
        for (Map<String, String> r : select(data, "statements.rq")) {
            guide(guides, r.get("guide")).statements().add(new Statement(r.get("page"), line(label, r),
                    r.get("party"), r.get("modality"), r.get("text"), r.getOrDefault("template", "")));
        }
        guides.values().forEach(g -> g.statements().sort(java.util.Comparator.comparing(Statement::page)
                .thenComparingInt(Statement::line).thenComparing(Statement::text)));
        return new Version(label, guides);
    }

    /** Lines run from 1 to this (the shapes say the same); anything else in the data is not a line. */
    static final int MAX_LINE = 100_000_000;

    private static int line(String label, Map<String, String> r) {
        String line = r.getOrDefault("line", "");
        if (line.matches("[0-9]{1,9}") && Integer.parseInt(line) >= 1 && Integer.parseInt(line) <= MAX_LINE) {
            return Integer.parseInt(line);
        }
        String text = r.getOrDefault("text", "");
        throw new org.docs2kg.diagnostics.Docs2KgException(label + ": the statement \"" + (text.length() > 60
                ? text.substring(0, 60) + "…" : text) + "\" of " + r.get("guide") + "/" + r.get("page")
                + " has dk:line '" + line + "', not a line number (1 to " + MAX_LINE + ")");
    }

    private static Guide guide(SortedMap<String, Guide> guides, String id) {
        return guides.computeIfAbsent(id, k -> new Guide(new TreeMap<>(), new TreeMap<>(), new ArrayList<>()));
    }

    private static List<Map<String, String>> select(Dataset data, String resource) {
        return QueryRunner.rows(data, Resources.text("/org/docs2kg/diff/" + resource), resource);
    }
}
