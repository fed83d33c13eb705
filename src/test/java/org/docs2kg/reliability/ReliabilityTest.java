package org.docs2kg.reliability;

import org.apache.jena.irix.IRIs;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.api.Exporter;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.diagnostics.Warning;
import org.docs2kg.support.CliRun;
import org.docs2kg.support.Rdf;
import org.docs2kg.validate.ShapesValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Bad input (see docs/reliability.md): the run goes on, warnings name file and line, output stays valid. */
class ReliabilityTest {

    private static Model exportWith(Diagnostics d, Path... inputs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(ExportOptions.defaults()).export(List.of(inputs), out, d);
        return Rdf.parse(out.toByteArray(), Lang.TURTLE);
    }

    @Test
    void aThousandHostilePagesExportWithoutACrash(@TempDir Path dir) throws Exception {
        HostileCorpus corpus = HostileCorpus.generate(dir.resolve("corpus"), 1000, 20261124L);
        Diagnostics d = new Diagnostics();
        Model m = exportWith(d, dir.resolve("corpus"));

        assertTrue(m.size() > 1000, "something was exported: " + m.size());
        assertTrue(ShapesValidator.standard().validate(m.getGraph()).conforms(), "output conforms to the shapes");
        m.listSubjects().forEachRemaining(s -> assertTrue(IRIs.check(s.getURI()), s.getURI()));
        assertFalse(d.warnings().isEmpty(), "the hostile corpus gives warnings");
        for (Warning w : d.warnings()) {
            assertFalse(w.file().isBlank(), "every warning names a file: " + w);
            if (w.message().contains("UTF-8") || w.message().contains("binary")) {
                assertTrue(w.line() > 0, "content problems name a line: " + w);
            }
        }
        assertTrue(d.warnings().stream().anyMatch(w -> w.message().contains("invalid UTF-8")));
        assertTrue(d.warnings().stream().anyMatch(w -> w.message().contains("binary")));
        assertTrue(d.warnings().stream().anyMatch(w -> w.message().contains("no index.md")));
        assertTrue(d.warnings().stream().anyMatch(w -> w.message().contains("outside the input")));
        assertFalse(m.listObjects().toList().stream().anyMatch(o -> o.isLiteral()
                && o.asLiteral().getLexicalForm().contains("root:")), "/etc was never read");
        assertTrue(corpus.pages().size() >= 1000);
    }

