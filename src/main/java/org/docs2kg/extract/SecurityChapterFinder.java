package org.docs2kg.extract;

import org.docs2kg.model.Guide;
import org.docs2kg.model.Link;
import org.docs2kg.model.Page;
import org.docs2kg.model.Toc;
import org.docs2kg.model.TocEntry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds a guide's security chapter: the table-of-contents entry "Security in …" (or
 * "Security for/of …", "… security") nearest the top, and every entry nested under it. A guide
 * without a table of contents takes its "Security in …" page and what its Topics lists reach,
 * page by page, including linked pages that are absent from the input.
 */
public final class SecurityChapterFinder {
    private static final Pattern CHAPTER_TITLE = Pattern.compile(
            "(?i)^security( and compliance)? (in|for|of) .+|^(amazon|aws)\\b.* security$|^security$");

    /** A page of the chapter, before classification. {@code parent} is null for the root. */
    public record ChapterPage(String fileName, String title, String parent) {
    }

    public static boolean isChapterTitle(String title) {
        return CHAPTER_TITLE.matcher(title.strip()).matches();
    }

    /**
     * The file names of the chapter's pages as the table of contents alone gives them (for a guide
     * with one, that is the whole chapter): the pages extraction will read sentence by sentence.
     */
    public static Set<String> chapterFiles(Toc toc) {
        Set<String> files = new java.util.HashSet<>();
        fromToc(toc).forEach(cp -> files.add(cp.fileName()));
        return files;
    }

    /** The chapter's pages, root first, in reading order; empty when the guide has none. */
    public List<ChapterPage> find(Guide guide) {
        if (guide.toc().isPresent() && !guide.toc().get().entries().isEmpty()) {
            return fromToc(guide.toc().get());
        }
        return fromTopicsLists(guide);
    }

    private static List<ChapterPage> fromToc(Toc toc) {
        List<TocEntry> entries = toc.entries();
        TocEntry root = null;
        for (TocEntry e : entries) {
            if (isChapterTitle(e.title()) && (root == null || e.depth() < root.depth())) {
                root = e;
            }
        }
        if (root == null) {
            return List.of();
        }
        List<ChapterPage> pages = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        pages.add(new ChapterPage(root.target(), root.title(), null));
        seen.add(root.target());
        for (int i = root.order() + 1; i < entries.size() && entries.get(i).depth() > root.depth(); i++) {
            TocEntry e = entries.get(i);
            if (!e.target().isEmpty() && seen.add(e.target())) {
                pages.add(new ChapterPage(e.target(), e.title(), e.parentTarget()));
            }
        }
        return pages;
    }

    private static List<ChapterPage> fromTopicsLists(Guide guide) {
        Optional<Page> root = guide.pages().stream().filter(p -> isChapterTitle(p.title())).findFirst();
        if (root.isEmpty()) {
            return List.of();
        }
        List<ChapterPage> pages = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Deque<ChapterPage> queue = new ArrayDeque<>();
        queue.add(new ChapterPage(root.get().fileName(), root.get().title(), null));
        seen.add(root.get().fileName());
        while (!queue.isEmpty()) {
            ChapterPage cp = queue.poll();
            pages.add(cp);
            Optional<Page> page = guide.page(cp.fileName());
            if (page.isEmpty()) {
                continue; // linked but absent: a topic known only by its link
            }
            for (Link link : page.get().topicLinks()) {
                String target = link.targetFile();
                if (!target.isEmpty() && !target.contains("/") && seen.add(target)) {
                    String title = guide.page(target).map(Page::title).orElse(link.text());
                    queue.add(new ChapterPage(target, title, cp.fileName()));
                }
            }
        }
        return pages;
    }
}
