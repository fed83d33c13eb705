package org.docs2kg.extract;

import org.docs2kg.model.Guide;
import org.docs2kg.model.Page;
import org.docs2kg.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the service a guide documents: its title without "Developer Guide", "User Guide" …,
 * or, for a lone page, the name in its "Security in &lt;service&gt;" title. Short forms that pages
 * use ("App Runner" for "AWS App Runner") become alternative labels.
 */
public final class ServiceNamer {
    // A guide-type suffix: "Guide", "Reference", "Documentation" after up to three words naming the
    // audience or the activity ("Developer", "Administration", "Getting Started", "API", "Migration").
    private static final Pattern GUIDE_SUFFIX = Pattern.compile(
            "(?i)\\s*[-–:]?\\s*\\b((developers?|users?|administrators?|administration|admin|management|operations"
                    + "|operators?|getting started|quick ?start|release|best practices|security|cli|sdk|api|programming"
                    + "|migration|deployment|installation|configuration|set-?up|troubleshooting|planning|integration"
                    + "|implementation|technical|tutorials?|concepts|architecture|design|command line|console)\\s+){0,3}"
                    + "(guide|reference|documentation|docs)\\s*$");
    private static final Pattern SECURITY_TITLE = Pattern.compile(
            "(?i)^security(?: and compliance)? (?:in|for|of) (?:the )?(.+?)\\s*$|^(.+?) security\\s*$");
    private static final Pattern VENDOR_PREFIX = Pattern.compile("^(AWS|Amazon)\\s+");

    private final ServiceCatalog catalog;

    public ServiceNamer(ServiceCatalog catalog) {
        this.catalog = catalog;
    }

    /** The service, given the guide and the title of its security chapter root (if any). */
    public Service name(Guide guide, Optional<String> chapterTitle) {
        Optional<String> fromChapter = chapterTitle.flatMap(ServiceNamer::serviceInSecurityTitle);
        String name;
        if (guide.toc().isPresent() && !guide.toc().get().title().isBlank()) {
            name = stripGuideSuffix(guide.toc().get().title());
        } else {
            name = fromChapter.or(() -> guide.pages().stream().map(Page::title)
                    .map(ServiceNamer::serviceInSecurityTitle).flatMap(Optional::stream).findFirst())
                    .orElse(guide.title());
            // A lone page says "App Runner"; the catalogue knows it as "AWS App Runner".
            name = catalog.canonical(name).orElse(name);
        }
        SortedSet<String> alt = new TreeSet<>();
        fromChapter.ifPresent(alt::add);
        Matcher m = VENDOR_PREFIX.matcher(name);
        if (m.find()) {
            alt.add(name.substring(m.end()));
        }
        catalog.canonical(name).ifPresent(c -> {
            alt.add(c);
            alt.addAll(catalog.aliases(c));
        });
        alt.removeIf(String::isBlank);
        return new Service(name, alt);
    }

    static String stripGuideSuffix(String title) {
        String name = collapseRepeats(GUIDE_SUFFIX.matcher(title.strip()).replaceFirst("").strip());
        return name.isEmpty() ? title.strip() : name;
    }

    /**
     * Drops a run of words that repeats right after itself: guide titles put the family name and the
     * guide's own name side by side ("Amazon GuardDuty Amazon GuardDuty", "Amazon Foo Foo for Bar").
     */
    static String collapseRepeats(String name) {
        List<String> words = new ArrayList<>(List.of(name.split("\\s+")));
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int n = words.size() / 2; n >= 1 && !changed; n--) {
                for (int i = 0; i + 2 * n <= words.size() && !changed; i++) {
                    if (words.subList(i, i + n).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList()
                            .equals(words.subList(i + n, i + 2 * n).stream().map(w -> w.toLowerCase(Locale.ROOT)).toList())) {
                        words.subList(i + n, i + 2 * n).clear();
                        changed = true;
                    }
                }
            }
        }
        return String.join(" ", words);
    }

    /** "Security in Amazon EFS" → "Amazon EFS"; "Amazon SNS security" → "Amazon SNS". */
    static Optional<String> serviceInSecurityTitle(String title) {
        Matcher m = SECURITY_TITLE.matcher(title.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String s = m.group(1) != null ? m.group(1) : m.group(2);
        return Optional.of(s.strip());
    }
}
