package org.docs2kg.io;

import org.apache.jena.atlas.RuntimeIOException;
import org.docs2kg.diagnostics.Docs2KgException;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Writes a file so that readers see either the previous file or the complete new one: the
 * content goes to a temporary file in the same directory, which is forced to disk and then
 * renamed over the target. On failure the temporary file is removed and the target is untouched.
 */
public final class AtomicFile {

    // Temporary files being written right now, removed by a shutdown hook if the process is
    // interrupted (SIGINT, SIGTERM). Process-wide by nature: a hook runs once per JVM.
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static final AtomicBoolean HOOK = new AtomicBoolean();
    // Set when the process begins to shut down: a write still running must then not replace its target.
    private static final AtomicBoolean SHUTTING_DOWN = new AtomicBoolean();

    private AtomicFile() {
    }

    private static void track(Path tmp) {
        if (HOOK.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                SHUTTING_DOWN.set(true);
                IN_FLIGHT.forEach(p -> {
                    try {
                        Files.deleteIfExists(p);
                    } catch (IOException ignored) {
                        // the process is ending; nothing more can be done
                    }
                });
            }, "docs2kg-temporary-files"));
        }
        IN_FLIGHT.add(tmp);
    }

    /**
     * Temporary files beside {@code target} left by an earlier run that was killed outright
     * (SIGKILL gives no chance to clean up): ".NAME.*.tmp". Callers name them in a warning.
     */
    public static List<Path> staleTemporaries(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || absolute.getFileName() == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        String prefix = "." + absolute.getFileName() + ".";
        try (var files = Files.list(dir)) {
            return files.filter(p -> {
                String n = p.getFileName().toString();
                return n.startsWith(prefix) && n.endsWith(".tmp") && !IN_FLIGHT.contains(p);
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    @FunctionalInterface
    public interface Writer<T> {
        T writeTo(OutputStream out) throws IOException;
    }

    /**
     * Temporary files are created owner-only; the result should look like any file the user
     * writes: the previous file's permissions, or rw-r--r-- for a new one.
     */
    private static void keepPermissions(Path tmp, Path target) throws IOException {
        if (!tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return;
        }
        var perms = Files.exists(target) ? Files.getPosixFilePermissions(target)
                : java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(tmp, perms);
    }

    /** The path a write must go to: the file a symbolic link points to, else the path itself. */
    private static Path resolveLink(Path target) {
        Path absolute = target.toAbsolutePath();
        if (!Files.isSymbolicLink(absolute)) {
            return absolute;
        }
        try {
            return absolute.toRealPath();
        } catch (IOException e) {
            throw new Docs2KgException(target + ": is a symbolic link to a file that does not exist", e);
        }
    }

    private static <T> T writeInPlace(Path target, Path special, Writer<T> writer) {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(special,
                java.nio.file.StandardOpenOption.WRITE), 1 << 16)) {
            T result = writer.writeTo(out);
            out.flush();
            return result;
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } catch (UncheckedIOException | RuntimeIOException e) {
            throw cannotWrite(target, e.getCause() == null ? e : e.getCause());
        }
    }

    /** One line naming the file and the system's reason ("No space left on device"). */
    private static Docs2KgException cannotWrite(Path target, Throwable e) {
        return new Docs2KgException(target + ": cannot write: " + reason(target, e), e);
    }

    /**
     * The system's reason, never the temporary file's name the user has not heard of (an
     * AccessDeniedException's message is only the path it was denied).
     */
    static String reason(Path target, Throwable e) {
        Path folder = target.toAbsolutePath().getParent();
        if (e instanceof java.nio.file.AccessDeniedException) {
            return "permission denied" + (folder == null ? "" : " (in " + folder + ")");
        }
        if (e instanceof java.nio.file.NoSuchFileException) {
            return "its folder does not exist" + (folder == null ? "" : " (" + folder + ")");
        }
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /**
     * Writes {@code target}: atomically for a regular file (new or existing); through a symbolic
     * link, the file it points to is replaced and the link stays; a device, FIFO or socket is
     * written in place (it cannot be replaced, and must never be turned into a regular file), and
     * its write errors fail the call.
     */
    public static <T> T write(Path target, Writer<T> writer) {
        Path absolute = resolveLink(target);
        if (Files.exists(absolute) && !Files.isRegularFile(absolute) && !Files.isDirectory(absolute)) {
            return writeInPlace(target, absolute, writer);
        }
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new Docs2KgException(target + ": directory does not exist");
        }
        if (Files.isDirectory(absolute)) {
            throw new Docs2KgException(target + ": is a directory");
        }
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            track(tmp);
            keepPermissions(tmp, absolute);
            T result;
            try (var channel = java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(java.nio.channels.Channels.newOutputStream(channel),
                         1 << 16)) {
                result = writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            if (SHUTTING_DOWN.get()) {
                // Interrupted (SIGINT, SIGTERM) while writing: the previous file stays.
                throw new Docs2KgException(target + ": interrupted, previous file left as it was");
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            IN_FLIGHT.remove(tmp);
            tmp = null;
            return result;
        } catch (IOException e) {
            throw cannotWrite(target, e);
        } catch (UncheckedIOException | RuntimeIOException e) {
            // Jena's writers wrap the IOException of a full disk in unchecked exceptions.
            throw cannotWrite(target, e.getCause() == null ? e : e.getCause());
        } finally {
            if (tmp != null) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // best effort: the target itself was never touched
                }
                IN_FLIGHT.remove(tmp);
            }
        }
    }
}
