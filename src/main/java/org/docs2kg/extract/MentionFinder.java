package org.docs2kg.extract;

import org.docs2kg.extract.internal.RuleTable;
import org.docs2kg.model.Heading;
import org.docs2kg.model.Page;
import org.docs2kg.model.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what users expect next to the statements: compliance programs a page names
 * ({@code compliance-programs.tsv}) and AWS services it mentions ({@link ServiceCatalog}).
 */
public final class MentionFinder {
    private static final String PROGRAMS = "/org/docs2kg/extract/compliance-programs.tsv";

    private final List<String> programNames;
    /** All program patterns as one alternation, one named group per program: one scan per text. */
    private final Pattern anyProgram;
    private final ServiceCatalog catalog;

    public MentionFinder(ServiceCatalog catalog) {
        this.catalog = catalog;
        List<String> names = new ArrayList<>();
        List<String> alternatives = new ArrayList<>();
        for (RuleTable.Row row : RuleTable.load(PROGRAMS)) {
            alternatives.add("(?<p" + names.size() + ">" + row.column(1) + ")");
            names.add(row.column(0));
        }
        this.programNames = List.copyOf(names);
        // Every program is written starting with a capital or a digit: the lookahead lets the
        // engine skip all other positions before trying the alternatives (a large share of export time otherwise).
        this.anyProgram = Pattern.compile("(?=[A-Z0-9])(?:" + String.join("|", alternatives) + ")");
    }

    public SortedSet<String> compliancePrograms(Page page) {
        SortedSet<String> found = new TreeSet<>();
        for (String text : texts(page)) {
            Matcher m = anyProgram.matcher(text);
            while (m.find()) {
                for (int i = 0; i < programNames.size(); i++) {
                    if (m.start("p" + i) >= 0) {
                        found.add(programNames.get(i));
                        break;
                    }
                }
            }
        }
        return found;
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
