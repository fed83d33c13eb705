package org.docs2kg.report;


import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writes the report's HTML from the query results (see {@link ReportBuilder}). */
final class ReportPage {
    private final String title;
    private final List<Map<String, String>> concepts;
    private final List<Map<String, String>> guides;
    private final Map<String, List<Map<String, String>>> matrixByGuide;
    private final Map<String, List<Map<String, String>>> topicsByGuide;
    private final Map<String, List<Map<String, String>>> statementsByGuide;
    private final int statementCount;
    private final ByControl byControl;
    private final StringBuilder b = new StringBuilder(1 << 20);

    ReportPage(String title, List<Map<String, String>> concepts, List<Map<String, String>> guides,
               List<Map<String, String>> matrix, List<Map<String, String>> topics,
               List<Map<String, String>> statements, ByControl byControl) {
        this.title = title;
        this.concepts = concepts;
        this.guides = oneRowPerGuide(guides);
        this.matrixByGuide = ReportBuilder.byColumn(matrix, "guide");
        this.topicsByGuide = ReportBuilder.byColumn(topics, "guide");
        List<Map<String, String>> distinct = distinctStatements(statements);
        this.statementsByGuide = ReportBuilder.byColumn(distinct, "guide");
        this.statementCount = distinct.size();
        this.byControl = byControl;
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
                .append(guides.size() == 1 ? " guide, " : " guides, ").append(statementCount).append(" statements of who is responsible for what, "
                        + "made by docs2kg from the documentation's security chapters.</p></header>\n");
        filters();
        b.append("<main>\n");
        matrix();
        byControl();
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
        b.append("<label for=\"f-measure\">Measure <select id=\"f-measure\"><option value=\"\">all</option>");
        measureColumns().forEach((id, label) -> b.append("<option value=\"").append(esc(id)).append("\">")
                .append(esc(label)).append("</option>"));
        b.append("</select></label>\n");
        b.append("<label for=\"f-text\">Text <input id=\"f-text\" type=\"search\" placeholder=\"e.g. TLS, backup, MFA\" "
                + "autocomplete=\"off\"></label>\n<span id=\"f-count\" class=\"muted\" aria-live=\"polite\"></span>\n")
                .append("</section>\n");
    }

    private void select(String key, String label, Iterable<String> values) {
        b.append("<label for=\"f-").append(key).append("\">").append(label).append(" <select id=\"f-").append(key)
                .append("\"><option value=\"\">all</option>");
        for (String v : values) {
            b.append("<option>").append(esc(v)).append("</option>");
        }
        b.append("</select></label>\n");
    }

