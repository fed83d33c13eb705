package org.docs2kg.cli;

import org.docs2kg.vocab.Iris;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The base of data IRIs, shared by the commands that mint or look up IRIs (a mixin). */
public final class BaseIriOption {
    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "Base of the data IRIs (default: ${DEFAULT-VALUE}); use the same for export, load and query.")
    String base;

    /** The IRI minter for this base; a base that is not an absolute IRI is a usage error (exit 2). */
    Iris iris(CommandLine.Model.CommandSpec spec) {
        try {
            return new Iris(base);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }
}
