package org.docs2kg.cli;

import org.docs2kg.diagnostics.TerminalText;

import org.docs2kg.diagnostics.Docs2KgException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The root {@code docs2kg} command: only holds the subcommands. */
@Command(name = "docs2kg",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Turns AWS documentation guides (Markdown) into an RDF knowledge graph of services, "
                + "pages, security topics and responsibility statements.",
        subcommands = {ExportCommand.class, QueryCommand.class, LoadCommand.class, ValidateCommand.class,
                ServeCommand.class, EvaluateCommand.class, DiffCommand.class, ReportCommand.class, OscalCommand.class,
                CompletionCommand.class,
                CommandLine.HelpCommand.class},
        footer = {"", "Exit codes: 0 done, 1 the work failed, 2 bad usage.",
                "Run 'docs2kg COMMAND --help' for the options of a command; 'man docs2kg-COMMAND' once the",
                "man pages (target/man after 'mvn package') are installed."})
public final class Docs2KgCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: export, query, load, validate, serve, evaluate, diff, report, oscal or completion");
    }

    /** A configured command line writing to {@code out} and {@code err}; tests use this too. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Docs2KgCommand());
        cl.setOut(out);
        cl.setErr(err);
        // Path.of("") is the working directory: an empty file name must never quietly mean it.
        cl.registerConverter(java.nio.file.Path.class, value -> {
            if (value.isBlank()) {
                throw new CommandLine.TypeConversionException("empty file name");
            }
            try {
                return java.nio.file.Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                // Under LANG=C Java cannot even hold a non-ASCII argument as a path.
                throw new CommandLine.TypeConversionException("'" + value + "' is not a file name in this locale ("
                        + System.getProperty("sun.jnu.encoding") + "): run docs2kg in a UTF-8 locale (LC_ALL=C.UTF-8; "
                        + "the ./docs2kg launcher sets one)");
            }
        });
        cl.setExecutionExceptionHandler(Docs2KgCommand::handleFailure);
        cl.setParameterExceptionHandler(Docs2KgCommand::handleUsage);
        return cl;
    }

    private static int handleFailure(Exception e, CommandLine cmd, CommandLine.ParseResult parsed) {
        PrintWriter err = cmd.getErr();
        boolean verbose = isVerbose(parsed);
        if (e instanceof Docs2KgException) {
            err.println("docs2kg: " + TerminalText.safe(e.getMessage()));
        } else {
            err.println("docs2kg: internal error: " + TerminalText.safe(e.toString())
                    + (verbose ? "" : " (run with --verbose for details)"));
        }
        if (verbose) {
            e.printStackTrace(err);
        }
        err.flush();
        return cmd.getCommand() instanceof ExitCodes.OnFailure f ? f.failureCode() : ExitCodes.FAILED;
    }

    private static int handleUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine cmd = e.getCommandLine();
        PrintWriter err = cmd.getErr();
        err.println("docs2kg: " + TerminalText.safe(e.getMessage()));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    private static boolean isVerbose(CommandLine.ParseResult parsed) {
        for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }
}
