package org.docs2kg.source;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * File and folder names as docs2kg records them: the name's bytes read as UTF-8, whatever the
 * locale. Java decodes names with the locale's charset, so under {@code LANG=C} (the default of
 * many containers and CI runners) "café.md" and "cafè.md" both become "caf��.md" — one page IRI
 * for two files, and output that differs from machine to machine. {@link Path#toUri()} keeps the
 * name's real bytes (percent-encoded), so the name is decoded from there. Bytes that are not UTF-8
 * under any locale stay percent-encoded ("caf%E9.md"), the same everywhere, and
 * {@link #isUtf8} says so, for a warning.
 */
public final class FileNames {
    /** True when Java already decodes names as UTF-8 (then only a name with U+FFFD needs a second look). */
    private static final boolean UTF8_NAMES = "UTF-8".equalsIgnoreCase(System.getProperty("sun.jnu.encoding", "UTF-8"));

    private FileNames() {
    }

    /** The last segment of {@code p}: its name. */
    public static String name(Path p) {
        Path last = p.getFileName();
        if (last == null) {
            return p.toString();
        }
        String decoded = last.toString();
        if (UTF8_NAMES && decoded.indexOf('\uFFFD') < 0) {
            return decoded; // the common case: nothing was lost
        }
        return fromBytes(rawLastSegment(p));
    }

    /** {@code dir} relative to {@code root}, its segments joined by "/", each named as {@link #name} does. */
    public static String relative(Path root, Path dir) {
        Path rel = root.relativize(dir);
        StringBuilder sb = new StringBuilder();
        Path at = root;
        for (Path segment : rel) {
            at = at.resolve(segment);
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(name(at));
        }
        return sb.toString();
    }

    /** False when the name's bytes are not UTF-8 (then {@link #name} percent-encodes them). */
    public static boolean isUtf8(Path p) {
        Path last = p.getFileName();
        if (last == null || UTF8_NAMES && last.toString().indexOf('\uFFFD') < 0) {
            return true;
        }
        return decodeStrictly(bytes(rawLastSegment(p))) != null;
    }

    /** The percent-encoded last segment of the path's URI: its bytes, whatever the locale. */
    private static String rawLastSegment(Path p) {
        String raw = p.toAbsolutePath().toUri().getRawPath();
        if (raw.endsWith("/") && raw.length() > 1) {
            raw = raw.substring(0, raw.length() - 1); // a folder's URI ends in "/"
        }
        return raw.substring(raw.lastIndexOf('/') + 1);
    }

    private static String fromBytes(String percentEncoded) {
        byte[] bytes = bytes(percentEncoded);
        String strict = decodeStrictly(bytes);
        if (strict != null) {
            return strict;
        }
        // Not UTF-8: ASCII bytes as they are, every other byte as %XX (and '%' itself as %25).
        StringBuilder sb = new StringBuilder();
        for (byte b : bytes) {
            int c = b & 0xff;
            if (c < 0x80 && c != '%') {
                sb.append((char) c);
            } else {
                sb.append('%').append(String.format("%02X", c));
            }
        }
        return sb.toString();
    }

    private static byte[] bytes(String percentEncoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(percentEncoded.length());
        for (int i = 0; i < percentEncoded.length(); i++) {
            char c = percentEncoded.charAt(i);
            if (c == '%' && i + 2 < percentEncoded.length()
                    && Character.digit(percentEncoded.charAt(i + 1), 16) >= 0
                    && Character.digit(percentEncoded.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(percentEncoded.charAt(i + 1), 16) * 16 + Character.digit(percentEncoded.charAt(i + 2), 16));
                i += 2;
            } else {
                out.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static String decodeStrictly(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
