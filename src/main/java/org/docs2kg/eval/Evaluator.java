package org.docs2kg.eval;

import org.docs2kg.model.Extraction;
import org.docs2kg.model.Modality;
import org.docs2kg.model.Statement;
import org.docs2kg.model.Topic;
import org.docs2kg.vocab.Taxonomy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Scores an extraction against gold labels, as {@code SPEC.md} defines: topic accuracy (exact
 * and top level) and statement precision/recall/F1 over one-to-one matches.
 */
public final class Evaluator {
    public static final double JACCARD_THRESHOLD = 0.6;

    private Evaluator() {
    }

    /** A difference between extraction and labels, for `evaluate --details`. */
    public record Finding(String kind, String page, String expected, String actual) {
        @Override
        public String toString() {
            return kind + " " + page + ": expected " + expected + (actual.isEmpty() ? "" : ", got " + actual);
        }
    }

    public record Result(Score score, List<Finding> findings) {
    }

    public static Result evaluate(GoldLabels gold, Extraction x) {
        List<Finding> findings = new ArrayList<>();
        int correct = 0;
        int topLevel = 0;
        for (GoldLabels.GoldTopic t : gold.topics()) {
            Optional<Taxonomy> predicted = x.topic(t.page()).map(Topic::concept);
            Optional<Taxonomy> expected = Taxonomy.byId(t.concept());
            if (predicted.isPresent() && predicted.get().id().equals(t.concept())) {
                correct++;
                topLevel++;
            } else {
                if (predicted.isPresent() && expected.isPresent()
                        && predicted.get().topLevel() == expected.get().topLevel()) {
                    topLevel++;
                }
                findings.add(new Finding("topic", t.page(), t.concept(),
                        predicted.map(Taxonomy::id).orElse("(not in chapter)")));
            }
        }
        boolean serviceLabelled = !gold.service().isBlank();
        boolean serviceRight = gold.service().equals(x.service().name());
        if (serviceLabelled && !serviceRight) {
            findings.add(new Finding("service", gold.guide(), gold.service(), x.service().name()));
        }
        Set<String> labelledPages = gold.topics().stream().map(GoldLabels.GoldTopic::page).collect(Collectors.toSet());
        // Only what the labels cover is scored: their modalities, and list items where labelled.
        List<Statement> predicted = x.statements().stream()
                .filter(s -> labelledPages.isEmpty() || labelledPages.contains(s.fileName()))
                .filter(s -> gold.modalities().contains(s.modality()))
                .filter(s -> gold.itemsLabelled() || s.leadIn().isEmpty()).toList();
        List<GoldLabels.GoldStatement> expected = gold.statements().stream()
                .filter(g -> gold.modalities().contains(g.modality())).toList();
        boolean[] used = new boolean[predicted.size()];
        Map<Modality, int[]> counts = new EnumMap<>(Modality.class);
        int[] items = new int[3];
        Map<String, int[]> measures = new java.util.TreeMap<>();
        for (GoldLabels.GoldStatement g : expected) {
            int best = -1;
            double bestScore = 0;
            for (int i = 0; i < predicted.size(); i++) {
                Statement p = predicted.get(i);
                if (used[i] || !p.fileName().equals(g.page()) || p.party() != g.party() || p.modality() != g.modality()) {
                    continue;
                }
                double j = jaccard(g.text(), p.text());
                if (j >= JACCARD_THRESHOLD && j > bestScore) {
                    best = i;
                    bestScore = j;
                }
            }
            int[] c = counts.computeIfAbsent(g.modality(), m -> new int[3]);
            c[0]++;
            boolean isItem = !g.itemOf().isEmpty();
            items[0] += isItem ? 1 : 0;
            if (best >= 0) {
                used[best] = true;
                c[2]++;
                // An item counts as found when an item matches it: precision and recall share the numerator.
                items[2] += isItem && predicted.get(best).leadIn().isPresent() ? 1 : 0;
                if (gold.measuresLabelled()) {
                    compareMeasures(g, predicted.get(best), measures, findings);
                }
            } else {
                findings.add(new Finding("missed", g.page(), g.party().label() + "/" + g.modality().label()
                        + (isItem ? " item" : "") + " \"" + g.text() + "\"", ""));
            }
        }
        for (int i = 0; i < predicted.size(); i++) {
            Statement p = predicted.get(i);
            counts.computeIfAbsent(p.modality(), m -> new int[3])[1]++;
            items[1] += p.leadIn().isPresent() ? 1 : 0;
            if (!used[i]) {
                findings.add(new Finding("extra", p.fileName() + ":" + p.line(), "nothing",
                        p.party().label() + "/" + p.modality().label() + (p.leadIn().isPresent() ? " item" : "")
                                + " \"" + p.text() + "\""));
            }
        }
        Map<Modality, Score.Counts> byModality = new EnumMap<>(Modality.class);
        for (Modality m : gold.modalities()) {
            int[] c = counts.getOrDefault(m, new int[3]);
            byModality.put(m, new Score.Counts(c[0], c[1], c[2]));
        }
        Map<String, Score.Counts> byMeasure = new java.util.TreeMap<>();
        measures.forEach((m, c) -> byMeasure.put(m, new Score.Counts(c[0], c[1], c[2])));
        Score.Counts allMeasures = byMeasure.values().stream().reduce(Score.Counts.ZERO, Score.Counts::plus);
        Score score = new Score(gold.topics().size(), correct, topLevel, serviceLabelled ? 1 : 0,
                serviceLabelled && serviceRight ? 1 : 0, byModality,
                gold.itemsLabelled() ? new Score.Counts(items[0], items[1], items[2]) : Score.Counts.ZERO,
                allMeasures, byMeasure);
        return new Result(score, findings);
    }

    /** Counts the (statement, measure) pairs of one matched pair, per measure (SPEC v3 "Scoring"). */
    private static void compareMeasures(GoldLabels.GoldStatement g, Statement p, Map<String, int[]> measures,
                                        List<Finding> findings) {
        Set<String> expected = new java.util.LinkedHashSet<>(g.measures());
        Set<String> actual = new java.util.LinkedHashSet<>();
        p.measures().forEach(m -> actual.add(m.id()));
        for (String m : expected) {
            int[] c = measures.computeIfAbsent(m, k -> new int[3]);
            c[0]++;
            c[2] += actual.contains(m) ? 1 : 0;
        }
        actual.forEach(m -> measures.computeIfAbsent(m, k -> new int[3])[1]++);
        if (!expected.equals(actual)) {
            findings.add(new Finding("measures", g.page(), String.join(" ", expected) + " for \"" + g.text() + "\"",
                    actual.isEmpty() ? "(none)" : String.join(" ", actual)));
        }
    }

    /** Jaccard overlap of the lower-cased word sets of two texts. */
    public static double jaccard(String a, String b) {
        return jaccard(words(a), words(b));
    }

    /** The same on word sets made once ({@link #words}): the diff compares each statement with many. */
    public static double jaccard(Set<String> wa, Set<String> wb) {
        if (wa.isEmpty() && wb.isEmpty()) {
            return 1;
        }
        Set<String> small = wa.size() <= wb.size() ? wa : wb;
        Set<String> large = small == wa ? wb : wa;
        int inter = 0;
        for (String w : small) {
            if (large.contains(w)) {
                inter++;
            }
        }
        return (double) inter / (wa.size() + wb.size() - inter);
    }

    /** The lower-cased words (letters and digits) of a text. */
    public static Set<String> words(String s) {
        return Arrays.stream(s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(w -> !w.isEmpty()).collect(Collectors.toSet());
    }
}
