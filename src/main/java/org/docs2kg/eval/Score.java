package org.docs2kg.eval;

/**
 * Extraction quality for one guide or overall.
 *
 * @param topicsLabelled  labelled chapter pages
 * @param topicsCorrect   pages given exactly the labelled concept
 * @param topicsTopLevel  pages given the labelled concept or one with the same top-level concept
 * @param gold            labelled statements
 * @param predicted       statements docs2kg found on labelled chapter pages
 * @param matched         one-to-one matches (same page, party, modality, word Jaccard ≥ 0.6)
 */
public record Score(int topicsLabelled, int topicsCorrect, int topicsTopLevel, int gold, int predicted, int matched) {

    public double topicAccuracy() {
        return ratio(topicsCorrect, topicsLabelled);
    }

    public double topLevelAccuracy() {
        return ratio(topicsTopLevel, topicsLabelled);
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

    public Score plus(Score o) {
        return new Score(topicsLabelled + o.topicsLabelled, topicsCorrect + o.topicsCorrect,
                topicsTopLevel + o.topicsTopLevel, gold + o.gold, predicted + o.predicted, matched + o.matched);
    }

    public static Score zero() {
        return new Score(0, 0, 0, 0, 0, 0);
    }

    /** An empty denominator scores 1: nothing to find and nothing wrongly found. */
    private static double ratio(int n, int d) {
        return d == 0 ? 1.0 : (double) n / d;
    }
}
