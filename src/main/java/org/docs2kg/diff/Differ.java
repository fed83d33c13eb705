package org.docs2kg.diff;

import org.docs2kg.eval.Evaluator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two versions guide by guide (guides matched by id): pages added and removed, chapter
 * topics added, removed and reclassified, and statements added, removed and reworded. Statements
 * are paired within the same page, party and modality: the same text is unchanged (wherever its
 * line moved); the same template, or text whose words overlap by {@link #CLOSE} or more, is
 * reworded; what remains is added or removed.
 */
public final class Differ {
    /** Word-set overlap (Jaccard) from which two statements are one statement reworded. */
    public static final double CLOSE = 0.5;

    private Differ() {
    }

    public static List<Change> compare(Version older, Version newer) {
        List<Change> changes = new ArrayList<>();
        Set<String> ids = new TreeSet<>(older.guides().keySet());
        ids.addAll(newer.guides().keySet());
        for (String id : ids) {
            Version.Guide o = older.guides().get(id);
            Version.Guide n = newer.guides().get(id);
            if (o == null) {
                changes.add(new Change(id, Change.Kind.GUIDE_ADDED, "", 0, 0, "", "", "", ""));
            } else if (n == null) {
                changes.add(new Change(id, Change.Kind.GUIDE_REMOVED, "", 0, 0, "", "", "", ""));
            } else {
                pages(id, o, n, changes);
                topics(id, o, n, changes);
                statements(id, o, n, changes);
            }
        }
        changes.sort(Comparator.comparing(Change::guide).thenComparing(Change::kind).thenComparing(Change::page)
                .thenComparingInt(c -> Math.max(c.oldLine(), c.newLine())).thenComparing(Change::oldValue)
                .thenComparing(Change::newValue));
        return changes;
    }

    private static void pages(String id, Version.Guide o, Version.Guide n, List<Change> out) {
        for (String page : n.pages().keySet()) {
            if (!o.pages().containsKey(page)) {
                out.add(new Change(id, Change.Kind.PAGE_ADDED, page, 0, 0, "", "", "", n.pages().get(page)));
            }
        }
        for (String page : o.pages().keySet()) {
            if (!n.pages().containsKey(page)) {
                out.add(new Change(id, Change.Kind.PAGE_REMOVED, page, 0, 0, "", "", o.pages().get(page), ""));
            }
        }
    }

    private static void topics(String id, Version.Guide o, Version.Guide n, List<Change> out) {
        for (Map.Entry<String, Version.Topic> e : n.topics().entrySet()) {
            Version.Topic before = o.topics().get(e.getKey());
            if (before == null) {
                out.add(new Change(id, Change.Kind.TOPIC_ADDED, e.getKey(), 0, 0, "", "", "", e.getValue().concept()));
            } else if (!before.concept().equals(e.getValue().concept())) {
                out.add(new Change(id, Change.Kind.TOPIC_RECLASSIFIED, e.getKey(), 0, 0, "", "", before.concept(),
                        e.getValue().concept()));
            }
        }
        for (Map.Entry<String, Version.Topic> e : o.topics().entrySet()) {
            if (!n.topics().containsKey(e.getKey())) {
                out.add(new Change(id, Change.Kind.TOPIC_REMOVED, e.getKey(), 0, 0, "", "", e.getValue().concept(), ""));
            }
        }
    }

    private record Key(String page, String party, String modality) {
    }

    private static Map<Key, List<Version.Statement>> byKey(List<Version.Statement> statements) {
        Map<Key, List<Version.Statement>> m = new LinkedHashMap<>();
        statements.forEach(s -> m.computeIfAbsent(new Key(s.page(), s.party(), s.modality()), k -> new ArrayList<>()).add(s));
        return m;
    }

    private static void statements(String id, Version.Guide o, Version.Guide n, List<Change> out) {
        Map<Key, List<Version.Statement>> olds = byKey(o.statements());
        Map<Key, List<Version.Statement>> news = byKey(n.statements());
        Set<Key> keys = new java.util.LinkedHashSet<>(olds.keySet());
        keys.addAll(news.keySet());
        for (Key key : keys) {
            List<Version.Statement> before = new ArrayList<>(olds.getOrDefault(key, List.of()));
            List<Version.Statement> after = new ArrayList<>(news.getOrDefault(key, List.of()));
            // 1. the same text: unchanged, wherever its line went
            pairOff(before, after, (a, b) -> a.text().equals(b.text()) ? 1.0 : 0.0, 1.0, id, null, out);
            // 2. the same template, then close text: one statement, reworded
            pairOff(before, after, (a, b) -> !a.template().isEmpty() && a.template().equals(b.template()) ? 1.0 : 0.0,
                    1.0, id, Change.Kind.STATEMENT_REWORDED, out);
            pairOff(before, after, (a, b) -> Evaluator.jaccard(a.text(), b.text()), CLOSE, id,
                    Change.Kind.STATEMENT_REWORDED, out);
            for (Version.Statement s : before) {
                out.add(new Change(id, Change.Kind.STATEMENT_REMOVED, s.page(), s.line(), 0, s.party(), s.modality(),
                        s.text(), ""));
            }
            for (Version.Statement s : after) {
                out.add(new Change(id, Change.Kind.STATEMENT_ADDED, s.page(), 0, s.line(), s.party(), s.modality(), "",
                        s.text()));
            }
        }
    }

    /**
     * Pairs statements of {@code before} and {@code after} whose similarity reaches {@code min},
     * best pairs first, removing both; a pair becomes a change of {@code kind} (null: no change).
     */
    private static void pairOff(List<Version.Statement> before, List<Version.Statement> after,
                                java.util.function.ToDoubleBiFunction<Version.Statement, Version.Statement> similarity,
                                double min, String id, Change.Kind kind, List<Change> out) {
        while (true) {
            int bi = -1;
            int ai = -1;
            double best = -1;
            for (int i = 0; i < before.size(); i++) {
                for (int j = 0; j < after.size(); j++) {
                    double s = similarity.applyAsDouble(before.get(i), after.get(j));
                    if (s >= min && s > best) {
                        best = s;
                        bi = i;
                        ai = j;
                    }
                }
            }
            if (bi < 0) {
                return;
            }
            Version.Statement a = before.remove(bi);
            Version.Statement b = after.remove(ai);
            if (kind != null && !Objects.equals(a.text(), b.text())) {
                out.add(new Change(id, kind, b.page(), a.line(), b.line(), b.party(), b.modality(), a.text(), b.text()));
            }
        }
    }
}
