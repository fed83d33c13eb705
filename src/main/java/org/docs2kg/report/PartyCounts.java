package org.docs2kg.report;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One guide's statements by party — AWS, Customer, Shared, in {@link #PARTIES}' order — and how
 * many of each are specific to it; counted once for the summary table and the guide's load line.
 *
 * @param all           statements per party
 * @param specific      specific statements per party
 * @param specificTotal specific statements of any party
 */
record PartyCounts(int[] all, int[] specific, int specificTotal) {
    static final List<String> PARTIES = List.of("AWS", "Customer", "Shared");
    static final PartyCounts NONE = new PartyCounts(new int[3], new int[3], 0);

    static Map<String, PartyCounts> byGuide(List<Map<String, String>> statements) {
        Map<String, int[]> all = new HashMap<>();
        Map<String, int[]> specific = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        for (Map<String, String> s : statements) {
            String guide = s.get("guide");
            int party = PARTIES.indexOf(s.getOrDefault("party", ""));
            boolean own = ReportTables.isSpecific(s);
            if (party >= 0) {
                all.computeIfAbsent(guide, k -> new int[3])[party]++;
                specific.computeIfAbsent(guide, k -> new int[3])[party] += own ? 1 : 0;
            }
            total.merge(guide, own ? 1 : 0, Integer::sum);
        }
        Map<String, PartyCounts> out = new HashMap<>();
        total.forEach((guide, n) -> out.put(guide, new PartyCounts(all.getOrDefault(guide, new int[3]),
                specific.getOrDefault(guide, new int[3]), n)));
        return out;
    }
}
