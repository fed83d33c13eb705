package org.docs2kg.support;

import org.docs2kg.cli.Docs2KgCommand;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the docs2kg command line in-process, capturing stdout and stderr. */
public record CliRun(int exitCode, String out, String err) {

    public static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Docs2KgCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
