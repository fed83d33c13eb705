package org.docs2kg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes man pages (troff, section 1) for {@code docs2kg} and every subcommand, from the same
 * picocli model that prints {@code --help}, so the two cannot drift. {@code mvn package} runs
 * {@link #main} to fill {@code target/man/}.
 */
public final class ManPages {

    private ManPages() {
    }

    /** {@code ManPages DIR}: writes docs2kg.1 and docs2kg-COMMAND.1 for every subcommand into DIR. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: ManPages DIR");
        }
        // Silent: `mvn -q package` prints nothing but errors (the pages are listed in target/man).
        write(Path.of(args[0]));
    }

    /** Writes every page into {@code dir} (created if needed) and returns the files written. */
    public static List<Path> write(Path dir) throws IOException {
        Files.createDirectories(dir);
        CommandLine root = Docs2KgCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<Path> written = new ArrayList<>();
        written.add(writePage(dir, root.getCommandSpec()));
        for (CommandLine sub : root.getSubcommands().values()) {
            if (!sub.getCommandSpec().usageMessage().hidden() && !sub.getCommandName().equals("help")) {
                written.add(writePage(dir, sub.getCommandSpec()));
            }
        }
        return written;
    }

    private static Path writePage(Path dir, CommandSpec spec) throws IOException {
        Path file = dir.resolve(pageName(spec) + ".1");
        Files.writeString(file, render(spec), StandardCharsets.UTF_8);
        return file;
    }

    static String pageName(CommandSpec spec) {
        return spec.qualifiedName("-");
    }

    /** The man page of one command, in troff with the man macros. */
    public static String render(CommandSpec spec) {
        String version = spec.root().version().length > 0 ? spec.root().version()[0] : "docs2kg";
        StringBuilder b = new StringBuilder();
        b.append(".TH ").append(pageName(spec).toUpperCase(Locale.ROOT)).append(" 1 \"\" \"")
                .append(escape(version)).append("\" \"docs2kg Manual\"\n");
        String[] description = spec.usageMessage().description();
        b.append(".SH NAME\n").append(escape(pageName(spec))).append(" \\- ")
                .append(escape(description.length > 0 ? firstSentence(description[0]) : "")).append('\n');
        b.append(".SH SYNOPSIS\n");
        String synopsis = spec.commandLine().getHelp().synopsis(0).strip();
        b.append(".nf\n").append(escape(synopsis.replaceFirst("^Usage:\\s*", ""))).append("\n.fi\n");
        b.append(".SH DESCRIPTION\n");
        for (String paragraph : description) {
            b.append(".PP\n").append(escape(paragraph)).append('\n');
        }
        List<PositionalParamSpec> positionals = spec.positionalParameters();
        if (!positionals.isEmpty()) {
            b.append(".SH ARGUMENTS\n");
            for (PositionalParamSpec p : positionals) {
                b.append(".TP\n\\fI").append(escape(p.paramLabel())).append("\\fR\n")
                        .append(escape(String.join(" ", p.description()))).append('\n');
            }
        }
        b.append(".SH OPTIONS\n");
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) {
                continue;
            }
            b.append(".TP\n");
            List<String> names = new ArrayList<>();
            for (String n : o.names()) {
                names.add("\\fB" + escape(n) + "\\fR");
            }
            b.append(String.join(", ", names));
            if (o.arity().max() > 0 && !o.paramLabel().isEmpty()) {
                b.append("=\\fI").append(escape(o.paramLabel())).append("\\fR");
            }
            b.append('\n').append(escape(String.join(" ", o.description()))).append('\n');
        }
        if (!spec.subcommands().isEmpty()) {
            b.append(".SH COMMANDS\n");
            spec.subcommands().forEach((name, sub) -> {
                String[] d = sub.getCommandSpec().usageMessage().description();
                b.append(".TP\n\\fB").append(escape(name)).append("\\fR\n")
                        .append(escape(d.length > 0 ? firstSentence(d[0]) : "")).append('\n');
            });
        }
        b.append(".SH EXIT STATUS\n0 done, 1 the work failed (bad input, bad query, violations), 2 bad usage.\n");
        String footer = String.join("\n", spec.usageMessage().footer()).strip();
        if (!footer.isEmpty()) {
            b.append(".SH NOTES\n.nf\n").append(escape(footer)).append("\n.fi\n");
        }
        b.append(".SH SEE ALSO\n");
        if (spec.parent() == null) {
            List<String> pages = new ArrayList<>();
            spec.subcommands().forEach((name, sub) -> {
                if (!name.equals("help")) {
                    pages.add("\\fB" + escape(pageName(sub.getCommandSpec())) + "\\fR(1)");
                }
            });
            b.append(String.join(", ", pages)).append('\n');
        } else {
            b.append("\\fBdocs2kg\\fR(1)\n");
        }
        return b.toString();
    }

    private static String firstSentence(String text) {
        int end = text.indexOf(". ");
        return end > 0 ? text.substring(0, end) : text.replaceAll("\\.$", "");
    }

    /** troff-safe text: backslashes and hyphens escaped, no line starting with a control character. */
    static String escape(String text) {
        String t = text.replace("\\", "\\e").replace("-", "\\-");
        StringBuilder b = new StringBuilder();
        for (String line : t.split("\n", -1)) {
            if (b.length() > 0) {
                b.append('\n');
            }
            if (line.startsWith(".") || line.startsWith("'")) {
                b.append("\\&");
            }
            b.append(line);
        }
        return b.toString();
    }
}