    private void matrix() {
        int max = 1;
        for (List<Map<String, String>> rows : matrixByGuide.values()) {
            for (Map<String, String> r : rows) {
                max = Math.max(max, num(r, "aws") + num(r, "customer") + num(r, "shared"));
            }
        }
        b.append("<section id=\"matrix\"><h2>Who carries the load</h2>\n<p class=\"legend muted\">Per guide and "
                + "security concept: <span class=\"aws\">AWS-side</span> statements (AWS responsibilities and "
                + "provisions) / <span class=\"customer\">customer-side</span> ones (customer responsibilities, "
                + "recommendations and obligations). Darker cells say more; an empty cell: the guide is silent.</p>\n")
                .append("<div class=\"scroll\"><table class=\"matrix\"><thead><tr><th scope=\"col\">guide</th>");
        for (Map<String, String> c : concepts) {
            b.append("<th scope=\"col\" data-concept=\"").append(esc(c.get("concept"))).append("\" title=\"")
                    .append(esc(c.get("label"))).append("\">").append(esc(c.get("label"))).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        for (Map<String, String> g : guides) {
            String id = g.get("guide");
            Map<String, Map<String, String>> cells = new HashMap<>();
            matrixByGuide.getOrDefault(id, List.of()).forEach(r -> cells.put(r.get("concept"), r));
            b.append("<tr data-guide=\"").append(esc(id)).append("\" data-service=\"").append(esc(g.get("service")))
                    .append("\"><th scope=\"row\"><a href=\"#").append(anchor(id)).append("\">")
                    .append(bdi(g.get("service"))).append("</a></th>");
            for (Map<String, String> c : concepts) {
                Map<String, String> r = cells.getOrDefault(c.get("concept"), Map.of());
                int aws = num(r, "aws");
                int customer = num(r, "customer");
                int total = aws + customer + num(r, "shared");
                if (total == 0) {
                    b.append("<td class=\"empty\" data-concept=\"").append(esc(c.get("concept"))).append("\"></td>");
                } else {
                    double shade = 0.08 + 0.5 * total / max;
                    b.append("<td data-concept=\"").append(esc(c.get("concept"))).append("\" data-aws=\"").append(aws)
                            .append("\" data-customer=\"").append(customer).append("\" style=\"background: rgba(31,111,178,")
                            .append(String.format(java.util.Locale.ROOT, "%.2f", shade)).append(")\" title=\"")
                            .append(esc(g.get("service"))).append(", ").append(esc(c.get("label"))).append(": ")
                            .append(aws).append(" AWS-side, ").append(customer).append(" customer-side\">")
                            .append("<span class=\"aws\">").append(aws).append("</span><span class=\"sep\">/</span>")
                            .append("<span class=\"customer\">").append(customer).append("</span></td>");
                }
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div></section>\n");
    }

    /** Measure id → "Label (SC-28, SC-13)", in the order of the ids. */
    private Map<String, String> measureColumns() {
        Map<String, String> labels = new java.util.TreeMap<>();
        Map<String, List<String>> controls = new java.util.TreeMap<>();
        for (Map<String, String> r : byControl.measures()) {
            labels.putIfAbsent(r.get("measure"), r.get("label"));
            if (r.containsKey("control")) {
                controls.computeIfAbsent(r.get("measure"), k -> new ArrayList<>()).add(r.get("control"));
            }
        }
        Map<String, String> columns = new java.util.LinkedHashMap<>();
        labels.forEach((id, label) -> {
            List<String> ids = controls.getOrDefault(id, List.of());
            columns.put(id, label + (ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")"));
        });
        return columns;
    }

    /**
     * Services × security measures with their NIST SP 800-53 Rev. 5 controls: the same counts as
     * the {@code measures} query, each cell a link that filters the statements to it.
     */
    private void byControl() {
        Map<String, String> columns = measureColumns();
        Map<String, Map<String, Map<String, String>>> cells = new HashMap<>();
        int max = 1;
        for (Map<String, String> r : byControl.cells()) {
            cells.computeIfAbsent(r.get("guide"), k -> new HashMap<>()).put(r.get("measure"), r);
            max = Math.max(max, num(r, "aws") + num(r, "customer") + num(r, "shared"));
        }
        b.append("<section id=\"by-control\"><h2>By control</h2>\n<p class=\"legend muted\">Per guide and security "
                + "measure, with the NIST SP 800-53 Rev. 5 controls it implements: <span class=\"aws\">AWS-side</span> "
                + "statements / <span class=\"customer\">customer-side</span> ones, and <span class=\"shared\">shared</span> "
                + "ones after a \"+\" where there are any. A cell is a link to its statements; an empty cell: the guide "
                + "says nothing about the measure. <code>docs2kg oscal</code> writes the same as an OSCAL component "
                + "definition.</p>\n<div class=\"scroll\"><table class=\"matrix by-control\"><thead><tr><th scope=\"col\">guide</th>");
        columns.forEach((id, label) -> b.append("<th scope=\"col\" data-measure=\"").append(esc(id)).append("\" title=\"")
                .append(esc(label)).append("\">").append(esc(label)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (Map<String, String> g : guides) {
            String id = g.get("guide");
            String service = g.get("service");
            b.append("<tr data-guide=\"").append(esc(id)).append("\" data-service=\"").append(esc(service))
                    .append("\"><th scope=\"row\"><a href=\"#").append(anchor(id)).append("\">").append(bdi(service))
                    .append("</a></th>");
            Map<String, Map<String, String>> row = cells.getOrDefault(id, Map.of());
            for (Map.Entry<String, String> col : columns.entrySet()) {
                Map<String, String> r = row.getOrDefault(col.getKey(), Map.of());
                int aws = num(r, "aws");
                int customer = num(r, "customer");
                int shared = num(r, "shared");
                int total = aws + customer + shared;
                if (total == 0) {
                    b.append("<td class=\"empty\" data-measure=\"").append(esc(col.getKey())).append("\"></td>");
                    continue;
                }
                double shade = 0.08 + 0.5 * total / max;
                b.append("<td data-measure=\"").append(esc(col.getKey())).append("\" data-aws=\"").append(aws)
                        .append("\" data-customer=\"").append(customer).append("\" data-shared=\"").append(shared)
                        .append("\" style=\"background: rgba(31,111,178,")
                        .append(String.format(java.util.Locale.ROOT, "%.2f", shade)).append(")\"><a class=\"cell\" href=\"#service=")
                        .append(esc(hashValue(service))).append("&amp;measure=").append(esc(hashValue(col.getKey())))
                        .append("\" title=\"").append(esc(service)).append(", ").append(esc(col.getValue())).append(": ")
                        .append(aws).append(" AWS-side, ").append(customer).append(" customer-side, ").append(shared)
                        .append(" shared\"><span class=\"aws\">").append(aws).append("</span><span class=\"sep\">/</span>")
                        .append("<span class=\"customer\">").append(customer).append("</span>");
                if (shared > 0) {
                    b.append("<span class=\"shared\">+").append(shared).append("</span>");
                }
                b.append("</a></td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div></section>\n");
    }

    /** A value for the address's filter part, as the script's decodeURIComponent reads it back. */
    private static String hashValue(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
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

    private void statements(Map<String, String> g, List<Map<String, String>> rows) {
        List<Map<String, String>> specific = new ArrayList<>();
        List<Map<String, String>> shared = new ArrayList<>();
        for (Map<String, String> r : rows) {
            (num(r, "sharedBy") < ReportBuilder.SPECIFIC_BELOW ? specific : shared).add(r);
        }
        if (!specific.isEmpty()) {
            b.append("<ul class=\"statements\">\n");
            specific.forEach(r -> statement(g, r));
            b.append("</ul>\n");
        }
        if (!shared.isEmpty()) {
            b.append("<details class=\"boilerplate\"><summary>").append(shared.size()).append(" statement")
                    .append(shared.size() == 1 ? "" : "s").append(" other guides say too</summary>\n<ul class=\"statements\">\n");
            shared.forEach(r -> statement(g, r));
            b.append("</ul></details>\n");
        }
    }

    private void statement(Map<String, String> g, Map<String, String> r) {
        String party = r.get("party");
        b.append("<li class=\"st\" data-service=\"").append(esc(g.get("service"))).append("\" data-party=\"")
                .append(esc(party)).append("\" data-modality=\"").append(esc(r.get("modality")))
                .append("\" data-measures=\"").append(esc(r.getOrDefault("measures", ""))).append("\">")
                .append("<span class=\"badge ").append(esc(party)).append("\">").append(esc(party)).append("</span>")
                .append("<span class=\"badge modality\">").append(esc(r.get("modality"))).append("</span> ")
                .append(bdi(r.get("text")));
        if (!r.getOrDefault("itemOf", "").isEmpty()) {
            b.append(" <span class=\"item-of\">(item of: ").append(bdi(r.get("itemOf"))).append(")</span>");
        }
        int shared = num(r, "sharedBy");
        if (shared > 1) {
            b.append(" <span class=\"muted\">— ").append(shared).append(" guides</span>");
        }
        String where = r.get("page") + ":" + r.get("line");
        String link = sourceLink(g, r.get("page"), r.get("line"));
        b.append(link.isEmpty() ? "<span class=\"src\">" + bdi(where) + "</span>"
                : "<a class=\"src\" href=\"" + esc(link) + "\">" + bdi(where) + "</a>").append("</li>\n");
    }

    /** A link to the file and line in the public repository the guide's SOURCE names (GitHub), else none. */
    static String sourceLink(Map<String, String> guide, String page, String line) {
        return org.docs2kg.query.SourceLinks.line(guide.getOrDefault("repository", ""), guide.getOrDefault("commit", ""),
                guide.getOrDefault("folder", ""), page, line);
    }

    private static int num(Map<String, String> r, String key) {
        try {
            return Integer.parseInt(r.getOrDefault(key, "0"));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /**
     * The HTML id of a guide's article: ASCII letters, digits and "-" as they are, every other
     * character as "_" and its code point in hex and "_" ("a.b" → "g-a_2e_b", "a_b" → "g-a_5f_b"),
     * so that two guide ids never share an anchor.
     */
    static String anchor(String guideId) {
        StringBuilder sb = new StringBuilder("g-");
        guideId.codePoints().forEach(c -> {
            if (c < 128 && (Character.isLetterOrDigit(c) || c == '-')) {
                sb.append((char) c);
            } else {
                sb.append('_').append(Integer.toHexString(c)).append('_');
            }
        });
        return sb.toString();
    }

    /**
     * Document text, escaped and isolated: a right-to-left override (U+202E) in a sentence or a
     * service name would otherwise reverse the rest of its line, the file:line link included.
     */
    static String bdi(String s) {
        return "<bdi>" + esc(s) + "</bdi>";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
