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

/**
 * The AWS services docs2kg knows by name ({@code aws-services.tsv}): canonical names and
 * aliases, for finding mentions in text and for naming a guide's service consistently.
 */
public final class ServiceCatalog {
    private static final String RESOURCE = "/org/docs2kg/extract/aws-services.tsv";
    private static final ServiceCatalog DEFAULT = new ServiceCatalog(RuleTable.load(RESOURCE));

    private final Map<String, String> canonicalByName = new HashMap<>();
    private final Map<String, List<String>> aliasesByCanonical = new HashMap<>();
    /**
     * Every name, grouped by its first word (the run of ASCII letters, digits and '_' it starts
     * with), each group longest name first: at a position in a text only the names that start with
     * the word found there can match. (One regular expression of all names, tried at every capital,
     * cost a share of export time.)
     */
    private final Map<String, List<String>> namesByFirstWord = new HashMap<>();

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
        for (String name : all) {
            namesByFirstWord.computeIfAbsent(wordAt(name, 0), k -> new ArrayList<>()).add(name);
        }
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

    /**
     * Canonical names of the services mentioned in {@code text}. A mention is a name that starts
     * with a capital letter not preceded by a word character or '-', and is not followed by one;
     * where several names start at one place the longest wins, and the search goes on after it.
     */
    public SortedSet<String> mentions(String text) {
        SortedSet<String> found = new TreeSet<>();
        int i = 0;
        while (i < text.length()) {
            String name = i > 0 && isWordOrHyphen(text.charAt(i - 1)) ? null : nameAt(text, i);
            if (name != null) {
                found.add(canonicalByName.get(name));
                i += name.length();
            } else {
                i++;
            }
        }
        return found;
    }

    private String nameAt(String text, int i) {
        if (Character.getType(text.codePointAt(i)) != Character.UPPERCASE_LETTER) {
            return null;
        }
        for (String name : namesByFirstWord.getOrDefault(wordAt(text, i), List.of())) {
            int end = i + name.length();
            if (text.startsWith(name, i) && (end == text.length() || !isWordOrHyphen(text.charAt(end)))) {
                return name;
            }
        }
        return null;
    }

    /** The run of ASCII letters, digits and '_' (a regular expression's \\w) starting at {@code i}. */
    private static String wordAt(String s, int i) {
        int end = i;
        while (end < s.length() && isWord(s.charAt(end))) {
            end++;
        }
        return s.substring(i, end);
    }

    private static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    private static boolean isWordOrHyphen(char c) {
        return isWord(c) || c == '-';
    }
}
