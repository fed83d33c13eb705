package org.docs2kg.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The process's standard output as a stream that remembers its first write error. Java's
 * PrintStream and PrintWriter swallow such errors, so `docs2kg export > /dev/full` would report
 * success; Main asks this stream afterwards instead. An error other than a reader gone away
 * (`| head`) is also thrown once, so that the PrintWriter over this stream reports it
 * (checkError) and a command can fail before it prints a summary. After an error, further writes
 * are dropped.
 */
final class StandardOutput extends OutputStream {
    /** The command line's writer over this stream, which can say why a write failed. */
    static final class Writer extends java.io.PrintWriter {
        private final StandardOutput stream;

        Writer(StandardOutput stream) {
            super(new java.io.OutputStreamWriter(new java.io.BufferedOutputStream(stream, 1 << 16),
                    java.nio.charset.StandardCharsets.UTF_8), true);
            this.stream = stream;
        }

        /** Why standard output failed, as the system said it. */
        String reason() {
            return stream.failure().map(IOException::getMessage).orElse("the write failed");
        }
    }

    private final OutputStream out = new FileOutputStream(FileDescriptor.out);
    private IOException failure;

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
        if (failure == null) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    @Override
    public synchronized void flush() throws IOException {
        if (failure == null) {
            try {
                out.flush();
            } catch (IOException e) {
                fail(e);
            }
        }
    }

    private void fail(IOException e) throws IOException {
        failure = e;
        if (!isClosedPipe(e)) {
            throw e;
        }
    }

    synchronized Optional<IOException> failure() {
        return Optional.ofNullable(failure);
    }

    /** A reader that went away (`docs2kg … | head`) is not an error worth a message. */
    static boolean isClosedPipe(IOException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("Broken pipe") || m.contains("Stream closed");
    }
}
