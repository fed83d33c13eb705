package org.docs2kg.cli;

import org.apache.commons.io.output.WriterOutputStream;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.io.AtomicFile;
import picocli.CommandLine;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Helpers the commands share: stdout as bytes, warnings on stderr. */
final class Outputs {

    private Outputs() {
    }

    /** The command's stdout writer as a UTF-8 byte stream, so that tests can capture RDF output. */
    static OutputStream stdout(CommandLine.Model.CommandSpec spec) {
        PrintWriter w = spec.commandLine().getOut();
        try {
            return WriterOutputStream.builder().setWriter(w).setCharset(StandardCharsets.UTF_8)
                    .setBufferSize(1 << 16).setWriteImmediately(false).get();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Diagnostics that print each warning as "warning: file:line: message" unless quiet. */
    static Diagnostics diagnostics(CommandLine.Model.CommandSpec spec, CommonOptions common) {
        PrintWriter err = spec.commandLine().getErr();
        return new Diagnostics(w -> {
            if (!common.quiet) {
                synchronized (err) {
                    err.println("warning: " + org.docs2kg.diagnostics.TerminalText.safe(w.toString()));
                    err.flush();
                }
            }
        });
    }

    /**
     * Writes through {@code body} to {@code output}: the command's standard output when it is null
     * or '-', else the file, replaced atomically (an interrupted or failed write leaves it as it was).
     */
    static void write(CommandLine.Model.CommandSpec spec, java.nio.file.Path output, AtomicFile.Writer<?> body) {
        if (output == null || OutputFiles.isStdout(output)) {
            OutputStream out = stdout(spec);
            try {
                body.writeTo(out);
            } catch (IOException e) {
                throw new Docs2KgException("cannot write to standard output: " + e.getMessage(), e);
            }
            finish(spec, out);
        } else {
            AtomicFile.write(output, body);
        }
    }

    /**
     * Flushes what the command wrote to standard output through to the process's stdout, and fails
     * if that write failed (a full disk, a closed device) — before the command prints any summary
     * of success. A reader that went away (`| head`) is not a failure.
     */
    static void finish(CommandLine.Model.CommandSpec spec, OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw new Docs2KgException("cannot write output: " + e.getMessage(), e);
        }
        PrintWriter w = spec.commandLine().getOut();
        if (w.checkError()) {
            throw new Docs2KgException("cannot write to standard output: "
                    + (w instanceof StandardOutput.Writer s ? s.reason() : "the write failed"));
        }
    }
}
