package org.docs2kg.report;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.docs2kg.report.Html.anchor;
import static org.docs2kg.report.Html.bdi;
import static org.docs2kg.report.Html.esc;
import static org.docs2kg.report.Html.num;

/** Writes the report's HTML from the query results (see {@link ReportBuilder}). */
final class ReportPage {
    private final String title;
    private final List<Map<String, String>> concepts;
    private final List<Map<String, String>> guides;
    private final Map<String, List<Map<String, String>>> matrixByGuide;
    private final Map<String, List<Map<String, String>>> topicsByGuide;
    private final Map<String, List<Map<String, String>>> statementsByGuide;
    private final List<Map<String, String>> statements;
    private final Map<String, PartyCounts> partyCounts;
    private final ByControl byControl;
    private final Map<String, String> measureColumns;
    private final StringBuilder b = new StringBuilder(1 << 20);

    ReportPage(String title, List<Map<String, String>> concepts, List<Map<String, String>> guides,
               List<Map<String, String>> matrix, List<Map<String, String>> topics,
               List<Map<String, String>> statements, ByControl byControl) {
        this.title = title;
        this.concepts = concepts;
        this.guides = oneRowPerGuide(guides);
        this.matrixByGuide = ReportBuilder.byColumn(matrix, "guide");
        this.measureColumns = ReportTables.measureColumns(byControl.measures());
        this.topicsByGuide = ReportBuilder.byColumn(topics, "guide");
        this.statements = withConceptAndSide(distinctStatements(statements), topics);
        this.statementsByGuide = ReportBuilder.byColumn(this.statements, "guide");
        this.partyCounts = PartyCounts.byGuide(this.statements);
        this.byControl = byControl;
    }

    /**
     * Each statement row with the top-level concept of its page ("concept", a matrix column) and
     * its side as the {@code matrix} query counts it ("side": aws, customer, shared or other).
     */
    static List<Map<String, String>> withConceptAndSide(List<Map<String, String>> statements,
                                                        List<Map<String, String>> topics) {
        Map<String, String> topOfPage = new HashMap<>();
        topics.forEach(t -> topOfPage.putIfAbsent(t.get("guide") + "|" + t.get("page"), t.getOrDefault("top", "")));
        List<Map<String, String>> out = new ArrayList<>(statements.size());
        for (Map<String, String> r : statements) {
            Map<String, String> row = new java.util.TreeMap<>(r);
            row.put("concept", topOfPage.getOrDefault(r.get("guide") + "|" + r.get("page"), ""));
            row.put("side", side(r.getOrDefault("party", ""), r.getOrDefault("modality", "")));
            out.add(row);
        }
        return out;
    }

    /** The matrix's sides, as matrix.rq binds ?side. */
    static String side(String party, String modality) {
        return switch (party) {
            case "Shared" -> "shared";
            case "AWS" -> modality.equals("responsibility") || modality.equals("provision") ? "aws" : "other";
            case "Customer" -> modality.equals("provision") ? "other" : "customer";
            default -> "other";
        };
    }

    /**
     * One row per guide id: a store can hold a guide twice (an older export beside it, a second
     * service label), which the query gives as several rows. The first row stands for the guide;
     * the other names and origins it had are kept in "others" to be listed.
     */
    static List<Map<String, String>> oneRowPerGuide(List<Map<String, String>> rows) {
        Map<String, Map<String, String>> byId = new java.util.LinkedHashMap<>();
        Map<String, java.util.TreeSet<String>> others = new HashMap<>();
        for (Map<String, String> r : rows) {
            String id = r.getOrDefault("guide", "");
            Map<String, String> first = byId.putIfAbsent(id, r);
            if (first != null) {
                java.util.TreeSet<String> o = others.computeIfAbsent(id, k -> new java.util.TreeSet<>());
                if (!r.getOrDefault("service", "").equals(first.getOrDefault("service", ""))) {
                    o.add("also named " + r.getOrDefault("service", ""));
                }
                String origin = r.getOrDefault("repository", "") + " " + r.getOrDefault("commit", "");
                String firstOrigin = first.getOrDefault("repository", "") + " " + first.getOrDefault("commit", "");
                if (!origin.equals(firstOrigin)) {
                    o.add("also from " + (origin.isBlank() ? "a source without SOURCE" : origin.strip()));
                }
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        byId.forEach((id, r) -> {
            Map<String, String> row = new java.util.TreeMap<>(r);
            if (others.containsKey(id) && !others.get(id).isEmpty()) {
                row.put("others", String.join("; ", others.get(id)));
            }
            out.add(row);
        });
        return out;
    }

    /** The same statement row once (a second service label would repeat every statement of its guide). */
    static List<Map<String, String>> distinctStatements(List<Map<String, String>> rows) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Map<String, String>> out = new ArrayList<>();
        for (Map<String, String> r : rows) {
            String key = String.join("\u0000", r.getOrDefault("guide", ""), r.getOrDefault("page", ""),
                    r.getOrDefault("line", ""), r.getOrDefault("party", ""), r.getOrDefault("modality", ""),
                    r.getOrDefault("text", ""), r.getOrDefault("itemOf", ""));
            if (seen.add(key)) {
                out.add(r);
            }
        }
        return out;
    }

    /**
     * The by-control table's data: the measures (one row per measure and control, from
     * report/measures.rq) and the cells (the {@code measures} named query).
     */
    record ByControl(List<Map<String, String>> measures, List<Map<String, String>> cells) {
    }

    String html() {
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(title)).append("</title>\n<style>\n").append(ReportBuilder.resource("report.css"))
                .append("</style>\n</head>\n<body>\n");
        b.append("<header><h1>").append(esc(title)).append("</h1><p class=\"muted\">").append(guides.size())
                .append(guides.size() == 1 ? " guide, " : " guides, ").append(statements.size()).append(" statements of who is responsible for what, "
                        + "made by docs2kg from the documentation's security chapters.</p></header>\n");
        ReportTables tables = new ReportTables(guides, statements, b);
        tables.summary(partyCounts);
        filters();
        b.append("<main>\n");
        tables.matrix(concepts, matrixByGuide);
        tables.byControl(measureColumns, byControl.cells());
        for (Map<String, String> g : guides) {
            guide(g);
        }
        b.append("</main>\n<script>\n").append(ReportBuilder.resource("report.js")).append("</script>\n</body>\n</html>\n");
        return b.toString();
    }

