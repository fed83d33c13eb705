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
 * Compares two versions guide by guide (guides matched by id): chapter pages added and removed
 * (the pages outside the chapter summed up in one change per guide, unless all pages are asked
 * for), chapter topics added, removed, reclassified, and pages that stay but leave or join the
 * chapter (their statements going with them, not "removed"), and statements added, removed and
 * reworded. Statements
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
        return compare(older, newer, false);
    }

    /** {@code allPages}: every page added or removed outside the chapter too, not one summary per guide. */
    public static List<Change> compare(Version older, Version newer, boolean allPages) {
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
                pages(id, o, n, allPages, changes);
                Set<String> left = new TreeSet<>();
                Set<String> joined = new TreeSet<>();
                topics(id, o, n, left, joined, changes);
                statements(id, o, n, left, joined, changes);
            }
        }
        changes.sort(Comparator.comparing(Change::guide).thenComparing(Change::kind).thenComparing(Change::page)
                .thenComparingInt(c -> Math.max(c.oldLine(), c.newLine())).thenComparing(Change::oldValue)
                .thenComparing(Change::newValue));
        return changes;
    }

    private static void pages(String id, Version.Guide o, Version.Guide n, boolean allPages, List<Change> out) {
        int added = 0;
        int removed = 0;
        for (String page : n.pages().keySet()) {
            if (!o.pages().containsKey(page)) {
                if (allPages || n.topics().containsKey(page)) {
                    out.add(new Change(id, Change.Kind.PAGE_ADDED, page, 0, 0, "", "", "", n.pages().get(page)));
                } else {
                    added++;
                }
            }
        }
        for (String page : o.pages().keySet()) {
            if (!n.pages().containsKey(page)) {
                if (allPages || o.topics().containsKey(page)) {
                    out.add(new Change(id, Change.Kind.PAGE_REMOVED, page, 0, 0, "", "", o.pages().get(page), ""));
                } else {
                    removed++;
                }
            }
        }
        if (added + removed > 0) {
            out.add(new Change(id, Change.Kind.OTHER_PAGES, "", 0, 0, "", "", removed == 0 ? "" : removed + " removed",
                    added == 0 ? "" : added + " added"));
        }
    }

    /** Topics added, removed, reclassified; a page that stays and leaves (joins) the chapter goes into left (joined). */
    private static void topics(String id, Version.Guide o, Version.Guide n, Set<String> left, Set<String> joined,
                               List<Change> out) {
        for (Map.Entry<String, Version.Topic> e : n.topics().entrySet()) {
            Version.Topic before = o.topics().get(e.getKey());
            if (before == null && o.pages().containsKey(e.getKey())) {
                joined.add(e.getKey());
                out.add(new Change(id, Change.Kind.JOINED_CHAPTER, e.getKey(), 0, 0, "", "", "", e.getValue().concept()));
            } else if (before == null) {
                out.add(new Change(id, Change.Kind.TOPIC_ADDED, e.getKey(), 0, 0, "", "", "", e.getValue().concept()));
            } else if (!before.concept().equals(e.getValue().concept())) {
                out.add(new Change(id, Change.Kind.TOPIC_RECLASSIFIED, e.getKey(), 0, 0, "", "", before.concept(),
                        e.getValue().concept()));
            }
        }
        for (Map.Entry<String, Version.Topic> e : o.topics().entrySet()) {
            if (!n.topics().containsKey(e.getKey()) && n.pages().containsKey(e.getKey())) {
                left.add(e.getKey());
                out.add(new Change(id, Change.Kind.LEFT_CHAPTER, e.getKey(), 0, 0, "", "", e.getValue().concept(), ""));
            } else if (!n.topics().containsKey(e.getKey())) {
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

    private static void statements(String id, Version.Guide o, Version.Guide n, Set<String> left, Set<String> joined,
                                   List<Change> out) {
        Map<Key, List<Version.Statement>> olds = byKey(o.statements());
        Map<Key, List<Version.Statement>> news = byKey(n.statements());
        Set<Key> keys = new java.util.LinkedHashSet<>(olds.keySet());
        keys.addAll(news.keySet());
        for (Key key : keys) {
            List<Version.Statement> before = new ArrayList<>(olds.getOrDefault(key, List.of()));
            List<Version.Statement> after = new ArrayList<>(news.getOrDefault(key, List.of()));
            // 1. the same text: unchanged, wherever its line went
            pairEqual(before, after, Version.Statement::text, id, null, out);
            // 2. the same template, then close text: one statement, reworded
            pairEqual(before, after, Version.Statement::template, id, Change.Kind.STATEMENT_REWORDED, out);
            pairSimilar(before, after, id, out);
            for (Version.Statement s : before) {
                out.add(new Change(id, left.contains(s.page()) ? Change.Kind.STATEMENT_LEFT_CHAPTER
                        : Change.Kind.STATEMENT_REMOVED, s.page(), s.line(), 0, s.party(), s.modality(), s.text(), ""));
            }
            for (Version.Statement s : after) {
                out.add(new Change(id, joined.contains(s.page()) ? Change.Kind.STATEMENT_JOINED_CHAPTER
                        : Change.Kind.STATEMENT_ADDED, s.page(), 0, s.line(), s.party(), s.modality(), "", s.text()));
            }
        }
    }

    /**
     * Pairs each statement of {@code before}, in order, with the first statement of {@code after}
     * that has the same (non-empty) key, removing both; a pair becomes a change of {@code kind}
     * (null: no change). Linear: the statements are looked up by key, not compared pair by pair.
     */
    private static void pairEqual(List<Version.Statement> before, List<Version.Statement> after,
                                  java.util.function.Function<Version.Statement, String> key, String id,
                                  Change.Kind kind, List<Change> out) {
        Map<String, java.util.ArrayDeque<Integer>> byKey = new java.util.HashMap<>();
        for (int j = 0; j < after.size(); j++) {
            String k = key.apply(after.get(j));
            if (!k.isEmpty()) {
                byKey.computeIfAbsent(k, x -> new java.util.ArrayDeque<>()).add(j);
            }
        }
        boolean[] usedBefore = new boolean[before.size()];
        boolean[] usedAfter = new boolean[after.size()];
        for (int i = 0; i < before.size(); i++) {
            java.util.ArrayDeque<Integer> same = byKey.get(key.apply(before.get(i)));
            Integer j = same == null ? null : same.poll();
            if (j != null) {
                usedBefore[i] = true;
                usedAfter[j] = true;
                paired(before.get(i), after.get(j), id, kind, out);
            }
        }
        removeUsed(before, usedBefore);
        removeUsed(after, usedAfter);
    }

    /** A pair of statements, a change of {@code kind} unless its text stayed the same (or kind is null). */
    private static void paired(Version.Statement a, Version.Statement b, String id, Change.Kind kind, List<Change> out) {
        if (kind != null && !Objects.equals(a.text(), b.text())) {
            out.add(new Change(id, kind, b.page(), a.line(), b.line(), b.party(), b.modality(), a.text(), b.text()));
        }
    }

    /** Removes the statements whose flag is set, keeping the others' order; linear. */
    private static void removeUsed(List<Version.Statement> statements, boolean[] used) {
        List<Version.Statement> kept = new ArrayList<>(statements.size());
        for (int i = 0; i < statements.size(); i++) {
            if (!used[i]) {
                kept.add(statements.get(i));
            }
        }
        statements.clear();
        statements.addAll(kept);
    }

    /**
     * Pairs statements whose word similarity reaches {@link #CLOSE}, most similar first (ties: the
     * earlier statements), as rewordings. Every similarity is computed once, on word sets made once,
     * and the pairs taken from one sorted list: O(n·m log(n·m)) where repeating the best-pair search
     * after every pair was O(n²·m²).
     */
    private static void pairSimilar(List<Version.Statement> before, List<Version.Statement> after, String id,
                                    List<Change> out) {
        if (before.isEmpty() || after.isEmpty()) {
            return;
        }
        List<Set<String>> wordsBefore = before.stream().map(s -> Evaluator.words(s.text())).toList();
        List<Set<String>> wordsAfter = after.stream().map(s -> Evaluator.words(s.text())).toList();
        List<double[]> pairs = new ArrayList<>(); // {similarity, i, j}
        for (int i = 0; i < before.size(); i++) {
            for (int j = 0; j < after.size(); j++) {
                double s = Evaluator.jaccard(wordsBefore.get(i), wordsAfter.get(j));
                if (s >= CLOSE) {
                    pairs.add(new double[] {s, i, j});
                }
            }
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : x[1] != y[1] ? Double.compare(x[1], y[1])
                : Double.compare(x[2], y[2]));
        boolean[] usedBefore = new boolean[before.size()];
        boolean[] usedAfter = new boolean[after.size()];
        for (double[] p : pairs) {
            int i = (int) p[1];
            int j = (int) p[2];
            if (usedBefore[i] || usedAfter[j]) {
                continue;
            }
            usedBefore[i] = true;
            usedAfter[j] = true;
            paired(before.get(i), after.get(j), id, Change.Kind.STATEMENT_REWORDED, out);
        }
        removeUsed(before, usedBefore);
        removeUsed(after, usedAfter);
    }
}
