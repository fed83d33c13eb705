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
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: "
                + String.join(", ", spec.subcommands().keySet()));
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
        if (e instanceof CommandLine.UnmatchedArgumentException u && cmd.getCommand() instanceof Docs2KgCommand
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            // A mistyped command, as git says it: the nearest commands, then every command.
            java.util.List<String> near = nearest(u.getUnmatched().get(0), cmd.getSubcommands().keySet());
            err.println("docs2kg: '" + TerminalText.safe(u.getUnmatched().get(0)) + "' is not a docs2kg command"
                    + (near.isEmpty() ? "" : "; did you mean " + String.join(" or ", near.stream()
                    .map(n -> "'" + n + "'").toList()) + "?"));
            err.println("Commands: " + String.join(", ", cmd.getSubcommands().keySet()) + ".");
            err.println("Try 'docs2kg --help' for more information.");
            err.flush();
            return ExitCodes.USAGE;
        }
        if (e instanceof CommandLine.UnmatchedArgumentException u && u.getUnmatched().stream().anyMatch(a -> a.startsWith("-"))) {
            // A mistyped option: say the nearest ones too.
            String typed = u.getUnmatched().stream().filter(a -> a.startsWith("-")).findFirst().orElseThrow()
                    .replaceFirst("=.*", "");
            java.util.List<String> near = nearest(typed, cmd.getCommandSpec().optionsMap().keySet());
            if (!near.isEmpty()) {
                err.println("docs2kg: " + TerminalText.safe(e.getMessage()) + "; did you mean "
                        + String.join(" or ", near.stream().limit(3).map(n -> "'" + n + "'").toList()) + "?");
                err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
                err.flush();
                return ExitCodes.USAGE;
            }
        }
        err.println("docs2kg: " + TerminalText.safe(e.getMessage()));
        err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
        err.flush();
        return ExitCodes.USAGE;
    }

    /** The names within a small edit distance of what was typed (a third of its length, at least 1), nearest first. */
    static java.util.List<String> nearest(String typed, java.util.Collection<String> names) {
        int most = Math.max(1, typed.length() / 3);
        return names.stream().filter(n -> n.length() > 2 || typed.length() <= 3)
                .map(n -> java.util.Map.entry(n, distance(typed, n))).filter(e -> e.getValue() <= most)
                .sorted(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()))
                .map(java.util.Map.Entry::getKey).limit(3).toList();
    }

    /** Levenshtein distance, with a swap of two neighbours counted as one edit ("exprot" → "export"). */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            for (int j = 0; j <= b.length(); j++) {
                if (i == 0 || j == 0) {
                    d[i][j] = i + j;
                    continue;
                }
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
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
