package org.docs2kg.cli;

import org.apache.jena.riot.Lang;
import org.docs2kg.support.CliRun;
import org.docs2kg.support.Rdf;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The command line in-process: exit codes, output, one-line errors. */
class CliTest {
    private static final String EXAMPLES = TestData.examples().toString();

    @Test
    void exportToStdoutIsTurtleAndSummaryGoesToStderr() {
        CliRun r = CliRun.of("export", EXAMPLES);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(Rdf.parse(r.out().getBytes(StandardCharsets.UTF_8), Lang.TURTLE).size() > 100);
        assertTrue(r.err().startsWith("exported 1 guide, 10 pages"), r.err());
        assertEquals("", CliRun.of("export", "--quiet", EXAMPLES).err());
    }

    @Test
    void exportToFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("g.nt");
        CliRun r = CliRun.of("export", EXAMPLES, "-o", out.toString(), "--format", "ntriples");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertTrue(Rdf.parse(Files.readAllBytes(out), Lang.NTRIPLES).size() > 100);
    }

    @Test
    void queryListShowsTheNamedQueries() {
        CliRun r = CliRun.of("query", "--list");
        assertEquals(0, r.exitCode(), r.err());
        for (String name : List.of("services", "pages", "topics", "responsibilities")) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(name + " ")), name);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = ';', value = {
        "services;guide,service",
        "pages;guide,page,title,parent",
        "topics;guide,service,page,title,concept",
        "responsibilities;guide,service,page,line,party,modality,text,itemOf,sharedBy,measures",
        "measures;guide,measure,aws,customer,shared",
        "controls;measure,label,control,title",
        "defaults;measure,service,guide,page,line,text",
        "specific;guide,service,page,line,party,modality,text,sharedBy",
        "matrix;guide,concept,aws,customer,shared",
    })
    void namedQueriesHaveTheDocumentedColumns(String name, String header, @TempDir Path dir) {
        Path ttl = dir.resolve("g.ttl");
        assertEquals(0, CliRun.of("export", "-q", EXAMPLES, "-o", ttl.toString()).exitCode());
        CliRun r = CliRun.of("query", ttl.toString(), "--named", name, "--format", "csv");
        assertEquals(0, r.exitCode(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(header, lines.get(0));
        assertTrue(lines.size() > 1, "rows for " + name);
    }

    @Test
    void queryOverMarkdownExportsOnTheFly() {
        CliRun r = CliRun.of("query", EXAMPLES, "--query", "SELECT (COUNT(*) AS ?n) { ?s a dk:Statement }", "-f", "csv");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(List.of("n", "14"), r.out().lines().toList()); // 10 cued, 2 list items, 2 provisions
    }

    @Test
    void pagesQueryGivesParents() {
        CliRun r = CliRun.of("query", EXAMPLES, "--named", "pages", "-f", "tsv");
        assertTrue(r.out().lines().anyMatch(l -> l.equals(
                "\"widget-service-guide\"\t\"security-encryption-at-rest.md\"\t\"Encryption at rest\"\t\"security-data-protection.md\"")),
                r.out());
    }

    @Test
    void askAndConstructWork() {
        assertEquals("yes", CliRun.of("query", EXAMPLES, "--query", "ASK { ?g a dk:Guide }").out().strip());
        CliRun c = CliRun.of("query", EXAMPLES, "--query", "CONSTRUCT { ?g a dk:Guide } WHERE { ?g a dk:Guide }");
        assertEquals(1, Rdf.parse(c.out().getBytes(StandardCharsets.UTF_8), Lang.TURTLE).size());
    }

    @Test
    void missingInputIsOneLineAndExit1(@TempDir Path dir) {
        Path out = dir.resolve("x.ttl");
        CliRun r = CliRun.of("export", dir.resolve("nope").toString(), "-o", out.toString());
        assertEquals(1, r.exitCode());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().contains("nope: no such file or directory"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void badSparqlNamesLineAndColumn() {
        CliRun r = CliRun.of("query", EXAMPLES, "--query", "SELECT ?x WHERE {\n  ?x ?y \n}}");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().matches("(?s)docs2kg: --query:3:\\d+: SPARQL syntax error: .*"), r.err());
        assertEquals(1, r.err().lines().count(), r.err());
    }

    @Test
    void badTurtleNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\nex:a ex:b .\n");
        CliRun r = CliRun.of("query", bad.toString(), "--named", "services");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().startsWith("docs2kg: " + bad + ":3:"), r.err());
        Files.writeString(bad, ":%");
        CliRun weird = CliRun.of("query", bad.toString(), "--named", "services");
        assertEquals(1, weird.exitCode());
        assertTrue(weird.err().startsWith("docs2kg: " + bad), weird.err());
        assertFalse(weird.err().contains("\tat "), "no stack trace");
    }

    @Test
    void usageErrorsExit2() {
        assertEquals(2, CliRun.of("export").exitCode());
        assertEquals(2, CliRun.of("export", EXAMPLES, "--format", "yaml").exitCode());
        assertEquals(2, CliRun.of("query", EXAMPLES).exitCode());
        assertEquals(2, CliRun.of("query", "--named", "topics").exitCode());
        assertEquals(2, CliRun.of("frobnicate").exitCode());
        assertEquals(2, CliRun.of().exitCode());
        CliRun r = CliRun.of("export", "--bogus", EXAMPLES);
        assertTrue(r.err().contains("Try 'docs2kg export --help'"), r.err());
    }

    @Test
    void aBaseThatIsNotAnAbsoluteIriIsAUsageError() {
        for (String cmd : List.of("export", "load", "query")) {
            CliRun r = switch (cmd) {
                case "query" -> CliRun.of("query", EXAMPLES, "--named", "services", "--base", "not/absolute");
                case "load" -> CliRun.of("load", EXAMPLES, "--base", "not/absolute", "--store", "/nonexistent/never-created");
                default -> CliRun.of("export", EXAMPLES, "--base", "not/absolute");
            };
            assertEquals(2, r.exitCode(), cmd + ": " + r.err());
            assertTrue(r.err().contains("not an absolute IRI"), r.err());
        }
    }

    @Test
    void unknownNamedQueryIsAFailureThatListsTheKnownOnes() {
        CliRun r = CliRun.of("query", EXAMPLES, "--named", "nonesuch");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("responsibilities"), r.err());
    }

    @Test
    void helpAndVersion() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        for (String cmd : List.of("export", "query", "validate", "evaluate")) {
            assertTrue(help.out().contains(cmd), cmd);
        }
        assertTrue(CliRun.of("--version").out().contains("Apache Jena"));
        assertTrue(CliRun.of("export", "--help").out().contains("--format"));
    }

    @Test
    void validateReportsViolationsAndExits1(@TempDir Path dir) throws Exception {
        Path ttl = dir.resolve("g.ttl");
        CliRun.of("export", "-q", EXAMPLES, "-o", ttl.toString());
        CliRun ok = CliRun.of("validate", ttl.toString());
        assertEquals(0, ok.exitCode(), ok.out() + ok.err());
        assertTrue(ok.out().contains("conforms"));
        Path broken = dir.resolve("broken.ttl");
        Files.writeString(broken, "PREFIX dk: <https://w3id.org/docs2kg/ontology#>\n<http://x/p> a dk:Page .\n");
        Path report = dir.resolve("report.ttl");
        CliRun bad = CliRun.of("validate", broken.toString(), "--report", report.toString());
        assertEquals(1, bad.exitCode());
        assertTrue(bad.out().contains("http://x/p dcterms:title") || bad.out().contains("http://x/p <http://purl.org/dc/terms/title>"), bad.out());
        assertTrue(Rdf.parse(Files.readAllBytes(report), Lang.TURTLE).size() > 0);
    }

    @Test
    void verboseShowsTheStackTrace(@TempDir Path dir) {
        CliRun r = CliRun.of("export", "--verbose", dir.resolve("nope").toString());
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("\tat "), r.err());
    }

    /** The report reads the store through the same SPARQL as files and guides: the same page either way. */
    @Test
    void theReportOfAStoreIsTheReportOfItsGuides(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("kg");
        assertEquals(0, CliRun.of("load", "-q", EXAMPLES, "--store", store.toString()).exitCode());
        Path fromStore = dir.resolve("store.html");
        Path fromGuides = dir.resolve("guides.html");
        assertEquals(0, CliRun.of("report", "-q", "--store", store.toString(), "-o", fromStore.toString()).exitCode());
        assertEquals(0, CliRun.of("report", "-q", EXAMPLES, "-o", fromGuides.toString()).exitCode());
        String page = java.nio.file.Files.readString(fromStore);
        assertTrue(page.contains("data-guide=\"widget-service-guide\""), "the store's guide has its matrix row");
        assertEquals(java.nio.file.Files.readString(fromGuides), page);
    }
}
