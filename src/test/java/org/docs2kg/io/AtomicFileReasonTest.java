package org.docs2kg.io;

import org.junit.jupiter.api.Test;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Round three (third part), row 9: a failed write names the user's file and the reason, never the temporary file. */
class AtomicFileReasonTest {
    private static final Path TARGET = Path.of("/srv/out/report.html");

    @Test
    void theReasonNeverNamesTheTemporaryFile() {
        assertEquals("permission denied (in /srv/out)",
                AtomicFile.reason(TARGET, new AccessDeniedException("/srv/out/.report.html.1234.tmp")));
        assertEquals("its folder does not exist (/srv/out)",
                AtomicFile.reason(TARGET, new NoSuchFileException("/srv/out/.report.html.1234.tmp")));
        assertEquals("No space left on device",
                AtomicFile.reason(TARGET, new FileSystemException("/srv/out/.report.html.1234.tmp", null, "No space left on device")));
    }
}
