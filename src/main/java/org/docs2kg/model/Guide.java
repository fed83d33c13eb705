package org.docs2kg.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A guide: a folder with {@code index.md} and its pages, or a single page given on its own.
 * Immutable; pages are indexed by file name, since links and the table of contents look them up
 * once per link.
 */
public final class Guide {
    private final String id;
    private final String sourcePath;
    private final Optional<Toc> toc;
    private final List<Page> pages;
    private final Map<String, Page> byFileName;
    private final Optional<Origin> origin;

    /**
     * Where a guide's files come from, as its folder's SOURCE file says: a public repository, the
     * commit, and the folder of the pages in it (so that a page and line can be linked there).
     */
    public record Origin(String repository, String commit, String folder) {
    }

    /**
     * @param id         stable identifier: folder path relative to the input root, or the lone file's name
     * @param sourcePath provenance of the guide itself (its index.md, or the lone page), relative to the input
     * @param toc        the table of contents, absent for a lone page or a folder without index.md
     * @param pages      every page, sorted by file name
     */
    public Guide(String id, String sourcePath, Optional<Toc> toc, List<Page> pages) {
        this(id, sourcePath, toc, pages, Optional.empty());
    }

    public Guide(String id, String sourcePath, Optional<Toc> toc, List<Page> pages, Optional<Origin> origin) {
        this.origin = origin;
        this.id = Objects.requireNonNull(id);
        this.sourcePath = Objects.requireNonNull(sourcePath);
        this.toc = Objects.requireNonNull(toc);
        this.pages = List.copyOf(pages);
        Map<String, Page> index = new HashMap<>();
        this.pages.forEach(p -> index.putIfAbsent(p.fileName(), p));
        this.byFileName = Map.copyOf(index);
    }

    public String id() {
        return id;
    }

    public String sourcePath() {
        return sourcePath;
    }

    public Optional<Origin> origin() {
        return origin;
    }

    public Optional<Toc> toc() {
        return toc;
    }

    public List<Page> pages() {
        return pages;
    }

    public Optional<Page> page(String fileName) {
        return Optional.ofNullable(byFileName.get(fileName));
    }

    /** The guide's title: the index.md heading, else the only page's title. */
    public String title() {
        return toc.map(Toc::title).filter(t -> !t.isBlank())
                .orElseGet(() -> pages.size() == 1 ? pages.get(0).title() : id);
    }

    @Override
    public String toString() {
        return "Guide[" + id + ", " + pages.size() + " pages]";
    }
}
