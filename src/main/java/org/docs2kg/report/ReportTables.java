package org.docs2kg.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.docs2kg.report.Html.bdi;
import static org.docs2kg.report.Html.esc;
import static org.docs2kg.report.Html.num;

/**
 * The report's three tables: the per-guide summary, the matrix (guides × top-level concepts, the
 * {@code matrix} query's counts) and the by-control table (guides × security measures, the
 * {@code measures} query's counts). Every count cell shows AWS-side / customer-side and shared
 * ones after a "+", is shaded by the statements specific to the guide (fewer than
 * {@link ReportBuilder#SPECIFIC_BELOW} guides say them) rather than by boilerplate, and is a link to
 * its statements. The script recounts the cells from the statements when a filter is set.
 */
final class ReportTables {
    private final List<Map<String, String>> guides;
    private final List<Map<String, String>> statements;
    private final StringBuilder b;

    ReportTables(List<Map<String, String>> guides, List<Map<String, String>> statements, StringBuilder b) {
        this.guides = guides;
        this.statements = statements;
        this.b = b;
    }

    /** At a glance: per guide, its statements by party and how many are its own; the first thing a phone shows. */
    void summary(Map<String, PartyCounts> counts) {
        b.append("<section id=\"summary\"><h2>At a glance</h2>\n<div class=\"scroll\"><table class=\"summary\"><thead><tr>"
                + "<th scope=\"col\">guide</th><th scope=\"col\" class=\"aws\">AWS</th><th scope=\"col\" class=\"customer\">"
                + "customer</th><th scope=\"col\" class=\"shared\">shared</th><th scope=\"col\">specific</th></tr></thead>\n<tbody>\n");
        for (Map<String, String> g : guides) {
            String service = g.get("service");
            PartyCounts c = counts.getOrDefault(g.get("guide"), PartyCounts.NONE);
            b.append("<tr data-guide=\"").append(esc(g.get("guide"))).append("\"><th scope=\"row\"><a href=\"#")
                    .append(Html.anchor(g.get("guide"))).append("\">").append(bdi(service)).append("</a></th>");
            for (int i = 0; i < 3; i++) {
                String party = PartyCounts.PARTIES.get(i);
                int n = c.all()[i];
                b.append("<td data-party=\"").append(party).append("\">");
                if (n == 0) {
                    b.append("0");
                } else {
                    b.append("<a href=\"").append(Html.filterHref("service", service, "party", party))
                            .append("\" title=\"").append(esc(service)).append(": the ").append(n).append(' ')
                            .append(party.equals("Shared") ? "shared" : party).append(" statements\">")
                            .append(n).append("</a>");
                }
                b.append("</td>");
            }
            b.append("<td data-specific=\"").append(c.specificTotal()).append("\">").append(c.specificTotal())
                    .append("</td></tr>\n");
        }
        b.append("</tbody></table></div>\n<p class=\"legend muted\"><span class=\"aws\">AWS</span>, <span class=\"customer\">"
                + "customer</span> and <span class=\"shared\">shared</span> statements per guide (a number is a link to "
                + "them); <em>specific</em>: those fewer than " + ReportBuilder.SPECIFIC_BELOW + " guides say, what is "
                + "special about the service.</p></section>\n");
    }

    /** Guides × top-level concepts, with the matrix query's counts. */
    void matrix(List<Map<String, String>> concepts, Map<String, List<Map<String, String>>> matrixByGuide) {
        Map<String, Integer> specific = new HashMap<>();
        for (Map<String, String> s : statements) {
            if (isSpecific(s) && !s.get("side").equals("other")) {
                specific.merge(s.get("guide") + "|" + s.get("concept"), 1, Integer::sum);
            }
        }
        Map<String, String> columns = new LinkedHashMap<>();
        concepts.forEach(c -> columns.put(c.get("concept"), c.get("label")));
        Map<String, Map<String, Map<String, String>>> cells = new HashMap<>();
        matrixByGuide.forEach((guide, rows) -> rows.forEach(r ->
                cells.computeIfAbsent(guide, k -> new HashMap<>()).put(r.get("concept"), r)));
        b.append("<section id=\"matrix\"><h2>Who carries the load</h2>\n<p class=\"legend muted\">Per guide and "
                + "security concept: <span class=\"aws\">AWS-side</span> statements (AWS responsibilities and "
                + "provisions) / <span class=\"customer\">customer-side</span> ones (customer responsibilities, "
                + "recommendations and obligations), and <span class=\"shared\">shared</span> ones after a \"+\" where "
                + "there are any. The shade counts only the statements specific to the service (fewer than "
                + ReportBuilder.SPECIFIC_BELOW + " guides say them): boilerplate every guide repeats leaves a cell pale. "
                + "A cell is a link to its statements; an empty cell: the guide is silent. With a filter set, the "
                + "cells count the statements it leaves.</p>\n");
        table("concept", columns, cells, specific);
    }

