package org.docs2kg.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;

/**
 * The process's standard output as a stream that remembers its first write error. Java's
 * PrintStream and PrintWriter swallow such errors, so `docs2kg export > /dev/full` would report
 * success; Main asks this stream afterwards instead. After an error, further writes are dropped.
 */
final class StandardOutput extends OutputStream {
    private final OutputStream out = new FileOutputStream(FileDescriptor.out);
    private IOException failure;

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        if (failure == null) {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failure = e;
            }
        }
    }

    @Override
    public synchronized void flush() {
        if (failure == null) {
            try {
                out.flush();
            } catch (IOException e) {
                failure = e;
            }
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
