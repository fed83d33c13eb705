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
 */
public record GuideSource(String id, String sourcePrefix, Optional<Path> index, List<Path> pages) {
    public GuideSource {
        pages = List.copyOf(pages);
    }
}
