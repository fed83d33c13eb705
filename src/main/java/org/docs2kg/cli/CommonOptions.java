package org.docs2kg.cli;

import picocli.CommandLine.Option;

/** Options every subcommand shares (a picocli mixin). */
public final class CommonOptions {
    @Option(names = {"-v", "--verbose"}, description = "Show stack traces of errors and more detail.")
    boolean verbose;

    @Option(names = {"-q", "--quiet"}, description = "Print no warnings or summary on stderr, only errors.")
    boolean quiet;
}
