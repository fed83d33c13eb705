package org.docs2kg.cli;

import org.docs2kg.support.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Shell completion and man pages come from the command model: checked against it and by real tools. */
class CompletionAndManPagesTest {

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    private static String run(Path dir, String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void bashCompletesCommandsAndOptions(@TempDir Path dir) throws Exception {
        CliRun r = CliRun.of("completion", "bash");
        assertEquals(0, r.exitCode(), r.err());
        org.docs2kg.support.TestData.assume(onPath("bash"), "bash is not installed: completion not run in a shell");
        Files.writeString(dir.resolve("docs2kg.bash"), r.out());
        run(dir, "bash", "-n", "docs2kg.bash");
        String commands = run(dir, "bash", "-c", "source ./docs2kg.bash; COMP_WORDS=(docs2kg ex); COMP_CWORD=1; "
                + "COMP_LINE='docs2kg ex'; COMP_POINT=${#COMP_LINE}; _complete_docs2kg docs2kg ex docs2kg "
                + "2>/dev/null; echo \"${COMPREPLY[@]}\"");
        assertEquals("export", commands.strip());
        String options = run(dir, "bash", "-c", "source ./docs2kg.bash; COMP_WORDS=(docs2kg export --fo); "
                + "COMP_CWORD=2; COMP_LINE='docs2kg export --fo'; COMP_POINT=${#COMP_LINE}; "
                + "_complete_docs2kg docs2kg --fo export 2>/dev/null; echo \"${COMPREPLY[@]}\"");
        assertEquals("--format", options.strip());
        // Option values, where the help says completion gives them: formats, named queries, syntaxes.
        for (String[] c : new String[][] {
            {"export --format ", "turtle ntriples trig nquads jsonld rdfxml"},
            {"query --named sp", "specific"},
            {"query --format ", "table csv tsv json turtle ntriples jsonld rdfxml"},
            {"diff --format c", "csv"},
            {"load --syntax x", ""},
            {"load --syntax n", "ntriples nquads"},
            {"oscal --format y", "yaml"}}) {
            String line = "docs2kg " + c[0];
            String words = line.endsWith(" ") ? line + "''" : line;
            String values = run(dir, "bash", "-c", "source ./docs2kg.bash; COMP_WORDS=(" + words + "); "
                    + "COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; "
                    + "_complete_docs2kg docs2kg 2>/dev/null; echo \"${COMPREPLY[@]}\"");
            assertEquals(c[1], values.strip(), line);
        }
    }

    @Test
    void zshGetsTheSameScriptBehindItsBashLayerAndOtherShellsAreAUsageError() {
        CliRun zsh = CliRun.of("completion", "zsh");
        assertEquals(0, zsh.exitCode(), zsh.err());
        assertTrue(zsh.out().startsWith("#compdef docs2kg\n"), zsh.out());
        assertTrue(zsh.out().contains("bashcompinit") && zsh.out().contains("complete -F _complete_docs2kg"));
        assertEquals(2, CliRun.of("completion", "fish").exitCode());
        assertEquals(2, CliRun.of("completion").exitCode());
    }

    /** `mvn -q package` runs ManPages: it must print nothing but errors. */
    @Test
    void writingTheManPagesPrintsNothing(@TempDir Path dir) throws Exception {
        java.io.PrintStream stdout = System.out;
        java.io.ByteArrayOutputStream printed = new java.io.ByteArrayOutputStream();
        System.setOut(new java.io.PrintStream(printed, true, java.nio.charset.StandardCharsets.UTF_8));
        try {
            ManPages.main(new String[] {dir.toString()});
        } finally {
            System.setOut(stdout);
        }
        assertEquals("", printed.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(Files.isRegularFile(dir.resolve("docs2kg-oscal.1")));
    }

    /** Round three (third part), row 8: the help and man page show zsh's $fpath as written, not "null". */
    @Test
    void theHelpShowsTheZshExpressionAsWritten(@TempDir Path dir) throws Exception {
        CliRun help = CliRun.of("completion", "--help");
        assertTrue(help.out().contains("docs2kg completion zsh > \"${fpath[1]}/_docs2kg\""), help.out());
        assertTrue(!help.out().contains("null/_docs2kg"), help.out());
        ManPages.write(dir);
        String page = Files.readString(dir.resolve("docs2kg-completion.1"));
        assertTrue(page.contains("fpath[1]") && !page.contains("null/_docs2kg"), page);
    }

    @Test
    void everyCommandHasAManPageListingEachOfItsOptions(@TempDir Path dir) throws Exception {
        List<Path> pages = ManPages.write(dir);
        CommandLine root = Docs2KgCommand.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertEquals(root.getSubcommands().size(), pages.size(), "one page per command, the root's, none for 'help'");
        for (CommandLine cmd : List.of(root, root.getSubcommands().get("export"), root.getSubcommands().get("query"))) {
            String name = cmd.getCommandSpec().qualifiedName("-");
            String page = Files.readString(dir.resolve(name + ".1"));
            assertTrue(page.startsWith(".TH " + name.toUpperCase(java.util.Locale.ROOT) + " 1 "), page);
            for (CommandLine.Model.OptionSpec o : cmd.getCommandSpec().options()) {
                assertTrue(page.contains("\\fB" + ManPages.escape(o.longestName()) + "\\fR"), name + ": " + o.longestName());
            }
        }
        org.docs2kg.support.TestData.assume(onPath("groff"), "groff is not installed: pages not rendered");
        String rendered = run(dir, "groff", "-man", "-Tutf8", "-P-cbou", "docs2kg-export.1");
        assertTrue(rendered.contains("--output=FILE") && rendered.contains("--strict"), rendered);
    }
}
