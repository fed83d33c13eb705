package org.docs2kg.diagnostics;

/**
 * A problem with the input that docs2kg worked around.
 *
 * @param file the file it concerns, as the user named it or relative to the input
 * @param line 1-based line, or 0 where there is none
 */
public record Warning(String file, int line, String message) implements Comparable<Warning> {

    /** {@code file:line: message}, the form compilers use, so editors can jump to it. */
    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
    }

    @Override
    public int compareTo(Warning o) {
        int c = file.compareTo(o.file);
        if (c == 0) {
            c = Integer.compare(line, o.line);
        }
        return c != 0 ? c : message.compareTo(o.message);
    }
}
