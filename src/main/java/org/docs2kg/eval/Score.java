package org.docs2kg.eval;

import org.docs2kg.model.Modality;

import java.util.EnumMap;
import java.util.Map;

/**
 * Extraction quality for one guide or overall.
 *
 * @param topicsLabelled   labelled chapter pages
 * @param topicsCorrect    pages given exactly the labelled concept
 * @param topicsTopLevel   pages given the labelled concept or one with the same top-level concept
 * @param servicesLabelled guides whose service name is labelled
 * @param servicesCorrect  guides given exactly the labelled service name
 * @param byModality       statement counts per modality (only modalities the labels cover)
 * @param items            counts over list items under a lead-in (labels of version 2 only)
 * @param measures         (statement, measure) pairs on the matched statement pairs (labels of version 3 only):
 *                         gold pairs, predicted pairs, pairs in both
 * @param byMeasure        the same per measure id
 */
public record Score(int topicsLabelled, int topicsCorrect, int topicsTopLevel, int servicesLabelled,
                    int servicesCorrect, Map<Modality, Counts> byModality, Counts items, Counts measures,
                    Map<String, Counts> byMeasure) {

    /** A score without measures (labels of version 1 or 2). */
    public Score(int topicsLabelled, int topicsCorrect, int topicsTopLevel, int servicesLabelled,
                 int servicesCorrect, Map<Modality, Counts> byModality, Counts items) {
        this(topicsLabelled, topicsCorrect, topicsTopLevel, servicesLabelled, servicesCorrect, byModality, items,
                Counts.ZERO, Map.of());
    }

    /**
     * Statement counts.
     *
     * @param gold      labelled statements
     * @param predicted statements docs2kg found on labelled chapter pages
     * @param matched   one-to-one matches (same page, party, modality, word Jaccard ≥ 0.6)
     */
    public record Counts(int gold, int predicted, int matched) {
        public static final Counts ZERO = new Counts(0, 0, 0);

        public Counts plus(Counts o) {
            return new Counts(gold + o.gold, predicted + o.predicted, matched + o.matched);
        }

        public double precision() {
            return ratio(matched, predicted);
        }

        public double recall() {
            return ratio(matched, gold);
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    public Score {
        Map<Modality, Counts> copy = new EnumMap<>(Modality.class);
        copy.putAll(byModality);
        byModality = java.util.Collections.unmodifiableMap(copy);
        byMeasure = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(byMeasure));
    }

    public Counts statements() {
        return byModality.values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    public Counts of(Modality m) {
        return byModality.getOrDefault(m, Counts.ZERO);
    }

    public double topicAccuracy() {
        return ratio(topicsCorrect, topicsLabelled);
    }

    public double topLevelAccuracy() {
        return ratio(topicsTopLevel, topicsLabelled);
    }

    public double serviceAccuracy() {
        return ratio(servicesCorrect, servicesLabelled);
    }

    public int gold() {
        return statements().gold();
    }

    public int predicted() {
        return statements().predicted();
    }

    public int matched() {
        return statements().matched();
    }

    public double precision() {
        return statements().precision();
    }

    public double recall() {
        return statements().recall();
    }

    public double f1() {
        return statements().f1();
    }

    public Score plus(Score o) {
        Map<Modality, Counts> sum = new EnumMap<>(Modality.class);
        sum.putAll(byModality);
        o.byModality.forEach((m, c) -> sum.merge(m, c, Counts::plus));
        Map<String, Counts> perMeasure = new java.util.TreeMap<>(byMeasure);
        o.byMeasure.forEach((m, c) -> perMeasure.merge(m, c, Counts::plus));
        return new Score(topicsLabelled + o.topicsLabelled, topicsCorrect + o.topicsCorrect,
                topicsTopLevel + o.topicsTopLevel, servicesLabelled + o.servicesLabelled,
                servicesCorrect + o.servicesCorrect, sum, items.plus(o.items), measures.plus(o.measures), perMeasure);
    }

    public static Score zero() {
        return new Score(0, 0, 0, 0, 0, Map.of(), Counts.ZERO);
    }

    /** An empty denominator scores 1: nothing to find and nothing wrongly found. */
    private static double ratio(int n, int d) {
        return d == 0 ? 1.0 : (double) n / d;
    }
}
