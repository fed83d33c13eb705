package org.docs2kg.api;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ValidationReport;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.support.Rdf;
import org.docs2kg.support.TestData;
import org.docs2kg.validate.ShapesValidator;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real corpus in ../shared/corpus (skipped when absent): every guide exports, validly and stably. */
class CorpusExportTest {

    @Test
    void wholeCorpusExportsParsesConformsAndIsStable() throws Exception {
        Path corpus = TestData.shared("corpus");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Diagnostics d = new Diagnostics();
        ExportSummary s = new Exporter(ExportOptions.defaults()).export(List.of(corpus), out, d);
        long guides;
        try (var dirs = Files.walk(corpus)) {
            guides = dirs.filter(p -> p.getFileName().toString().equals("index.md")).count();
        }
        assertEquals(guides, s.guides());
        assertTrue(s.pages() > 5000, s.toString());
        byte[] bytes = out.toByteArray();

        var rdf4j = Rio.parse(new ByteArrayInputStream(bytes), "", RDFFormat.TURTLE);
        Model m = Rdf.parse(bytes, Lang.TURTLE);
        assertEquals(m.size(), rdf4j.size(), "RDF4J reads the same number of triples");

        ValidationReport report = ShapesValidator.standard().validate(m.getGraph());
        assertTrue(report.conforms(), () -> ShapesValidator.violations(report).stream().limit(10).toList().toString());

        // every guide has a service and a security chapter with classified topics
        List<Map<String, String>> perGuide = Rdf.select(m, "SELECT ?g (COUNT(?t) AS ?n) { ?g a dk:Guide ; "
                + "dk:securityChapter ?root . ?t dk:securityTopicOf ?g } GROUP BY ?g");
        assertEquals(guides, perGuide.size());

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        new Exporter(ExportOptions.defaults().withParallel(false)).export(List.of(corpus), again, new Diagnostics());
        assertArrayEquals(bytes, again.toByteArray(), "a second (sequential) run gives the same bytes");
    }

    @Test
    void theSeedPagesYieldTheirServiceTopicsAndSharedResponsibility() {
        Path seeds = TestData.shared("seeds");
        record Expect(String file, String service, int topics) {
        }
        for (Expect e : List.of(new Expect("000_3713c60905565696.txt", "AWS App Runner", 8),
                new Expect("002_2110b75700fb940d.txt", "Application Auto Scaling", 6))) {
            Model m = Rdf.export(seeds.resolve(e.file()));
            assertEquals(e.service(), Rdf.select(m, "SELECT ?s { ?g dk:documents/skos:prefLabel ?s }").get(0).get("s"));
            assertEquals(String.valueOf(e.topics()), Rdf.select(m, "SELECT (COUNT(?t) AS ?n) { ?t a dk:SecurityTopic ; "
                    + "dk:parentPage ?root }").get(0).get("n"), e.file() + ": topics listed under the chapter root");
            for (String party : List.of("AWS", "Customer", "Shared")) {
                assertTrue(Rdf.ask(m, "ASK { ?s a dk:Statement ; dk:modality dk:responsibility ; dk:party/rdfs:label '"
                        + party + "' }"), e.file() + ": " + party + " responsibility");
            }
            assertTrue(ShapesValidator.standard().validate(m.getGraph()).conforms(), e.file());
        }
    }
}
