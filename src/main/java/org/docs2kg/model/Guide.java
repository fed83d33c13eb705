package org.docs2kg.model;

import java.util.List;
import java.util.Optional;

/**
 * A guide: a folder with {@code index.md} and its pages, or a single page given on its own.
 *
 * @param id         stable identifier: folder path relative to the input root, or the lone file's name
 * @param sourcePath provenance of the guide itself (its index.md, or the lone page), relative to the input
 * @param toc        the table of contents, absent for a lone page or a folder without index.md
 * @param pages      every page, sorted by file name
 */
public record Guide(String id, String sourcePath, Optional<Toc> toc, List<Page> pages) {
    public Guide {
        pages = List.copyOf(pages);
    }

    public Optional<Page> page(String fileName) {
        return pages.stream().filter(p -> p.fileName().equals(fileName)).findFirst();
    }

    /** The guide's title: the index.md heading, else the only page's title. */
    public String title() {
        return toc.map(Toc::title).filter(t -> !t.isBlank())
                .orElseGet(() -> pages.size() == 1 ? pages.get(0).title() : id);
    }
}
