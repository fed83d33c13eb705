package org.docs2kg.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code docs2kg completion bash|zsh}: a shell completion script generated from the command model. */
@Command(name = "completion",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Print a shell completion script for docs2kg (commands, options, option values), "
                + "generated from the same model as --help.",
        footer = {"", "Install it:",
            "  bash:  docs2kg completion bash > ~/.local/share/bash-completion/completions/docs2kg",
            "         (or: source <(docs2kg completion bash) in ~/.bashrc)",
            "  zsh:   docs2kg completion zsh > \"$${fpath[1]}/_docs2kg\"   (or: source <(docs2kg completion zsh))"})
public final class CompletionCommand implements Callable<Integer> {

    /** The shells a script can be printed for. */
    enum Shell { bash, zsh }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @Override
    public Integer call() {
        CommandLine root = spec.root().commandLine();
        String script = AutoComplete.bash(root.getCommandName(), root);
        PrintWriter out = spec.commandLine().getOut();
        if (shell == Shell.zsh) {
            // picocli's script is written for bash; zsh runs it through its bash-completion layer.
            out.println("#compdef docs2kg");
            out.println("autoload -U +X compinit && compinit");
            out.println("autoload -U +X bashcompinit && bashcompinit");
        }
        out.print(script);
        out.flush();
        return ExitCodes.OK;
    }
}
