package org.docs2kg.model;

import java.util.List;

/** A guide's {@code index.md}: its title (first heading) and table of contents in reading order. */
public record Toc(String title, List<TocEntry> entries) {
    public Toc {
        entries = List.copyOf(entries);
    }
}
