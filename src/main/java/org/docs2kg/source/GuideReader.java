package org.docs2kg.source;

import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.markdown.PageParser;
import org.docs2kg.markdown.TocParser;
import org.docs2kg.markdown.internal.DeepStack;
import org.docs2kg.model.Guide;
import org.docs2kg.model.Page;
import org.docs2kg.model.Toc;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads and parses one guide's files into a {@link Guide}. Pages are parsed in parallel; the
 * result is sorted by file name, so it does not depend on thread timing.
 */
public final class GuideReader {
    private final Diagnostics diagnostics;
    private final boolean parallel;
    private final Function<Toc, Set<String>> readForText;

    public GuideReader(Diagnostics diagnostics, boolean parallel) {
        this(diagnostics, parallel, toc -> Set.of());
    }

    /**
     * @param readForText given a guide's table of contents, the pages whose text will be read
     *                    sentence by sentence: their text blocks are made while they are parsed, in
     *                    one parse instead of two (a hint for speed: any page's blocks can be had
     *                    on demand, see {@link Page#blocks()})
     */
    public GuideReader(Diagnostics diagnostics, boolean parallel, Function<Toc, Set<String>> readForText) {
        this.diagnostics = diagnostics;
        this.parallel = parallel;
        this.readForText = readForText;
    }

    public Guide read(GuideSource source) {
        Optional<Toc> toc = source.index().flatMap(index -> {
            String name = source.sourcePrefix() + InputScanner.INDEX;
            return SourceText.read(index, name, diagnostics).flatMap(text -> {
                try {
                    return Optional.of(TocParser.parse(text));
                } catch (DeepStack.TooDeepException e) {
                    diagnostics.warn(name, 1, "Markdown nested too deep to parse, table of contents ignored");
                    return Optional.empty();
                }
            }).map(t -> checked(t, name));
        });
        Set<String> withText = toc.map(readForText).orElse(Set.of());
        var stream = parallel ? source.pages().parallelStream() : source.pages().stream();
        List<Page> pages = stream.map(readPage(source, withText)).filter(Objects::nonNull)
                .sorted(Comparator.comparing(Page::fileName)).toList();
        String guideSource = source.index().isPresent() ? source.sourcePrefix() + InputScanner.INDEX
                : pages.isEmpty() ? source.sourcePrefix() : pages.get(0).sourcePath();
        Guide guide = new Guide(source.id(), guideSource, toc, pages, origin(source));
        toc.ifPresent(t -> warnMissingTargets(t, guide));
        return guide;
    }

    private Function<Path, Page> readPage(GuideSource source, Set<String> withText) {
        return file -> {
            String name = InputScanner.fileName(file);
            String sourcePath = source.sourcePrefix() + name;
            return SourceText.read(file, sourcePath, diagnostics).map(text -> {
                try {
                    return PageParser.parse(text, name, sourcePath, withText.contains(name));
                } catch (DeepStack.TooDeepException e) {
                    diagnostics.warn(sourcePath, 1, "Markdown nested too deep to parse, page skipped");
                    return null;
                }
            }).orElse(null);
        };
    }

    /**
     * The guide folder's SOURCE file ("repository: …", "commit: …", "path: doc_source/*.md"), when
     * it names a repository and a commit.
     */
    private java.util.Optional<Guide.Origin> origin(GuideSource source) {
        java.util.Optional<Path> file = source.origin(); // found (and checked to lie inside the input) by InputScanner
        if (file.isEmpty()) {
            return java.util.Optional.empty();
        }
        java.util.Map<String, String> keys = new java.util.HashMap<>();
        SourceText.read(file.get(), source.sourcePrefix() + "SOURCE", diagnostics).ifPresent(text -> text.lines()
                .map(l -> l.split(":", 2)).filter(kv -> kv.length == 2)
                .forEach(kv -> keys.putIfAbsent(kv[0].strip().toLowerCase(java.util.Locale.ROOT), kv[1].strip())));
        String repository = keys.getOrDefault("repository", "");
        String commit = keys.getOrDefault("commit", "");
        if (repository.isEmpty() || commit.isEmpty()) {
            return java.util.Optional.empty();
        }
        String path = keys.getOrDefault("path", "");
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/')) : "";
        return java.util.Optional.of(new Guide.Origin(repository, commit, folder));
    }

    /** A table-of-contents link to a page the guide does not have is worth a warning, not silence. */
    private void warnMissingTargets(Toc toc, Guide guide) {
        java.util.Set<String> warned = new java.util.HashSet<>();
        for (org.docs2kg.model.TocEntry e : toc.entries()) {
            String target = e.target();
            if (!target.isEmpty() && guide.page(target).isEmpty() && warned.add(target)) {
                diagnostics.warn(guide.sourcePath(), e.line(), "table of contents links to '" + target
                        + "', which is not a page of this guide");
            }
        }
    }

    private Toc checked(Toc toc, String name) {
        if (toc.title().isBlank()) {
            diagnostics.warn(name, 1, "index.md has no title heading");
        }
        if (toc.entries().isEmpty()) {
            diagnostics.warn(name, 1, "index.md has no table of contents (no list of links)");
        }
        return toc;
    }
}
