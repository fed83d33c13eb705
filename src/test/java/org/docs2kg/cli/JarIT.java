package org.docs2kg.cli;

import org.docs2kg.support.JarCommand;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.docs2kg.support.Rdf;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs the shaded jar (target/docs2kg.jar) as a separate process, as users do: this is where a
 * lost META-INF/services entry (Jena's readers and writers) would show.
 */
class JarIT {
    private static Path jar;

    record Result(int code, String out, String err) {
    }

    @BeforeAll
    static void findJar() {
        jar = Path.of(System.getProperty("docs2kg.jar", "target/docs2kg.jar"));
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built by `mvn package`: " + jar);
    }

    static Result run(Path dir, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(JarCommand.java());
        cmd.addAll(List.of(args));
        Path out = dir.resolve("stdout");
        Path err = dir.resolve("stderr");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar finished in time");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsTheCommands(@TempDir Path dir) throws Exception {
        Result r = run(dir, "--help");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("export") && r.out().contains("query") && r.out().contains("validate"), r.out());
    }

    @Test
    void exportQueryAndValidateTheExample(@TempDir Path dir) throws Exception {
        Path ttl = dir.resolve("example.ttl");
        Result export = run(dir, "export", TestData.examples().toString(), "-o", ttl.toString());
        assertEquals(0, export.code(), export.err());
        Model m = Rdf.parse(Files.readAllBytes(ttl), Lang.TURTLE);
        assertTrue(Rdf.ask(m, "ASK { ?s a dk:Statement ; dk:party dk:Shared }"));

        for (String format : List.of("trig", "jsonld", "ntriples", "nquads")) {
            Result r = run(dir, "export", "-q", TestData.examples().toString(), "--format", format);
            assertEquals(0, r.code(), format + ": " + r.err());
            assertTrue(r.out().length() > 1000, format);
        }

        Result q = run(dir, "query", ttl.toString(), "--named", "responsibilities", "--format", "csv");
        assertEquals(0, q.code(), q.err());
        assertEquals("guide,service,page,line,party,modality,text,itemOf,sharedBy,measures", q.out().lines().findFirst().orElse(""));

        Result v = run(dir, "validate", ttl.toString());
        assertEquals(0, v.code(), v.out() + v.err());
    }

    /** The shaded jar carries the JSON and YAML writers the OSCAL view needs, and its output is OSCAL. */
    @Test
    void oscalFromTheJarIsValidJsonAndYaml(@TempDir Path dir) throws Exception {
        Path json = dir.resolve("cd.json");
        Path yaml = dir.resolve("cd.yaml");
        Result r = run(dir, "oscal", TestData.examples().toString(), "-o", json.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("(json, 1 component, "), r.err());
        assertEquals(List.of(), org.docs2kg.support.Oscal.schemaErrors(Files.readString(json)));
        assertEquals(0, run(dir, "oscal", "-q", TestData.examples().toString(), "-o", yaml.toString()).code());
        assertEquals(List.of(), org.docs2kg.support.Oscal.constraintFindings(yaml));
        Path again = dir.resolve("again.json");
        assertEquals(0, run(dir, "oscal", "-q", TestData.examples().toString(), "-o", again.toString()).code());
        assertEquals(-1L, Files.mismatch(json, again), "the same bytes from another process");
    }

    @Test
    void exportIsByteIdenticalAcrossProcesses(@TempDir Path dir) throws Exception {
        Path a = dir.resolve("a.ttl");
        Path b = dir.resolve("b.ttl");
        assertEquals(0, run(dir, "export", "-q", TestData.examples().toString(), "-o", a.toString()).code());
        assertEquals(0, run(dir, "export", "-q", "--sequential", TestData.examples().toString(), "-o", b.toString()).code());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
    }

    @Test
    void errorsAreOneLineWithExitCodes(@TempDir Path dir) throws Exception {
        Result missing = run(dir, "export", dir.resolve("absent").toString());
        assertEquals(1, missing.code());
        assertEquals(1, missing.err().lines().count(), missing.err());
        Result usage = run(dir, "export", "--no-such-option");
        assertEquals(2, usage.code());
    }
}
