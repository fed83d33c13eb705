package org.docs2kg.extract;

import org.docs2kg.extract.internal.Alternation;
import org.docs2kg.extract.internal.FirstCharacterIndex;
import org.docs2kg.extract.internal.RuleTable;
import org.docs2kg.model.Heading;
import org.docs2kg.model.Page;
import org.docs2kg.model.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;

/**
 * Finds what users expect next to the statements: compliance programs a page names
 * ({@code compliance-programs.tsv}) and AWS services it mentions ({@link ServiceCatalog}).
 */
public final class MentionFinder {
    private static final String PROGRAMS = "/org/docs2kg/extract/compliance-programs.tsv";

    /**
     * The program patterns' alternatives grouped, in table order, by the capital or digit they
     * start with (after \b): a text is tried at a position only with those for its character;
     * one alternation of all programs tried at every capital cost a large share of extraction time.
     */
    private final FirstCharacterIndex byFirstCharacter;
    /** The numbers k of the named groups "a" + k in each of those patterns. */
    private final int[][] groupsByFirstCharacter = new int[128][];
    /** For the named group "a" + k: the canonical name of its program. */
    private final List<String> programOfGroup;
    private final ServiceCatalog catalog;

    public MentionFinder(ServiceCatalog catalog) {
        this.catalog = catalog;
        List<String> programs = new ArrayList<>();
        java.util.Map<Character, List<String>> alternatives = new java.util.TreeMap<>();
        java.util.Map<Character, List<Integer>> groups = new java.util.TreeMap<>();
        for (RuleTable.Row row : RuleTable.load(PROGRAMS)) {
            for (String alternative : Alternation.topLevel(row.column(1))) {
                char first = alternative.length() > 2 && alternative.startsWith("\\b") ? alternative.charAt(2) : 0;
                if (!((first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9'))) {
                    throw new IllegalStateException(PROGRAMS + ":" + row.line() + ": '" + alternative
                            + "' does not start with \\b and a capital letter or digit");
                }
                alternatives.computeIfAbsent(first, k -> new ArrayList<>())
                        .add("(?<a" + programs.size() + ">" + alternative + ")");
                groups.computeIfAbsent(first, k -> new ArrayList<>()).add(programs.size());
                programs.add(row.column(0));
            }
        }
        this.byFirstCharacter = new FirstCharacterIndex(alternatives, "");
        groups.forEach((first, list) -> groupsByFirstCharacter[first] = list.stream().mapToInt(Integer::intValue).toArray());
        this.programOfGroup = List.copyOf(programs);
    }

    public SortedSet<String> compliancePrograms(Page page) {
        SortedSet<String> found = new TreeSet<>();
        for (String text : texts(page)) {
            FirstCharacterIndex.Scan scan = byFirstCharacter.scan(text);
            for (int i = 0; i < text.length(); i++) {
                Matcher m = scan.at(i);
                if (m != null) {
                    found.add(programOf(m, text.charAt(i)));
                    i = m.end() - 1; // as a scan with find(): the next match starts after this one
                }
            }
        }
        return found;
    }

    private String programOf(Matcher m, char first) {
        for (int k : groupsByFirstCharacter[first]) {
            if (m.start("a" + k) >= 0) {
                return programOfGroup.get(k);
            }
        }
        throw new IllegalStateException("a match without a program group: " + m.group());
    }

    /** Canonical names of the services the page mentions, without {@code own} (the guide's service). */
    public SortedSet<String> services(Page page, String own) {
        SortedSet<String> found = new TreeSet<>();
        for (String text : texts(page)) {
            found.addAll(catalog.mentions(text));
        }
        found.remove(own);
        catalog.canonical(own).ifPresent(found::remove);
        return found;
    }

    private static List<String> texts(Page page) {
        List<String> texts = new ArrayList<>();
        page.headings().stream().map(Heading::text).forEach(texts::add);
        page.blocks().stream().map(TextBlock::text).forEach(texts::add);
        return texts;
    }
}
