package org.docs2kg.source;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where one guide's files are, before anything is read.
 *
 * @param id           the guide id (folder path relative to the input root, or the lone file's base name)
 * @param sourcePrefix prefix for provenance paths of its files ("aws-app-runner-developer-guide/", or "")
 * @param index        its index.md, if it has one
 * @param pages        its page files, sorted by name
 * @param origin       its SOURCE file (where the guide's files come from), if it has one inside the input
 */
public record GuideSource(String id, String sourcePrefix, Optional<Path> index, List<Path> pages, Optional<Path> origin) {
    public GuideSource {
        pages = List.copyOf(pages);
    }

    /** A guide without a SOURCE file. */
    public GuideSource(String id, String sourcePrefix, Optional<Path> index, List<Path> pages) {
        this(id, sourcePrefix, index, pages, Optional.empty());
    }
}
