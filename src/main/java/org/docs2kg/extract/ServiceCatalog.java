package org.docs2kg.extract;

import org.docs2kg.extract.internal.RuleTable;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The AWS services docs2kg knows by name ({@code aws-services.tsv}): canonical names and
 * aliases, for finding mentions in text and for naming a guide's service consistently.
 */
public final class ServiceCatalog {
    private static final String RESOURCE = "/org/docs2kg/extract/aws-services.tsv";
    private static final ServiceCatalog DEFAULT = new ServiceCatalog(RuleTable.load(RESOURCE));

    private final Map<String, String> canonicalByName = new HashMap<>();
    private final Map<String, List<String>> aliasesByCanonical = new HashMap<>();
    private final Pattern anyName;

    private ServiceCatalog(List<RuleTable.Row> rows) {
        List<String> all = new ArrayList<>();
        for (RuleTable.Row row : rows) {
            String canonical = row.column(0);
            aliasesByCanonical.put(canonical, row.columns().subList(1, row.columns().size()));
            for (String name : row.columns()) {
                canonicalByName.putIfAbsent(name, canonical);
                all.add(name);
            }
        }
        all.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        // Service names start with a capital: the lookahead skips every other position cheaply.
        this.anyName = Pattern.compile("(?=\\p{Lu})(?<![\\w-])(?:" + String.join("|", all.stream().map(Pattern::quote).toList())
                + ")(?![\\w-])");
    }

    public static ServiceCatalog defaults() {
        return DEFAULT;
    }

    /** The canonical name for a name or alias, if known. */
    public Optional<String> canonical(String name) {
        return Optional.ofNullable(canonicalByName.get(name));
    }

    public List<String> aliases(String canonical) {
        return aliasesByCanonical.getOrDefault(canonical, List.of());
    }

    /** Canonical names of the services mentioned in {@code text}, longest names first. */
    public SortedSet<String> mentions(String text) {
        SortedSet<String> found = new TreeSet<>();
        Matcher m = anyName.matcher(text);
        while (m.find()) {
            found.add(canonicalByName.get(m.group()));
        }
        return found;
    }
}
