package org.docs2kg.diagnostics;

/**
 * A failure the user can act on (missing input, bad query, unreadable file …). Its message is
 * one line that names what and where; the CLI prints it without a stack trace.
 */
public class Docs2KgException extends RuntimeException {
    public Docs2KgException(String message) {
        super(message);
    }

    public Docs2KgException(String message, Throwable cause) {
        super(message, cause);
    }
}
