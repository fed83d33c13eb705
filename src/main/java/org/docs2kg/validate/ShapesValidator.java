package org.docs2kg.validate;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.Lang;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.graph.GraphFactory;
import org.docs2kg.query.RdfFiles;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Checks data against the SHACL shapes of {@code ontology/shapes.ttl} (or shapes the user gives). */
public final class ShapesValidator {
    /** The shapes as shipped in the jar (copied from ontology/ at build time). */
    public static final String SHAPES_RESOURCE = "/ontology/shapes.ttl";

    private final Shapes shapes;

    private ShapesValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public static ShapesValidator standard() {
        try (InputStream in = ShapesValidator.class.getResourceAsStream(SHAPES_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("shapes missing from the jar: " + SHAPES_RESOURCE);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return new ShapesValidator(Shapes.parse(g));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    public static ShapesValidator fromFile(Path file) {
        Graph g = GraphFactory.createDefaultGraph();
        RdfFiles.parseInto(file, org.apache.jena.riot.system.StreamRDFLib.graph(g));
        Shapes shapes = Shapes.parse(g);
        // A file without one shape (a typo'd path to the data) would make everything "conform".
        if (shapes.numRootShapes() == 0) {
            throw new org.docs2kg.diagnostics.Docs2KgException(file + ": holds no SHACL shapes (no sh:NodeShape or "
                    + "sh:PropertyShape with a target), so nothing would be checked");
        }
        return new ShapesValidator(shapes);
    }

    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /** One violation, readable: focus node, path, message. */
    public record Violation(String focus, String path, String message, String severity) {
        @Override
        public String toString() {
            return severity + ": " + focus + (path.isEmpty() ? "" : " " + path) + ": " + message;
        }
    }

    public static List<Violation> violations(ValidationReport report) {
        return report.getEntries().stream()
                .map(ShapesValidator::violation)
                .sorted(Comparator.comparing(Violation::focus).thenComparing(Violation::path)
                        .thenComparing(Violation::message))
                .toList();
    }

    private static Violation violation(ReportEntry e) {
        String path = Optional.ofNullable(e.resultPath()).map(Object::toString).orElse("");
        String severity = e.severity() == null ? "Violation"
                : e.severity().level().getLocalName();
        return new Violation(e.focusNode().toString(), path, e.message(), severity);
    }
}