    private void filters() {
        b.append("<section id=\"filters\" role=\"search\" aria-label=\"Filter statements\">\n");
        select("service", "Service", ReportBuilder.values(guides, "service"));
        select("party", "Party", List.of("AWS", "Customer", "Shared"));
        select("modality", "Modality", List.of("responsibility", "recommendation", "obligation", "provision"));
        Map<String, String> conceptColumns = new java.util.LinkedHashMap<>();
        concepts.forEach(c -> conceptColumns.put(c.get("concept"), c.get("label")));
        select("concept", "Concept", conceptColumns);
        select("measure", "Measure", measureColumns);
        b.append("<label for=\"f-text\">Text <input id=\"f-text\" type=\"search\" placeholder=\"words of a statement or its page\" "
                + "autocomplete=\"off\"></label>\n<span id=\"f-count\" class=\"muted\" aria-live=\"polite\"></span>\n")
                .append("</section>\n");
    }

    private void select(String key, String label, Iterable<String> values) {
        Map<String, String> options = new java.util.LinkedHashMap<>();
        values.forEach(v -> options.put(v, v));
        select(key, label, options);
    }

    /** A select whose options are value → shown label. */
    private void select(String key, String label, Map<String, String> options) {
        b.append("<label for=\"f-").append(key).append("\">").append(label).append(" <select id=\"f-").append(key)
                .append("\"><option value=\"\">all</option>");
        options.forEach((value, shown) -> b.append("<option value=\"").append(esc(value)).append("\">")
                .append(esc(shown)).append("</option>"));
        b.append("</select></label>\n");
    }

    private void guide(Map<String, String> g) {
        String id = g.get("guide");
        b.append("<article class=\"guide\" id=\"").append(anchor(id)).append("\" data-service=\"")
                .append(esc(g.get("service"))).append("\"><h2>").append(bdi(g.get("service")))
                .append(" <small>").append(bdi(id)).append("</small></h2>\n");
        if (g.containsKey("others")) {
            b.append("<p class=\"muted\">This guide is in the data more than once: ").append(esc(g.get("others")))
                    .append(".</p>\n");
        }
        load(g);
        List<Map<String, String>> topics = topicsByGuide.getOrDefault(id, List.of());
        Map<String, List<Map<String, String>>> statementsByPage = ReportBuilder.byColumn(
                statementsByGuide.getOrDefault(id, List.of()), "page");
        Map<String, List<Map<String, String>>> children = new HashMap<>();
        List<Map<String, String>> roots = new ArrayList<>();
        java.util.Set<String> pages = new java.util.HashSet<>();
        topics.forEach(t -> pages.add(t.get("page")));
        for (Map<String, String> t : topics) {
            String parent = t.getOrDefault("parent", "");
            if (parent.isEmpty() || !pages.contains(parent) || parent.equals(t.get("page"))) {
                roots.add(t);
            } else {
                children.computeIfAbsent(parent, k -> new ArrayList<>()).add(t);
            }
        }
        if (roots.isEmpty()) {
            b.append("<p class=\"muted\">No security chapter found.</p>");
        }
        b.append("<ul class=\"tree\">\n");
        // Iteratively, with an explicit stack: a chapter can nest deep.
        java.util.Deque<Object> stack = new java.util.ArrayDeque<>();
        for (int i = roots.size() - 1; i >= 0; i--) {
            stack.push(roots.get(i));
        }
        java.util.Set<String> done = new java.util.HashSet<>();
        while (!stack.isEmpty()) {
            Object next = stack.pop();
            if (next instanceof String close) {
                b.append(close);
                continue;
            }
            @SuppressWarnings("unchecked")
            Map<String, String> t = (Map<String, String>) next;
            if (!done.add(t.get("page"))) {
                continue;
            }
            b.append("<li><span class=\"topic\">").append(bdi(t.get("title"))).append("</span> <span class=\"concept\">")
                    .append(esc(t.get("concept"))).append("</span>\n");
            statements(g, statementsByPage.getOrDefault(t.get("page"), List.of()));
            List<Map<String, String>> kids = children.getOrDefault(t.get("page"), List.of());
            stack.push("</li>\n");
            if (!kids.isEmpty()) {
                stack.push("</ul>\n");
                for (int i = kids.size() - 1; i >= 0; i--) {
                    stack.push(kids.get(i));
                }
                b.append("<ul>\n");
            }
        }
        b.append("</ul>\n</article>\n");
    }

