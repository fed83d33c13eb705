package org.docs2kg.cli;

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
        Warmup.start(args);
        StandardOutput stdout = new StandardOutput();
        PrintWriter out = new StandardOutput.Writer(stdout);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = Docs2KgCommand.commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            // Never a raw stack trace: say what ran out and how to give it more.
            // An error rethrown from a worker thread may carry no message: say which memory ran out anyway.
            String what = e.getMessage() == null ? "Java heap space" : e.getMessage();
            err.println("docs2kg: out of memory (" + what + "); give Java more with DOCS2KG_JAVA_OPTS=-Xmx4g, "
                    + "or for query use --format csv, which streams");
            code = ExitCodes.FAILED;
        } catch (StackOverflowError e) {
            // The places that can recurse deeply catch this themselves and name their input; this is the last line.
            err.println("docs2kg: the input is nested too deeply to process (a stack overflow); split it, or give "
                    + "Java a larger stack with DOCS2KG_JAVA_OPTS=-Xss64m");
            code = ExitCodes.FAILED;
        }
        out.flush();
        Optional<IOException> failure = stdout.failure();
        if (failure.isPresent() && !StandardOutput.isClosedPipe(failure.get()) && code == ExitCodes.OK) {
            err.println("docs2kg: cannot write to standard output: " + failure.get().getMessage());
            code = ExitCodes.FAILED;
        }
        err.flush();
        System.exit(code);
    }
}
