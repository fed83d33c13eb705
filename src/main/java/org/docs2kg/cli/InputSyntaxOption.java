package org.docs2kg.cli;

import org.apache.jena.riot.Lang;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.query.RdfFiles;
import org.docs2kg.vocab.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;

/**
 * "-" as an input is standard input, in the syntax {@code --syntax} names (riot's option; Turtle
 * when it is not given): a mixin for the commands that read RDF inputs.
 */
public final class InputSyntaxOption {
    @Option(names = "--syntax", paramLabel = "LANG", completionCandidates = CompletionValues.Syntaxes.class,
            description = "The RDF syntax of '-' (standard input) as an input: turtle (default), ntriples, nquads, trig, "
                    + "jsonld or rdfxml, as riot's --syntax names them.")
    String syntax;

    /** How the command reads its inputs: this base, and '-' in the syntax asked for (usage errors checked here). */
    ExportOptions readOptions(CommandLine.Model.CommandSpec spec, Iris iris, List<Path> inputs) {
        Lang lang = Lang.TURTLE;
        if (syntax != null) {
            lang = RdfFiles.syntax(syntax).orElseThrow(() -> new CommandLine.ParameterException(spec.commandLine(),
                    "--syntax " + syntax + ": not an RDF syntax (" + String.join(", ", CompletionValues.Syntaxes.NAMES) + ")"));
        }
        long stdin = inputs.stream().filter(RdfFiles::isStdin).count();
        if (stdin > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "'-' (standard input) can be read once only");
        }
        if (syntax != null && stdin == 0) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--syntax is the syntax of '-' (standard input), "
                    + "which is not among the inputs; files are read by their extension");
        }
        return ExportOptions.defaults().withBaseIri(iris.base()).withStdinSyntax(lang);
    }
}
