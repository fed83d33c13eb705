package org.docs2kg.api;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ValidationReport;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.rdf.OutputFormat;
import org.docs2kg.support.Rdf;
import org.docs2kg.support.TestData;
import org.docs2kg.validate.ShapesValidator;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Export of the shipped example guide, checked through SPARQL and independent parsers. */
class ExportTest {
    private static final Path EXAMPLES = TestData.examples();

    @Test
    void guideServiceAndPagesWithTheirHierarchy() {
        Model m = Rdf.export(EXAMPLES);
        assertEquals(List.of(Map.of("id", "widget-service-guide", "title", "Example Widget Service Developer Guide",
                        "src", "widget-service-guide/index.md", "service", "Example Widget Service")),
                Rdf.select(m, "SELECT ?id ?title ?src ?service { ?g a dk:Guide ; dcterms:identifier ?id ; "
                        + "dcterms:title ?title ; dcterms:source ?src ; dk:documents/skos:prefLabel ?service }"));
        assertEquals(List.of(Map.of("page", "security-encryption-at-rest.md", "parent", "security-data-protection.md",
                        "depth", "2", "src", "widget-service-guide/security-encryption-at-rest.md")),
                Rdf.select(m, "SELECT ?page ?parent ?depth ?src { ?p dk:fileName ?page ; dk:parentPage/dk:fileName ?parent ;"
                        + " dk:tocDepth ?depth ; dcterms:source ?src FILTER(?page = 'security-encryption-at-rest.md') }"));
        assertEquals("10", Rdf.select(m, "SELECT (COUNT(?p) AS ?n) { ?p a dk:Page }").get(0).get("n"));
    }

    @Test
    void sectionsKeepLevelAnchorAndLine() {
        Model m = Rdf.export(EXAMPLES);
        assertEquals(List.of(Map.of("title", "Step 1: Create the widget", "level", "2", "line", "7",
                        "anchor", "getting-started-create-step1")),
                Rdf.select(m, "SELECT ?title ?level ?line ?anchor { ?s a dk:Section ; dcterms:title ?title ; "
                        + "dk:headingLevel ?level ; dk:line ?line ; dk:anchor ?anchor FILTER(STRSTARTS(?title, 'Step 1')) }"));
    }

    @Test
    void linksBetweenPagesAndToTheWeb() {
        Model m = Rdf.export(EXAMPLES);
        assertTrue(Rdf.ask(m, "ASK { ?a dk:fileName 'what-is.md' ; dk:linksTo/dk:fileName 'security.md' }"));
        assertTrue(Rdf.ask(m, "ASK { ?a dk:fileName 'security-iam.md' ; dk:externalLink <https://example.com/iam> }"));
    }

    @Test
    void statementsCarryProvenanceLineAndTypedLiterals() {
        Model m = Rdf.export(EXAMPLES);
        var rows = Rdf.select(m, "SELECT ?line ?party ?modality ?scope { ?s a dk:Statement ; dk:line ?line ; "
                + "dk:party/rdfs:label ?party ; dk:modality/rdfs:label ?modality ; dk:scope/rdfs:label ?scope ; "
                + "prov:wasDerivedFrom/dk:fileName 'security.md' } ORDER BY ?line");
        assertEquals(List.of(Map.of("line", "6", "party", "AWS", "modality", "responsibility", "scope", "security of the cloud"),
                Map.of("line", "7", "party", "Customer", "modality", "responsibility", "scope", "security in the cloud")), rows);
        assertTrue(Rdf.ask(m, "ASK { ?s dk:line ?l FILTER(datatype(?l) = xsd:integer) }"));
        assertFalse(Rdf.ask(m, "ASK { ?s dk:line ?l FILTER(datatype(?l) != xsd:integer) }"));
    }

    @Test
    void complianceProgramsAndMentionedServices() {
        Model m = Rdf.export(EXAMPLES);
        var programs = Rdf.select(m, "SELECT ?name { ?p dk:fileName 'security-compliance.md' ; "
                + "dk:namesComplianceProgram/skos:prefLabel ?name } ORDER BY ?name");
        assertEquals(List.of("ISO/IEC 27001", "PCI DSS", "SOC"), programs.stream().map(r -> r.get("name")).toList());
        var mentioned = Rdf.select(m, "SELECT ?name { ?s skos:prefLabel 'Example Widget Service' ; "
                + "dk:mentionsService/skos:prefLabel ?name } ORDER BY ?name");
        assertEquals(List.of("AWS CloudTrail", "AWS Identity and Access Management", "AWS Key Management Service",
                "Amazon CloudWatch"), mentioned.stream().map(r -> r.get("name")).toList());
    }

    @Test
    void sameInputGivesTheSameBytesWhateverTheThreading() {
        for (OutputFormat f : OutputFormat.values()) {
            ExportOptions o = ExportOptions.defaults().withFormat(f);
            byte[] first = Rdf.exportBytes(o, EXAMPLES);
            assertArrayEquals(first, Rdf.exportBytes(o, EXAMPLES), f + ": second run differs");
            assertArrayEquals(first, Rdf.exportBytes(o.withParallel(false), EXAMPLES), f + ": sequential run differs");
        }
    }

