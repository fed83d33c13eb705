package org.docs2kg.source;

import org.docs2kg.diagnostics.Diagnostics;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Reads a source file as UTF-8 text. Invalid UTF-8 is replaced (U+FFFD) with a warning naming
 * the first bad line; a file with NUL bytes is taken for binary and skipped with a warning, as is
 * an unreadable file or one over {@link #MAX_BYTES}.
 */
public final class SourceText {
    /** Larger files are skipped: no documentation page is this big, and Java arrays stop at 2 GB. */
    public static final long MAX_BYTES = 512L * 1024 * 1024;

    private SourceText() {
    }

    public static Optional<String> read(Path file, String displayName, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                diagnostics.warn(displayName, 0, "file too large (" + size + " bytes, limit " + MAX_BYTES
                        + "), skipped");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException | SecurityException e) {
            diagnostics.warn(displayName, 0, "cannot read file (" + e.getClass().getSimpleName() + "), skipped");
            return Optional.empty();
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                diagnostics.warn(displayName, lineAt(bytes, i), "binary content (NUL byte), skipped");
                return Optional.empty();
            }
        }
        // The fast decoder replaces bad bytes with U+FFFD: a text without one was valid UTF-8, and is
        // what the strict decoder would return. Only a text with one (bad bytes, or a real U+FFFD)
        // goes through the strict decoder to find out which.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return Optional.of(text);
        }
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(strict.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            diagnostics.warn(displayName, lineAt(bytes, firstInvalid(bytes)),
                    "invalid UTF-8, bad bytes replaced with U+FFFD");
            return Optional.of(text);
        }
    }

    private static int firstInvalid(byte[] bytes) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        d.decode(in, out, true);
        return in.position();
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
