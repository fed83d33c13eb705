package org.docs2kg.source;

import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.diagnostics.Docs2KgException;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the guides in what the user names: a guide folder, a folder of guides (found
 * recursively by their {@code index.md}), or single Markdown files of any extension. Symbolic
 * links are never followed out of the input, and a link loop cannot trap the walk.
 */
public final class InputScanner {
    public static final String INDEX = "index.md";

    private final Diagnostics diagnostics;

    public InputScanner(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /**
     * The guides of all inputs, sorted by id; fails when an input is missing. Two inputs that give
     * the same guide id (two files named page.md in different folders) are both kept: the later
     * one gets "-2", "-3" … appended, with a warning.
     */
    public List<GuideSource> scan(List<Path> inputs) {
        Map<String, GuideSource> byId = new TreeMap<>();
        Map<String, Path> origin = new HashMap<>();
        for (Path input : inputs) {
            for (GuideSource g : scanOne(input)) {
                GuideSource unique = g;
                for (int n = 2; origin.containsKey(unique.id()); n++) {
                    unique = new GuideSource(g.id() + "-" + n, g.sourcePrefix(), g.index(), g.pages(), g.origin());
                }
                if (unique != g) {
                    diagnostics.warn(input.toString(), 0, "guide id '" + g.id() + "' is already taken by "
                            + origin.get(g.id()) + ": this one is '" + unique.id() + "'");
                }
                origin.put(unique.id(), input);
                byId.put(unique.id(), unique);
            }
        }
        return List.copyOf(byId.values());
    }

    private List<GuideSource> scanOne(Path input) {
        if (!Files.exists(input, java.nio.file.LinkOption.NOFOLLOW_LINKS) && !Files.exists(input)) {
            throw new Docs2KgException(input + ": no such file or directory");
        }
        if (Files.isRegularFile(input)) {
            if (!Files.isReadable(input)) {
                throw new Docs2KgException(input + ": file is not readable");
            }
            String name = fileName(input);
            int dot = name.lastIndexOf('.');
            String id = dot > 0 ? name.substring(0, dot) : name;
            return List.of(new GuideSource(id, "", Optional.empty(), List.of(input)));
        }
        if (!Files.isDirectory(input)) {
            throw new Docs2KgException(input + ": neither a file nor a directory");
        }
        Path root;
        try {
            // A link the user names is followed: the folder it points to is the input.
            root = Files.isSymbolicLink(input) ? input.toRealPath() : input.toAbsolutePath().normalize();
        } catch (IOException e) {
            throw new Docs2KgException(input + ": cannot follow: " + e.getMessage(), e);
        }
        List<Path> guideDirs = findGuideDirs(root);
        List<GuideSource> result = new ArrayList<>();
        if (guideDirs.isEmpty()) {
            GuideSource only = guide(root, root, Optional.empty());
            if (only.pages().isEmpty()) {
                throw new Docs2KgException(input + ": no guide found (no " + INDEX + " and no .md pages inside it"
                        + " that could be read)");
            }
            diagnostics.warn(input.toString(), 0, "no " + INDEX + " found: its .md files are read as one guide"
                    + " without a table of contents");
            result.add(only);
            return result;
        }
        for (Path dir : guideDirs) {
            boolean hasIndex = isFileInside(root, dir.resolve(INDEX));
            if (!hasIndex) {
                diagnostics.warn(dir.toString(), 0, "no " + INDEX + ": its .md files are read as a guide without a"
                        + " table of contents");
            }
            result.add(guide(root, dir, hasIndex ? Optional.of(dir.resolve(INDEX)) : Optional.empty()));
        }
        return result;
    }

    private static String guideId(Path root, Path dir) {
        return dir.equals(root) ? fileName(root) : FileNames.relative(root, dir);
    }

    private GuideSource guide(Path root, Path dir, Optional<Path> index) {
        String id = guideId(root, dir);
        List<Path> pages = new ArrayList<>();
        try (var stream = Files.list(dir)) {
            // Each name is made once: a guide folder holds hundreds of pages, and sorting asks for names often.
            stream.map(p -> java.util.Map.entry(fileName(p), p))
                    .filter(e -> e.getKey().endsWith(".md") && !e.getKey().equals(INDEX))
                    .filter(e -> isReadableFileInside(root, e.getValue()))
                    .peek(e -> {
                        if (!FileNames.isUtf8(e.getValue())) {
                            diagnostics.warn(e.getValue().toString(), 0, "file name is not UTF-8: recorded as '"
                                    + e.getKey() + "' (its other bytes percent-encoded)");
                        }
                    })
                    .sorted(java.util.Map.Entry.comparingByKey())
                    .forEach(e -> pages.add(e.getValue()));
        } catch (IOException e) {
            throw new Docs2KgException(dir + ": cannot list directory: " + e.getMessage(), e);
        }
        // SOURCE names the repository the report and OSCAL link to: read only from inside the input.
        Path source = dir.resolve("SOURCE");
        Optional<Path> origin = Files.exists(source, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                && isReadableFileInside(root, source) ? Optional.of(source) : Optional.empty();
        return new GuideSource(id, id + "/", index, pages, origin);
    }

    /** The same test as {@link #isReadableFileInside}, without a warning (asked again of a file already checked). */
    private static boolean isFileInside(Path root, Path p) {
        return unreadable(root, p) == null;
    }

    /** A regular file whose real location lies inside the input root (a link out is never read); a warning says why not. */
    private boolean isReadableFileInside(Path root, Path p) {
        String why = unreadable(root, p);
        if (why != null && !why.isEmpty()) {
            diagnostics.warn(p.toString(), 0, why);
        }
        return why == null;
    }

    /**
     * Why {@code p} is not read, or null when it is a regular file whose real location lies inside
     * the input root; "" when there is nothing to say (no such file, a folder).
     */
    private static String unreadable(Path root, Path p) {
        if (!Files.isSymbolicLink(p)) {
            if (Files.isRegularFile(p)) {
                return null;
            }
            // A FIFO would block the read, a device never end: skipped like any unreadable page.
            return Files.exists(p) && !Files.isDirectory(p) ? "not a regular file (a FIFO or device), skipped" : "";
        }
        try {
            Path real = p.toRealPath();
            return real.startsWith(root.toRealPath()) && Files.isRegularFile(real) ? null
                    : "symbolic link points outside the input, not followed";
        } catch (IOException e) {
            return "broken symbolic link, skipped";
        }
    }

    /**
     * Folders with an index.md, and — once there is at least one — folders below the root that
     * hold .md pages but no index.md (a guide whose index is missing is still a guide). The root's
     * own loose files (a README beside the guides) are not a guide.
     */
    private List<Path> findGuideDirs(Path root) {
        List<Path> dirs = new ArrayList<>();
        List<Path> withoutIndex = new ArrayList<>();
        try {
            // Links to folders are followed while they stay inside the input; one that leads out of
            // it is warned about and not entered, a loop is not entered twice.
            Path realRoot = root.toRealPath();
            Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                    if (Files.isSymbolicLink(dir) && !dir.toRealPath().startsWith(realRoot)) {
                        diagnostics.warn(dir.toString(), 0, "symbolic link points outside the input, not followed");
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path index = dir.resolve(INDEX);
                    // An index.md that links out of the input is not read (warned once, here), as pages are not.
                    if (Files.exists(index, java.nio.file.LinkOption.NOFOLLOW_LINKS) && isReadableFileInside(root, index)) {
                        dirs.add(dir);
                    } else if (!dir.equals(root) && hasPages(dir)) {
                        withoutIndex.add(dir);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException exc) {
                    diagnostics.warn(file.toString(), 0, exc instanceof java.nio.file.FileSystemLoopException
                            ? "symbolic link loop, not followed" : "cannot read: " + exc.getMessage());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new Docs2KgException(root + ": cannot walk directory: " + e.getMessage(), e);
        }
        if (dirs.isEmpty() && !hasPages(root)) {
            // No index.md anywhere (or none that could be read), and no pages of the root's own: the
            // folders that hold pages are the guides, each without its table of contents.
            dirs.addAll(withoutIndex);
        } else if (!dirs.isEmpty()) {
            for (Path dir : withoutIndex) {
                // images/placeholder.md below a guide's index.md is part of that guide's folder,
                // never a guide of its own (and not one of its pages: the index lists those).
                Optional<Path> owner = dirs.stream().filter(dir::startsWith)
                        .max(Comparator.comparingInt(Path::getNameCount));
                if (owner.isPresent()) {
                    diagnostics.warn(dir.toString(), 0, "folder inside guide '" + guideId(root, owner.get())
                            + "' without its own " + INDEX + ": its .md files are skipped");
                } else {
                    dirs.add(dir);
                }
            }
        }
        dirs.sort(Comparator.comparing(d -> FileNames.relative(root, d)));
        return dirs;
    }

    private static boolean hasPages(Path dir) {
        try (var files = Files.list(dir)) {
            return files.anyMatch(p -> fileName(p).endsWith(".md") && Files.isRegularFile(p));
        } catch (IOException e) {
            return false;
        }
    }

    static String fileName(Path p) {
        return FileNames.name(p);
    }
}