    @Test
    void everyFormatCarriesTheSameGraph() {
        Model turtle = Rdf.export(EXAMPLES);
        for (OutputFormat f : OutputFormat.values()) {
            byte[] bytes = Rdf.exportBytes(ExportOptions.defaults().withFormat(f), EXAMPLES);
            Model other = f.isQuads() ? org.apache.jena.query.DatasetFactory.create().getUnionModel() : Rdf.parse(bytes, f.lang());
            if (f.isQuads()) {
                var ds = org.apache.jena.query.DatasetFactory.create();
                org.apache.jena.riot.RDFParser.source(new ByteArrayInputStream(bytes)).lang(f.lang()).parse(ds);
                other = org.apache.jena.rdf.model.ModelFactory.createDefaultModel().add(ds.getDefaultModel());
                for (var it = ds.listNames(); it.hasNext(); ) {
                    other.add(ds.getNamedModel(it.next()));
                }
                assertTrue(ds.containsNamedModel("https://w3id.org/docs2kg/id/guide/widget-service-guide"),
                        f + ": the guide has its own named graph");
            }
            assertTrue(turtle.isIsomorphicWith(other), f + " differs from Turtle");
        }
    }

    @Test
    void anIndependentParserAcceptsTheTurtle() throws Exception {
        byte[] bytes = Rdf.exportBytes(ExportOptions.defaults(), EXAMPLES);
        var rdf4j = Rio.parse(new ByteArrayInputStream(bytes), "", RDFFormat.TURTLE);
        assertEquals(Rdf.parse(bytes, Lang.TURTLE).size(), rdf4j.size());
    }

    @Test
    void outputConformsToTheShapes() {
        ValidationReport report = ShapesValidator.standard().validate(Rdf.export(EXAMPLES).getGraph());
        assertTrue(report.conforms(), () -> ShapesValidator.violations(report).toString());
    }

    @Test
    void theShapesDetectBrokenData() {
        Model m = Rdf.export(EXAMPLES);
        m.removeAll(null, m.createProperty("http://purl.org/dc/terms/source"), null);
        ValidationReport report = ShapesValidator.standard().validate(m.getGraph());
        assertFalse(report.conforms());
        assertTrue(ShapesValidator.violations(report).stream().anyMatch(v -> v.message().contains("source file")));
    }

    @Test
    void aLonePageYieldsItsServiceTopicsAndStatements() {
        Model m = Rdf.export(TestData.fixture("lone-page/security-page.txt"));
        assertEquals("Gizmo Store", Rdf.select(m, "SELECT ?s { ?g dk:documents/skos:prefLabel ?s }").get(0).get("s"));
        var topics = Rdf.select(m, "SELECT ?page ?concept { ?t a dk:SecurityTopic ; dk:fileName ?page ; "
                + "dcterms:subject/skos:notation ?concept } ORDER BY ?page");
        assertEquals(List.of(
                Map.of("page", "gizmo-data-protection.md", "concept", "data-protection"),
                Map.of("page", "gizmo-iam.md", "concept", "identity-and-access-management"),
                Map.of("page", "gizmo-resilience.md", "concept", "resilience"),
                Map.of("page", "security-page.txt", "concept", "security-overview")), topics);
        var parties = Rdf.select(m, "SELECT ?party { ?s a dk:Statement ; dk:party/rdfs:label ?party } ORDER BY ?party");
        assertEquals(List.of("AWS", "Customer", "Shared"), parties.stream().map(r -> r.get("party")).toList());
        assertTrue(ShapesValidator.standard().validate(m.getGraph()).conforms());
    }

    @Test
    void exportToAFileReplacesItOnlyWhenComplete(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.ttl");
        java.nio.file.Files.writeString(out, "previous");
        var exporter = new Exporter(ExportOptions.defaults());
        var failure = org.junit.jupiter.api.Assertions.assertThrows(org.docs2kg.diagnostics.Docs2KgException.class,
                () -> exporter.export(List.of(EXAMPLES, dir.resolve("missing")), out, new Diagnostics()));
        assertTrue(failure.getMessage().contains("missing"));
        assertEquals("previous", java.nio.file.Files.readString(out));
        exporter.export(List.of(EXAMPLES), out, new Diagnostics());
        assertTrue(Rdf.parse(java.nio.file.Files.readAllBytes(out), Lang.TURTLE).size() > 100);
        try (var files = java.nio.file.Files.list(dir)) {
            assertEquals(List.of(out), files.toList(), "no temporary file left behind");
        }
    }

    @Test
    void strictFailsOnWarningsAndLeavesNoFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path bad = dir.resolve("guide");
        java.nio.file.Files.createDirectories(bad);
        java.nio.file.Files.write(bad.resolve("index.md"), new byte[] {'#', ' ', 'G', '\n', (byte) 0xC3, (byte) 0x28});
        Path out = dir.resolve("out.ttl");
        var strict = new Exporter(ExportOptions.defaults().withStrict(true));
        org.junit.jupiter.api.Assertions.assertThrows(org.docs2kg.diagnostics.Docs2KgException.class,
                () -> strict.export(List.of(bad), out, new Diagnostics()));
        assertFalse(java.nio.file.Files.exists(out));
        Diagnostics d = new Diagnostics();
        new Exporter(ExportOptions.defaults()).export(List.of(bad), new ByteArrayOutputStream(), d);
        assertTrue(d.warnings().stream().anyMatch(w -> w.file().equals("guide/index.md") && w.line() == 2),
                () -> d.warnings().toString());
    }
}
