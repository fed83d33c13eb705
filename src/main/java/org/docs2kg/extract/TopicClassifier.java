package org.docs2kg.extract;

import org.docs2kg.extract.internal.RuleTable;
import org.docs2kg.model.Heading;
import org.docs2kg.model.Page;
import org.docs2kg.model.TextBlock;
import org.docs2kg.vocab.Taxonomy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Classifies a security-chapter page into the most specific taxonomy concept, following
 * labels-v2/SPEC.md §0 (rules in {@code topic-rules.tsv}, first match wins): a chapter page's
 * title decides; a page nested deeper takes the concept of the page it is nested under unless its
 * title names a concept by that concept's words. A chapter page whose title says nothing takes
 * the concept most of its nested pages' titles point to, failing that most of its headings; a
 * generic "encryption" title is narrowed by what the text covers (at rest, in transit, or both).
 */
public final class TopicClassifier {
    private static final String RULES = "/org/docs2kg/extract/topic-rules.tsv";
    // What a generic "encryption" page protects: stored data, or data on the wire.
    private static final Pattern AT_REST = Pattern.compile(
            "(?i)\\bat rest\\b|server-side encryption|envelope encryption|\\bstored\\b|\\bstorage\\b");
    private static final Pattern IN_TRANSIT = Pattern.compile("(?i)\\bin[ -]transit\\b|\\bTLS\\b|\\bSSL\\b|\\bHTTPS\\b");
    private static final Pattern GENERIC_ENCRYPTION = Pattern.compile("(?i)encrypt");

    private record Rule(Taxonomy concept, Pattern pattern, boolean weak) {
    }

    private static final List<Rule> RULE_TABLE = loadRules();

    private final List<Rule> rules = RULE_TABLE;
    private final Optional<Pattern> ownNames;

    /** A classifier for pages of a guide whose service goes by {@code serviceNames}. */
    public TopicClassifier(Collection<String> serviceNames) {
        List<String> names = serviceNames.stream().filter(n -> !n.isBlank())
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        this.ownNames = names.isEmpty() ? Optional.empty() : Optional.of(Pattern.compile(
                "(?<![\\w-])(?:" + String.join("|", names.stream().map(Pattern::quote).toList()) + ")(?![\\w-])"));
    }

    private static List<Rule> loadRules() {
        List<Rule> list = new ArrayList<>();
        for (RuleTable.Row row : RuleTable.load(RULES)) {
            Taxonomy concept = Taxonomy.byId(row.column(0)).orElseThrow(
                    () -> new IllegalStateException(RULES + ":" + row.line() + ": unknown concept " + row.column(0)));
            list.add(new Rule(concept, Pattern.compile(row.column(1), Pattern.CASE_INSENSITIVE),
                    row.column(2).equals("weak")));
        }
        return List.copyOf(list);
    }

    /** The concept a title alone points to, if any rule matches it. */
    public Optional<Taxonomy> byTitle(String title) {
        return rule(title, false).map(Rule::concept);
    }

    /** The first rule the title matches; with {@code namingOnly}, the first strong one (it names a concept). */
    private Optional<Rule> rule(String title, boolean namingOnly) {
        String t = ownNames.map(p -> p.matcher(title).replaceAll(" ")).orElse(title);
        for (Rule r : rules) {
            if ((!namingOnly || !r.weak()) && r.pattern().matcher(t).find()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** As {@link #classify(String, Optional, Optional, boolean, List)}, for a page with nothing nested under it. */
    public Taxonomy classify(String title, Optional<Page> page, Optional<Taxonomy> parent, boolean isRoot) {
        return classify(title, page, parent, isRoot, List.of());
    }

    /**
     * @param title      the page title
     * @param page       the page, when it is present in the input (its text refines the concept)
     * @param parent     the concept of the topic this page is nested under, if any
     * @param isRoot     whether this is the chapter root
     * @param nestedTitles titles of the pages nested under this one (at any depth), in reading order
     */
    public Taxonomy classify(String title, Optional<Page> page, Optional<Taxonomy> parent, boolean isRoot,
                             List<String> nestedTitles) {
        if (isRoot) {
            return Taxonomy.SECURITY_OVERVIEW;
        }
        if (parent.isPresent() && parent.get() != Taxonomy.SECURITY_OVERVIEW) {
            // Nested below a chapter page: nesting decides unless the title names a concept.
            Optional<Rule> naming = rule(title, true);
            if (naming.isEmpty()) {
                return parent.get();
            }
            // "Using roles for management" under service-linked roles stays service-linked roles.
            Taxonomy c = naming.get().concept();
            return parent.get().broader().orElse(null) == c ? parent.get() : c;
        }
        // A chapter page: its title decides, generic words included.
        Optional<Rule> byTitle = rule(title, false);
        if (byTitle.isPresent()) {
            Taxonomy c = byTitle.get().concept();
            if (c == Taxonomy.DATA_PROTECTION && GENERIC_ENCRYPTION.matcher(title).find() && page.isPresent()) {
                return narrowEncryption(page.get());
            }
            return c;
        }
        // A title that says nothing ("Using X with Lake Formation"): what the sub-chapter's pages are
        // about, else what the page's own sections are about.
        return majority(nestedTitles.stream().map(this::byTitle).flatMap(Optional::stream).toList())
                .or(() -> page.flatMap(this::byHeadings)).orElse(Taxonomy.OTHER);
    }

    private Taxonomy narrowEncryption(Page page) {
        boolean atRest = false;
        boolean inTransit = false;
        for (TextBlock b : page.blocks()) {
            atRest |= AT_REST.matcher(b.text()).find();
            inTransit |= IN_TRANSIT.matcher(b.text()).find();
        }
        for (Heading h : page.headings()) {
            atRest |= AT_REST.matcher(h.text()).find();
            inTransit |= IN_TRANSIT.matcher(h.text()).find();
        }
        if (atRest && !inTransit) {
            return Taxonomy.ENCRYPTION_AT_REST;
        }
        if (inTransit && !atRest) {
            return Taxonomy.ENCRYPTION_IN_TRANSIT;
        }
        return Taxonomy.DATA_PROTECTION;
    }

    /** The concept most section headings point to (ties go to the earlier rule), if any. */
    private Optional<Taxonomy> byHeadings(Page page) {
        return majority(page.headings().stream().filter(h -> h.level() > 1).map(h -> byTitle(h.text()))
                .flatMap(Optional::stream).toList());
    }

    /** The concept named most often (ties go to the earlier rule), if any. */
    private Optional<Taxonomy> majority(List<Taxonomy> votes) {
        Map<Taxonomy, Integer> counts = new EnumMap<>(Taxonomy.class);
        votes.forEach(c -> counts.merge(c, 1, Integer::sum));
        return counts.entrySet().stream()
                .max(Map.Entry.<Taxonomy, Integer>comparingByValue()
                        .thenComparing(e -> -ruleIndex(e.getKey())))
                .map(Map.Entry::getKey);
    }

    private int ruleIndex(Taxonomy c) {
        for (int i = 0; i < rules.size(); i++) {
            if (rules.get(i).concept() == c) {
                return i;
            }
        }
        return rules.size();
    }
}
