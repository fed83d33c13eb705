package org.docs2kg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Entry point of the {@code docs2kg} command. The only place that calls System.exit. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StandardOutput stdout = new StandardOutput();
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new BufferedOutputStream(stdout, 1 << 16),
                StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = Docs2KgCommand.commandLine(out, err).execute(args);
        out.flush();
        Optional<IOException> failure = stdout.failure();
        if (failure.isPresent() && !StandardOutput.isClosedPipe(failure.get())) {
            err.println("docs2kg: cannot write to standard output: " + failure.get().getMessage());
            code = ExitCodes.FAILED;
        }
        err.flush();
        System.exit(code);
    }
}