    @Test
    void strictTurnsWarningsIntoFailure(@TempDir Path dir) throws Exception {
        HostileCorpus.generate(dir.resolve("corpus"), 50, 7L);
        Path out = dir.resolve("out.ttl");
        CliRun r = CliRun.of("export", "--strict", dir.resolve("corpus").toString(), "-o", out.toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("warning: ")), r.err());
        assertTrue(r.err().lines().filter(l -> l.startsWith("docs2kg: ")).count() == 1, r.err());
        assertFalse(Files.exists(out), "no output file under --strict");
        CliRun lenient = CliRun.of("export", dir.resolve("corpus").toString(), "-o", out.toString());
        assertEquals(0, lenient.exitCode(), lenient.err());
        assertTrue(lenient.err().contains(" warnings to "), lenient.err());
        assertFalse(lenient.err().contains("\tat "), "no stack trace");
    }

    @Test
    void hugePagesAndLines(@TempDir Path dir) throws Exception {
        Path guide = dir.resolve("big");
        Files.createDirectories(guide);
        Files.writeString(guide.resolve("index.md"), "# Big Guide\n\n+ [Big page](page.md)\n+ [One line](line.md)\n");
        String prose = "Widgets are kept in a store, e.g. a bucket, and copied twice a day. ";
        Files.writeString(guide.resolve("line.md"), "# One line\n\n" + prose.repeat(10_000_000 / prose.length()) + "\n");
        StringBuilder big = new StringBuilder("# Big page\n\n");
        while (big.length() < 50_000_000) {
            if (big.length() % 40 == 0) {
                big.append("## Part ").append(big.length()).append("\n\n");
            }
            big.append(prose.repeat(8)).append("\n\n");
        }
        Files.writeString(guide.resolve("page.md"), big);
        Diagnostics d = new Diagnostics();
        Model m = exportWith(d, guide);
        assertTrue(Rdf.ask(m, "ASK { ?p dk:fileName 'line.md' ; dcterms:title 'One line' }"));
        assertTrue(Rdf.ask(m, "ASK { ?p dk:fileName 'page.md' ; dcterms:title 'Big page' }"));
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
    }

    @Test
    void unreadableAndOversizedFilesAreSkippedWithAWarning(@TempDir Path dir) throws Exception {
        Path guide = dir.resolve("g");
        Files.createDirectories(guide);
        Files.writeString(guide.resolve("index.md"), "# G\n\n+ [Ok](ok.md)\n");
        Files.writeString(guide.resolve("ok.md"), "# Ok\n");
        // A sparse file over the limit: reading it whole would need an array larger than Java allows.
        try (var raf = new java.io.RandomAccessFile(guide.resolve("huge.md").toFile(), "rw")) {
            raf.setLength(3L * 1024 * 1024 * 1024);
        }
        Path locked = guide.resolve("locked.md");
        Files.writeString(locked, "# Locked\n");
        boolean canLock = !"root".equals(System.getProperty("user.name"))
                && locked.toFile().setReadable(false, false);
        Diagnostics d = new Diagnostics();
        Model m = exportWith(d, guide);
        assertTrue(Rdf.ask(m, "ASK { ?p dk:fileName 'ok.md' }"));
        assertTrue(d.warnings().stream().anyMatch(w -> w.file().equals("g/huge.md") && w.message().contains("too large")),
                d.warnings().toString());
        if (canLock) {
            assertTrue(d.warnings().stream().anyMatch(w -> w.file().equals("g/locked.md")
                    && w.message().contains("cannot read")), d.warnings().toString());
        } else {
            System.out.println("unreadable-file case not checked: running as root, every file is readable");
        }
    }

    @Test
    void duplicateGuideIdsAreKeptApartWithAWarning(@TempDir Path dir) throws Exception {
        for (String folder : List.of("a", "b")) {
            Files.createDirectories(dir.resolve(folder));
            Files.writeString(dir.resolve(folder).resolve("page.md"), "# Security in Thing " + folder + "\n");
        }
        Diagnostics d = new Diagnostics();
        Model m = exportWith(d, dir.resolve("a/page.md"), dir.resolve("b/page.md"));
        assertEquals(List.of("page", "page-2"), Rdf.select(m, "SELECT ?id { ?g a dk:Guide ; dcterms:identifier ?id } "
                + "ORDER BY ?id").stream().map(r -> r.get("id")).toList());
        assertTrue(d.warnings().stream().anyMatch(w -> w.message().contains("already taken")), d.warnings().toString());
    }

    @Test
    void controlCharactersAndOddNamesStayValidRdf(@TempDir Path dir) throws Exception {
        Path guide = dir.resolve("odd guide %#");
        Files.createDirectories(guide);
        // A lone surrogate cannot be written as UTF-8: String.getBytes writes '?' for it, as editors do.
        Files.write(guide.resolve("rtl\u200F \"q\" 日本.md"),
                "# Title\u0001 with \uFFFE and \u202E marks\n\nYou are responsible for \u0007 bells\uD800.\n"
                        .getBytes(StandardCharsets.UTF_8));
        Diagnostics d = new Diagnostics();
        byte[] turtle;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(ExportOptions.defaults()).export(List.of(guide), out, d);
        turtle = out.toByteArray();
        Model m = Rdf.parse(turtle, Lang.TURTLE);
        var rdf4j = org.eclipse.rdf4j.rio.Rio.parse(new java.io.ByteArrayInputStream(turtle), "",
                org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
        assertEquals(m.size(), rdf4j.size());
        String title = Rdf.select(m, "SELECT ?t { ?p a dk:Page ; dcterms:title ?t }").get(0).get("t");
        assertEquals("Title with and \u202E marks", title, "controls and non-characters dropped, RTL mark kept");
    }
}
