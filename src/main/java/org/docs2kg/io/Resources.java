package org.docs2kg.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Text files shipped inside the jar (queries, styles, scripts). */
public final class Resources {

    private Resources() {
    }

    /** The resource's text; a missing one is a packaging bug, not bad input. */
    public static String text(String absoluteName) {
        try (InputStream in = Resources.class.getResourceAsStream(absoluteName)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + absoluteName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
