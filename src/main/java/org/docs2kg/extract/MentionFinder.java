package org.docs2kg.extract;

import org.docs2kg.extract.internal.RuleTable;
import org.docs2kg.model.Heading;
import org.docs2kg.model.Page;
import org.docs2kg.model.TextBlock;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Finds what users expect next to the statements: compliance programs a page names
 * ({@code compliance-programs.tsv}) and AWS services it mentions ({@link ServiceCatalog}).
 */
public final class MentionFinder {
    private static final String PROGRAMS = "/org/docs2kg/extract/compliance-programs.tsv";

    private record Program(String name, Pattern pattern) {
    }

    private final List<Program> programs;
    private final ServiceCatalog catalog;

    public MentionFinder(ServiceCatalog catalog) {
        this.catalog = catalog;
        List<Program> list = new ArrayList<>();
        for (RuleTable.Row row : RuleTable.load(PROGRAMS)) {
            list.add(new Program(row.column(0), Pattern.compile(row.column(1))));
        }
        this.programs = List.copyOf(list);
    }

    public SortedSet<String> compliancePrograms(Page page) {
        SortedSet<String> found = new TreeSet<>();
        for (String text : texts(page)) {
            for (Program p : programs) {
                if (p.pattern().matcher(text).find()) {
                    found.add(p.name());
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