    /**
     * Guides × security measures with their NIST SP 800-53 Rev. 5 controls (measure id → "Label
     * (SC-28, SC-13)"), with the measures query's counts.
     */
    void byControl(Map<String, String> columns, List<Map<String, String>> measureCells) {
        Map<String, Integer> specific = new HashMap<>();
        for (Map<String, String> s : statements) {
            if (isSpecific(s)) {
                for (String m : s.getOrDefault("measures", "").split(" ")) {
                    if (!m.isEmpty()) {
                        specific.merge(s.get("guide") + "|" + m, 1, Integer::sum);
                    }
                }
            }
        }
        Map<String, Map<String, Map<String, String>>> cells = new HashMap<>();
        measureCells.forEach(r -> cells.computeIfAbsent(r.get("guide"), k -> new HashMap<>()).put(r.get("measure"), r));
        b.append("<section id=\"by-control\"><h2>By control</h2>\n<p class=\"legend muted\">Per guide and security "
                + "measure, with the NIST SP 800-53 Rev. 5 controls it implements: <span class=\"aws\">AWS</span> "
                + "statements / <span class=\"customer\">customer</span> ones, and <span class=\"shared\">shared</span> "
                + "ones after a \"+\" where there are any, shaded by the specific ones as above. A cell is a link to its "
                + "statements; an empty cell: the guide says nothing about the measure. <code>docs2kg oscal</code> "
                + "writes the same as an OSCAL component definition.</p>\n");
        table("measure", columns, cells, specific);
    }

    /** One count table: a row per guide, a column per {@code dimension} value, cells from {@code cells}. */
    private void table(String dimension, Map<String, String> columns, Map<String, Map<String, Map<String, String>>> cells,
                       Map<String, Integer> specific) {
        int max = specific.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        b.append("<div class=\"scroll\"><table class=\"matrix ").append(dimension).append("s\" data-dimension=\"")
                .append(dimension).append("\"><thead><tr><th scope=\"col\">guide</th>");
        columns.forEach((id, label) -> b.append("<th scope=\"col\" data-").append(dimension).append("=\"").append(esc(id))
                .append("\" title=\"").append(esc(label)).append("\">").append(esc(label)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (Map<String, String> g : guides) {
            String id = g.get("guide");
            String service = g.get("service");
            b.append("<tr data-guide=\"").append(esc(id)).append("\" data-service=\"").append(esc(service))
                    .append("\"><th scope=\"row\"><a href=\"#").append(Html.anchor(id)).append("\">").append(bdi(service))
                    .append("</a></th>");
            Map<String, Map<String, String>> row = cells.getOrDefault(id, Map.of());
            for (Map.Entry<String, String> col : columns.entrySet()) {
                Map<String, String> r = row.getOrDefault(col.getKey(), Map.of());
                int aws = num(r, "aws");
                int customer = num(r, "customer");
                int shared = num(r, "shared");
                int own = specific.getOrDefault(id + "|" + col.getKey(), 0);
                if (aws + customer + shared == 0) {
                    b.append("<td class=\"empty\" data-").append(dimension).append("=\"").append(esc(col.getKey()))
                            .append("\"></td>");
                    continue;
                }
                b.append("<td data-").append(dimension).append("=\"").append(esc(col.getKey())).append("\" data-aws=\"")
                        .append(aws).append("\" data-customer=\"").append(customer).append("\" data-shared=\"")
                        .append(shared).append("\" data-specific=\"").append(own).append("\" style=\"")
                        .append(Html.shade(own, max)).append("\"><a class=\"cell\" href=\"")
                        .append(Html.filterHref("service", service, dimension, col.getKey())).append("\" title=\"")
                        .append(esc(service)).append(", ").append(esc(col.getValue())).append(": ").append(aws)
                        .append(" AWS-side, ").append(customer).append(" customer-side, ").append(shared)
                        .append(" shared; ").append(own).append(" specific to the service\"><span class=\"aws\">")
                        .append(aws).append("</span><span class=\"sep\">/</span><span class=\"customer\">").append(customer)
                        .append("</span><span class=\"shared\">").append(shared > 0 ? "+" + shared : "")
                        .append("</span></a></td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div></section>\n");
    }

    static boolean isSpecific(Map<String, String> statement) {
        return num(statement, "sharedBy") < ReportBuilder.SPECIFIC_BELOW;
    }

    /** Measure id → "Label (SC-28, SC-13)", in the order of the ids, from report/measures.rq's rows. */
    static Map<String, String> measureColumns(List<Map<String, String>> measures) {
        Map<String, String> labels = new TreeMap<>();
        Map<String, List<String>> controls = new TreeMap<>();
        for (Map<String, String> r : measures) {
            labels.putIfAbsent(r.get("measure"), r.get("label"));
            if (r.containsKey("control")) {
                controls.computeIfAbsent(r.get("measure"), k -> new ArrayList<>()).add(r.get("control"));
            }
        }
        Map<String, String> columns = new LinkedHashMap<>();
        labels.forEach((id, label) -> {
            List<String> ids = controls.getOrDefault(id, List.of());
            columns.put(id, label + (ids.isEmpty() ? "" : " (" + String.join(", ", ids) + ")"));
        });
        return columns;
    }
}
