package org.docs2kg.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Small guide folders made on the fly for tests that change their input between runs. */
public final class Guides {

    private Guides() {
    }

    /** A copy of the shipped example guide under {@code root/name}. */
    public static Path copyOfExample(Path root, String name) {
        Path source = TestData.examples().resolve("widget-service-guide");
        Path target = root.resolve(name);
        try (Stream<Path> files = Files.list(source)) {
            Files.createDirectories(target);
            for (Path f : files.toList()) {
                Files.copy(f, target.resolve(f.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** A minimal second guide with one security page and one statement. */
    public static Path tinyGuide(Path root, String name) {
        Path dir = root.resolve(name);
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("index.md"), "# Tiny Thing User Guide\n\n## Contents\n"
                    + "+ [Security in Tiny Thing](security.md)\n");
            Files.writeString(dir.resolve("security.md"), "# Security in Tiny Thing<a name=\"security\"></a>\n\n"
                    + "Security is a shared responsibility between AWS and you\\.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return dir;
    }
}
