package org.docs2kg.reliability;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.api.Exporter;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.support.Rdf;
import org.docs2kg.validate.ShapesValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Hostile-input rows 12–14: folder layouts and table-of-contents links that used to mislead the export. */
class GuideLayoutTest {

    private static Model export(Diagnostics d, Path input) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Exporter(ExportOptions.defaults()).export(List.of(input), out, d);
        return Rdf.parse(out.toByteArray(), Lang.TURTLE);
    }

    private static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static String count(Model m, String where) {
        return Rdf.select(m, "SELECT (COUNT(*) AS ?n) { " + where + " }").get(0).get("n");
    }

    @Test
    void row12AStrayPageInASubFolderIsPartOfItsGuideNotAGuide(@TempDir Path dir) throws Exception {
        write(dir.resolve("widgets/index.md"), "# Widget User Guide\n\n+ [Security in Widgets](security.md)\n");
        write(dir.resolve("widgets/security.md"), "# Security in Widgets\n\nWe recommend that you lock widgets\\.\n");
        write(dir.resolve("widgets/images/placeholder.md"), "# Placeholder\n");
        Diagnostics d = new Diagnostics();
        Model m = export(d, dir);
        assertEquals("1", count(m, "?g a dk:Guide"));
        assertEquals("0", count(m, "?p dk:fileName \"placeholder.md\""));
        assertTrue(d.warnings().stream().anyMatch(w -> w.file().endsWith("images")
                && w.message().contains("inside guide 'widgets'")), d.warnings().toString());
    }

    @Test
    void row13ANestedGuideAndAPageNeverShareAnIri(@TempDir Path dir) throws Exception {
        write(dir.resolve("x/index.md"), "# X User Guide\n\n+ [Security in X](security.md)\n   + [Y](y.md)\n");
        write(dir.resolve("x/security.md"), "# Security in X\n\nSecurity is a shared responsibility between AWS and you\\.\n");
        write(dir.resolve("x/y.md"), "# Y\n\nText\\.\n");
        write(dir.resolve("x/page/y/index.md"), "# Y User Guide\n\n+ [Z](z.md)\n");
        write(dir.resolve("x/page/y/z.md"), "# Z\n\nText\\.\n");
        Model m = export(new Diagnostics(), dir);
        assertEquals("2", count(m, "?g a dk:Guide"));
        assertEquals("0", count(m, "?x a dk:Guide , dk:Page"), "no node is both a guide and a page");
        assertTrue(ShapesValidator.violations(ShapesValidator.standard().validate(m.getGraph())).isEmpty());
    }

    @Test
    void row14AMissingTocTargetIsNamedAndPercentEncodedLinksAreDecoded(@TempDir Path dir) throws Exception {
        write(dir.resolve("g/index.md"), "# G User Guide\n\n+ [Security in G](security.md)\n   + [Mine](my%20page.md)\n"
                + "   + [Gone](missing.md)\n");
        write(dir.resolve("g/security.md"), "# Security in G\n\nText\\.\n");
        write(dir.resolve("g/my page.md"), "# Mine\n\nText\\.\n");
        Diagnostics d = new Diagnostics();
        Model m = export(d, dir.resolve("g"));
        assertEquals(List.of("g/index.md:5: table of contents links to 'missing.md', which is not a page of this guide"),
                d.warnings().stream().map(Object::toString).toList());
        assertTrue(Rdf.ask(m, "ASK { ?p dk:fileName \"my page.md\" ; dk:tocOrder ?o ; dk:parentPage ?parent }"),
                "the percent-encoded link found its page");
        assertFalse(Rdf.ask(m, "ASK { ?p dk:fileName \"my%20page.md\" }"));
    }
}
