package org.docs2kg.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command that starts the built jar as a process, as a user's launcher does: this JVM's java,
 * the class-data-sharing archive beside the jar when there is one, then {@code -jar docs2kg.jar}.
 */
public final class JarCommand {

    private JarCommand() {
    }

    public static Path jar() {
        return Path.of(System.getProperty("docs2kg.jar", "target/docs2kg.jar")).toAbsolutePath();
    }

    /**
     * JVM options for every docs2kg process a test starts: the pom's {@code test.jvm.options} (the quick
     * compiler only, in the default run), passed as the system property {@code docs2kg.childJvmOptions}.
     * They change how fast a process runs, never what it does.
     */
    private static List<String> childJvmOptions() {
        String options = System.getProperty("docs2kg.childJvmOptions", "").strip();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** java [cds options] [test JVM options] [extra JVM options] -jar docs2kg.jar */
    public static List<String> java(String... jvmOptions) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        Path archive = jar().resolveSibling("docs2kg.jsa");
        if (Files.isRegularFile(archive)) {
            cmd.addAll(List.of("-XX:SharedArchiveFile=" + archive, "-Xshare:auto", "-Xlog:cds=off",
                    "-Xlog:cds+dynamic=off"));
        }
        cmd.addAll(childJvmOptions());
        cmd.addAll(List.of(jvmOptions));
        cmd.addAll(List.of("-jar", jar().toString()));
        return cmd;
    }

    /** The same as words joined by spaces, for a shell variable expanded unquoted (paths without spaces). */
    public static String words(String... jvmOptions) {
        return String.join(" ", java(jvmOptions));
    }

    /** The same, each word quoted, for a shell script's text. */
    public static String shell(String... jvmOptions) {
        return String.join(" ", java(jvmOptions).stream().map(w -> "'" + w.replace("'", "'\\''") + "'").toList());
    }
}