    /**
     * "Who carries the load here": the guide's AWS-side and customer-side statements with how many
     * of them are its own, each a link that lists them all, boilerplate unfolded.
     */
    private void load(Map<String, String> g) {
        PartyCounts c = partyCounts.getOrDefault(g.get("guide"), PartyCounts.NONE);
        int[] all = c.all();
        int[] own = c.specific();
        String service = g.get("service");
        b.append("<p class=\"load\">");
        String[][] sides = {{"AWS", "aws", "AWS"}, {"Customer", "customer", "you"}};
        for (int i = 0; i < 2; i++) {
            b.append(i == 0 ? "" : " · ").append("<a class=\"").append(sides[i][1]).append("\" href=\"")
                    .append(Html.filterHref("service", service, "party", sides[i][0])).append("\">")
                    .append(sides[i][2]).append(": ").append(all[i]).append(all[i] == 1 ? " statement" : " statements")
                    .append("</a> (").append(own[i]).append(" specific to ").append(bdi(service)).append(')');
        }
        b.append("</p>\n");
    }

    private void statements(Map<String, String> g, List<Map<String, String>> rows) {
        List<Map<String, String>> specific = new ArrayList<>();
        List<Map<String, String>> shared = new ArrayList<>();
        for (Map<String, String> r : rows) {
            (ReportTables.isSpecific(r) ? specific : shared).add(r);
        }
        if (!specific.isEmpty()) {
            b.append("<ul class=\"statements\">\n");
            specific.forEach(r -> statement(g, r));
            b.append("</ul>\n");
        }
        if (!shared.isEmpty()) {
            long customer = shared.stream().filter(r -> "Customer".equals(r.get("party"))).count();
            int most = shared.stream().mapToInt(r -> num(r, "sharedBy")).max().orElse(0);
            int fewest = shared.stream().mapToInt(r -> num(r, "sharedBy")).min().orElse(0);
            b.append("<details class=\"boilerplate\"><summary>").append(shared.size()).append(" statement")
                    .append(shared.size() == 1 ? "" : "s").append(" other guides say too (")
                    .append(fewest == most ? String.valueOf(most) : fewest + "–" + most).append(" guides")
                    .append(customer > 0 ? "; " + customer + " customer-side" : "").append(")</summary>\n<ul class=\"statements\">\n");
            shared.forEach(r -> statement(g, r));
            b.append("</ul></details>\n");
        }
    }

    private void statement(Map<String, String> g, Map<String, String> r) {
        String party = r.get("party");
        String where = r.get("page") + ":" + r.get("line");
        b.append("<li class=\"st\" data-guide=\"").append(esc(g.get("guide"))).append("\" data-service=\"")
                .append(esc(g.get("service"))).append("\" data-party=\"").append(esc(party))
                .append("\" data-modality=\"").append(esc(r.get("modality"))).append("\" data-side=\"")
                .append(esc(r.get("side"))).append("\" data-concept=\"").append(esc(r.get("concept")))
                .append("\" data-measures=\"").append(esc(r.getOrDefault("measures", ""))).append("\">")
                .append("<span class=\"badge ").append(esc(party)).append("\">").append(esc(party)).append("</span>")
                .append("<span class=\"badge modality\">").append(esc(r.get("modality"))).append("</span> ")
                .append(bdi(r.get("text")));
        if (!r.getOrDefault("itemOf", "").isEmpty()) {
            b.append(" <span class=\"item-of\">(item of: ").append(bdi(r.get("itemOf"))).append(")</span>");
        }
        int shared = num(r, "sharedBy");
        if (shared > 1) {
            b.append(" <span class=\"muted shared-by\">— ").append(shared).append(" guides</span>");
        }
        String link = sourceLink(g, r.get("page"), r.get("line"));
        b.append(link.isEmpty() ? "<span class=\"src\">" + bdi(where) + "</span>"
                : "<a class=\"src\" href=\"" + esc(link) + "\">" + bdi(where) + "</a>").append("</li>\n");
    }

    /** A link to the file and line in the public repository the guide's SOURCE names (GitHub), else none. */
    static String sourceLink(Map<String, String> guide, String page, String line) {
        return org.docs2kg.query.SourceLinks.line(guide.getOrDefault("repository", ""), guide.getOrDefault("commit", ""),
                guide.getOrDefault("folder", ""), page, line);
    }

}
