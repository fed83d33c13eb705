package org.docs2kg.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs a bash script in a folder as a user would, with {@code $D2K} the built jar's command,
 * {@code $D2K_SMALL_HEAP} the same with a 20 MB heap and {@code $EX} the example guides.
 */
public final class Shell {
    public record Result(int code, String out, String err) {
    }

    private Shell() {
    }

    public static Result run(Path dir, String script) throws IOException, InterruptedException {
        return run(dir, script, Map.of());
    }

    /** The same with more environment variables (an empty value removes the variable). */
    public static Result run(Path dir, String script, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).directory(dir.toFile());
        Map<String, String> env = pb.environment();
        env.put("D2K", JarCommand.words());
        env.put("D2K_SMALL_HEAP", JarCommand.words("-Xmx20m"));
        env.put("EX", TestData.examples().toString());
        environment.forEach((k, v) -> {
            if (v.isEmpty()) {
                env.remove(k);
            } else {
                env.put(k, v);
            }
        });
        Path out = Files.createTempFile(dir, ".stdout", "");
        Path err = Files.createTempFile(dir, ".stderr", "");
        try {
            Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
            if (!p.waitFor(2, TimeUnit.MINUTES)) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
                assertTrue(false, "did not finish within 2 minutes: " + script);
            }
            return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
