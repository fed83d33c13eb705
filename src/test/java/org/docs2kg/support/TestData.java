package org.docs2kg.support;

import org.junit.jupiter.api.Assumptions;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where test inputs are: the project's own fixtures, and the shared corpus when it is present. */
public final class TestData {

    private TestData() {
    }

    /** The shipped example guides (examples/guides). */
    public static Path examples() {
        return Path.of("examples", "guides").toAbsolutePath();
    }

    public static Path fixture(String name) {
        return Path.of("src", "test", "resources", "fixtures", name).toAbsolutePath();
    }

    /**
     * The cases of a spec-driven fixture ({@code expected<TAB>input} per line, '#' comments), as
     * arguments of a parameterised test.
     */
    public static java.util.stream.Stream<org.junit.jupiter.params.provider.Arguments> cases(String fixture)
            throws java.io.IOException {
        return java.nio.file.Files.readAllLines(fixture(fixture)).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", 2))
                .map(c -> org.junit.jupiter.params.provider.Arguments.of(c[0], c[1]));
    }

    /** The project's own development labels (five corpus guides outside the shared training labels). */
    public static Path devLabels() {
        return Path.of("src", "test", "resources", "dev-labels").toAbsolutePath();
    }

    /**
     * {@code ../shared}, or the folder named by -Ddocs2kg.shared; skips the test when absent, saying
     * so in one line on the console (Maven shows a skip's reason only in its report files).
     */
    public static Path shared(String sub) {
        Path root = Path.of(System.getProperty("docs2kg.shared", "../shared"));
        Path p = root.resolve(sub);
        assume(Files.exists(p), p + " is absent: test skipped (it needs the shared corpus/labels beside the project)");
        return p.toAbsolutePath().normalize();
    }

    /** Skips the test unless {@code condition}, with the reason in one line on the console as well as in the report. */
    public static void assume(boolean condition, String message) {
        if (!condition) {
            System.out.println("[docs2kg] " + caller() + ": " + message);
            Assumptions.abort(message);
        }
    }

    /** The test class and method that asked, for the skip line. */
    private static String caller() {
        return StackWalker.getInstance().walk(frames -> frames.filter(f -> !f.getClassName().equals(TestData.class.getName()))
                .filter(f -> f.getClassName().startsWith("org.docs2kg.") && !f.getClassName().startsWith("org.docs2kg.support."))
                .findFirst().map(f -> f.getClassName().replaceFirst(".*\\.", "") + "." + f.getMethodName()).orElse("a test"));
    }
}
