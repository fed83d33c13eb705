package org.docs2kg.cli;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.shacl.ValidationReport;
import org.docs2kg.api.GraphInputs;
import org.docs2kg.store.Store;
import org.docs2kg.vocab.Iris;
import org.docs2kg.validate.ShapesValidator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code docs2kg validate}: SHACL validation of exported data. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check RDF files (or guides, exported on the fly, or a store) against the docs2kg SHACL shapes. "
                + "Prints each violation (focus node, path, message); exit 1 when there are any.")
public final class ValidateCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    CommonOptions common;

    @Parameters(arity = "0..*", paramLabel = "<input>", description = "RDF files or Markdown guides/files.")
    List<Path> inputs = List.of();

    @CommandLine.Mixin
    StoreOptions storeOptions;

    @CommandLine.Mixin
    InputSyntaxOption inputSyntax;

    @Option(names = "--shapes", paramLabel = "FILE", description = "Validate against these shapes instead of the built-in ones.")
    Path shapes;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the SHACL validation report as Turtle "
            + "to FILE ('-': stdout, and the violation lines go to stderr). An input file is never overwritten.")
    Path report;

    @Override
    public Integer call() {
        ShapesValidator validator = shapes == null ? ShapesValidator.standard() : ShapesValidator.fromFile(shapes);
        storeOptions.requireInputsOrStore(inputs, "RDF files or guides to validate");
        OutputFiles.refuseInputOrStore(spec, "--report", report, inputs, storeOptions);
        if (shapes != null) {
            OutputFiles.refuseInput(spec, "--report", report, List.of(shapes));
        }
        Graph data;
        if (storeOptions.isSet()) {
            try (Store store = storeOptions.open(Iris.defaults(), true, System.getenv())) {
                data = store.snapshot();
            }
        } else {
            // The union view is copied once: SHACL walks the graph many times.
            data = copy(GraphInputs.load(inputs, inputSyntax.readOptions(spec, Iris.defaults(), inputs),
                    Outputs.diagnostics(spec, common))
                    .asDatasetGraph().getDefaultGraph());
        }
        ValidationReport r = validator.validate(data);
        boolean reportToStdout = OutputFiles.isStdout(report);
        if (report != null) {
            Outputs.write(spec, report, out -> {
                RDFDataMgr.write(out, r.getGraph(), RDFFormat.TURTLE_PRETTY);
                return null;
            });
        }
        PrintWriter out = reportToStdout ? spec.commandLine().getErr() : spec.commandLine().getOut();
        List<ShapesValidator.Violation> violations = ShapesValidator.violations(r);
        violations.forEach(out::println);
        if (!common.quiet || !violations.isEmpty()) {
            out.println(violations.isEmpty() ? "conforms: no violations"
                    : violations.size() + " violation" + (violations.size() == 1 ? "" : "s"));
        }
        out.flush();
        return violations.isEmpty() ? ExitCodes.OK : ExitCodes.FAILED;
    }

    private static Graph copy(Graph g) {
        Graph c = org.apache.jena.graph.GraphMemFactory.createDefaultGraph();
        g.find().forEachRemaining(c::add);
        return c;
    }
}
