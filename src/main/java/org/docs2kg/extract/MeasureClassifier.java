package org.docs2kg.extract;

import org.docs2kg.extract.internal.RuleTable;
import org.docs2kg.vocab.Measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a statement gets its security measures (labels-v3 SPEC §5), and through them its NIST
 * SP 800-53 controls ({@link Measure#controls()}). The rules are the table {@code measures.tsv}:
 * each row gives a measure a weight when its expression matches the sentence. A measure whose
 * rows weigh 1 or more in all is one the sentence is about; the heaviest comes first (ties: the
 * one the sentence names first), at most three. Stateless and thread-safe.
 */
public final class MeasureClassifier {
    private static final String RULES = "/org/docs2kg/extract/measures.tsv";
    /** What the rows of a measure must weigh together for the sentence to be about it. */
    static final double THRESHOLD = 1.0;
    static final int MAX_MEASURES = 3;
    private static final Pattern URL = Pattern.compile("\\bhttps?://\\S+");

    private record Rule(int line, Measure measure, double weight, Pattern pattern) {
    }

    private static final List<Rule> DEFAULT_RULES = load();

    private final List<Rule> rules;
    /** The guide's own service names, longest first: they say which service, not what the sentence is about. */
    private final Pattern ownNames;

    /** Measure rules for sentences of any guide. */
    public MeasureClassifier() {
        this(List.of());
    }

    /**
     * Measure rules for a guide of a service with these names: "Amazon GuardDuty data is encrypted in
     * transit" is about encryption in transit, not monitoring; "AWS Key Management Service" names the
     * guide, not key management.
     */
    public MeasureClassifier(List<String> serviceNamesLongestFirst) {
        this.rules = DEFAULT_RULES;
        this.ownNames = serviceNamesLongestFirst.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + org.docs2kg.extract.internal.Alternation.of(serviceNamesLongestFirst)
                        + "(?:\\s+\\([^)]{1,40}\\))?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    }

    /** The measures {@code sentence} is about, most important first; empty when it names none. */
    public List<Measure> classify(String text) {
        // A link's address is no word of the sentence ("https://docs.aws.amazon.com/…" says nothing of TLS).
        String sentence = URL.matcher(text).replaceAll("");
        sentence = ownNames == null ? sentence : ownNames.matcher(sentence).replaceAll("the service");
        Map<Measure, double[]> found = new EnumMap<>(Measure.class); // weight, first position
        for (Rule r : rules) {
            Matcher m = r.pattern().matcher(sentence);
            if (m.find()) {
                double[] w = found.computeIfAbsent(r.measure(), k -> new double[] {0, Integer.MAX_VALUE});
                w[0] += r.weight();
                w[1] = Math.min(w[1], m.start());
            }
        }
        List<Map.Entry<Measure, double[]>> ranked = new ArrayList<>(found.entrySet());
        ranked.removeIf(e -> e.getValue()[0] < THRESHOLD);
        ranked.sort(Comparator.<Map.Entry<Measure, double[]>>comparingDouble(e -> -e.getValue()[0])
                .thenComparingDouble(e -> e.getValue()[1]).thenComparing(Map.Entry::getKey));
        return ranked.stream().limit(MAX_MEASURES).map(Map.Entry::getKey).toList();
    }

    private static List<Rule> load() {
        List<Rule> list = new ArrayList<>();
        for (RuleTable.Row row : RuleTable.load(RULES)) {
            Measure m = Measure.byId(row.column(0)).orElseThrow(() -> new IllegalStateException(
                    RULES + ":" + row.line() + ": unknown measure " + row.column(0)));
            double weight;
            try {
                weight = Double.parseDouble(row.column(1));
            } catch (NumberFormatException e) {
                throw new IllegalStateException(RULES + ":" + row.line() + ": weight is not a number: " + row.column(1), e);
            }
            list.add(new Rule(row.line(), m, weight,
                    Pattern.compile(row.column(2), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
        }
        return List.copyOf(list);
    }
}
