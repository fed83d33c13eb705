package org.docs2kg.extract;

import org.docs2kg.extract.internal.IndexedPattern;
import org.docs2kg.extract.internal.RuleTable;
import org.docs2kg.vocab.Measure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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

    private record Rule(int line, Measure measure, double weight, String regex, Pattern unless) {
    }

    private static final List<Rule> DEFAULT_RULES = load();
    /** Every rule's expression, searched in one pass over the sentence (in the rules' order). */
    private static final IndexedPattern DEFAULT_PATTERNS = new IndexedPattern(
            DEFAULT_RULES.stream().map(Rule::regex).toList());

    /** The guide's own service names, longest first: they say which service, not what the sentence is about. */
    private final Pattern ownNames;

    /** Results by the text the rules read (names masked, lower case): boilerplate recurs in every guide. */
    private final java.util.concurrent.ConcurrentHashMap<String, List<Measure>> known;
    /** Results by the sentence as given, for this guide's names (the same text is asked about several times). */
    private final java.util.concurrent.ConcurrentHashMap<String, List<Measure>> askedBefore =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** The guide's own names in lower case: a sentence without any needs no masking. */
    private final List<String> ownNamesLower;
    private static final int CACHE_LIMIT = 4_000;

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
        this(serviceNamesLongestFirst, new java.util.concurrent.ConcurrentHashMap<>());
    }

    private MeasureClassifier(List<String> serviceNamesLongestFirst,
                              java.util.concurrent.ConcurrentHashMap<String, List<Measure>> known) {
        this.known = known;
        this.ownNamesLower = serviceNamesLongestFirst.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList();
        this.ownNames = serviceNamesLongestFirst.isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])" + org.docs2kg.extract.internal.Alternation.of(serviceNamesLongestFirst)
                        + "(?:\\s+\\([^)]{1,40}\\))?(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE);
    }

    /**
     * The same rules for a guide of another service, sharing this classifier's results: what a
     * sentence is about depends only on its text once the service's names are masked, so the
     * boilerplate of a run's guides is classified once.
     */
    public MeasureClassifier forService(List<String> serviceNamesLongestFirst) {
        return new MeasureClassifier(serviceNamesLongestFirst, known);
    }

    /** The measures {@code sentence} is about, most important first; empty when it names none. */
    public List<Measure> classify(String text) {
        // The recognisers ask about one sentence several times (its words, then its clauses): asked once.
        List<Measure> asked = askedBefore.get(text);
        if (asked != null) {
            return asked;
        }
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        // A link's address is no word of the sentence ("https://docs.aws.amazon.com/…" says nothing of TLS).
        String sentence = lower.contains("http") ? URL.matcher(text).replaceAll("") : text;
        if (ownNames != null && ownNamesLower.stream().anyMatch(lower::contains)) {
            sentence = ownNames.matcher(sentence).replaceAll("the service");
        }
        // The rules are written in lower case and matched case-sensitively against the lower-cased text:
        // a case-insensitive match of forty expressions was most of classification's time.
        sentence = sentence == text ? lower : sentence.toLowerCase(java.util.Locale.ROOT);
        List<Measure> result = known.get(sentence);
        if (result == null) {
            result = rank(sentence);
            remember(known, sentence, result);
        }
        remember(askedBefore, text, result);
        return result;
    }

    /** Bounded memory: a cleared cache only costs time. */
    private static void remember(java.util.Map<String, List<Measure>> cache, String key, List<Measure> value) {
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear();
        }
        cache.put(key, value);
    }

    private List<Measure> rank(String sentence) {
        Map<Measure, double[]> found = new EnumMap<>(Measure.class); // weight, first position
        int[] matches = DEFAULT_PATTERNS.findEach(sentence);
        for (int i = 0; i < DEFAULT_RULES.size(); i++) {
            Rule r = DEFAULT_RULES.get(i);
            int at = matches[i];
            if (at >= 0 && (r.unless() == null || !r.unless().matcher(sentence).find())) {
                double[] w = found.computeIfAbsent(r.measure(), k -> new double[] {0, Integer.MAX_VALUE});
                w[0] += r.weight();
                w[1] = Math.min(w[1], at);
            }
        }
        List<Map.Entry<Measure, double[]>> ranked = new ArrayList<>(found.entrySet());
        ranked.removeIf(e -> e.getValue()[0] < THRESHOLD);
        ranked.sort(Comparator.<Map.Entry<Measure, double[]>>comparingDouble(e -> -e.getValue()[0])
                .thenComparingDouble(e -> e.getValue()[1]).thenComparing(Map.Entry::getKey));
        return ranked.stream().limit(MAX_MEASURES).map(Map.Entry::getKey).toList();
    }

    /** A rule's expression, which must be in lower case (an upper-case letter outside an escape would never match). */
    private static Pattern lowerCase(RuleTable.Row row, int column) {
        String regex = row.column(column);
        for (int i = 0; i < regex.length(); i++) {
            if (Character.isUpperCase(regex.charAt(i)) && (i == 0 || regex.charAt(i - 1) != '\\')) {
                throw new IllegalStateException(RULES + ":" + row.line() + ": write the expression in lower case: " + regex);
            }
        }
        return Pattern.compile(regex);
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
            Pattern unless = row.columns().size() > 3 ? lowerCase(row, 3) : null;
            list.add(new Rule(row.line(), m, weight, lowerCase(row, 2).pattern(), unless));
        }
        return List.copyOf(list);
    }
}
