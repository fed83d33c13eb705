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
                    + "|operators?|getting started|quick ?start|release|best practices|security|cli|api|programming"
                    + "|migration|deployment|installation|configuration|set-?up|troubleshooting|planning|integration"
                    + "|implementation|technical|tutorials?|concepts|architecture|design|command line|console)\\s+){0,3}"
                    + "(guide|reference|documentation|docs)\\s*$");
    private static final Pattern SECURITY_TITLE = Pattern.compile(
            "(?i)^security(?: and compliance)? (?:in|for|of) (?:the )?(.+?)\\s*$|^(.+?) security\\s*$");
    private static final Pattern VENDOR_PREFIX = Pattern.compile("^(AWS|Amazon)\\s+");
    /** "(successor to AWS Single Sign-On)": the service's former name, an alias. */
    private static final Pattern SUCCESSOR = Pattern.compile("(?i)\\s*\\(\\s*(?:the )?successor (?:to|of)\\s+([^)]+?)\\s*\\)");
    /** ", Version 2", " (Version 2.0)", " version 3" at the end of a title. */
    private static final Pattern VERSION_TAIL = Pattern.compile("(?i)\\s*,?\\s*\\(?\\s*\\bversion\\s+\\d+(?:\\.\\d+)*\\s*\\)?\\s*$");
    /** An audience after the guide type: "User Guide for Linux Instances", "User Guide for Aurora". */
    private static final Pattern AUDIENCE_TAIL = Pattern.compile(
            "(?i)(\\b(?:guide|reference|documentation|docs))\\s+for\\s+\\S.*$");
    /** Words that join the parts of a name: a name never ends one word after them ("AWS Identity and Access"). */
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("and", "&");
    /** Audience words that only name a reader, never a part of a service's name. */
    private static final java.util.Set<String> READERS = java.util.Set.of("developer", "developers", "user", "users",
            "administrator", "administrators", "administration", "admin", "operator", "operators", "getting", "quick",
            "quickstart", "api", "cli", "console", "command", "technical", "tutorial", "tutorials");

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
        guide.toc().map(t -> SUCCESSOR.matcher(t.title())).filter(Matcher::find).map(x -> x.group(1).strip())
                .ifPresent(alt::add);
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
        String t = SUCCESSOR.matcher(title.strip()).replaceAll("");
        t = VERSION_TAIL.matcher(t).replaceFirst("");
        t = AUDIENCE_TAIL.matcher(t).replaceFirst("$1");
        String name = collapseRepeats(keepJoinedWords(t.strip(), GUIDE_SUFFIX.matcher(t.strip()).replaceFirst("").strip()));
        return name.isEmpty() ? title.strip() : name;
    }

    /**
     * The stripped name with the audience words given back that finish a joined phrase: "AWS Identity
     * and Access Management User Guide" strips to "AWS Identity and Access", whose last word stands one
     * after "and", so "Management" belongs to the name.
     */
    private static String keepJoinedWords(String full, String stripped) {
        if (stripped.isEmpty() || !full.startsWith(stripped)) {
            return stripped;
        }
        List<String> kept = new ArrayList<>(List.of(stripped.split("\\s+")));
        List<String> removed = new ArrayList<>(List.of(full.substring(stripped.length()).strip().split("\\s+")));
        // The last removed word is the guide type itself; only audience words before it come back.
        while (kept.size() >= 2 && removed.size() > 1
                && CONNECTORS.contains(kept.get(kept.size() - 2).toLowerCase(Locale.ROOT))
                && !READERS.contains(removed.get(0).toLowerCase(Locale.ROOT))) {
            kept.add(removed.remove(0));
        }
        return String.join(" ", kept);
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
