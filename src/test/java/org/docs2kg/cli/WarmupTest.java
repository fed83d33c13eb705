package org.docs2kg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentence models are read ahead only for a run that names a folder (guides are folders). */
class WarmupTest {
    @Test
    void aFolderArgumentMeansGuides(@TempDir Path dir) throws Exception {
        Path file = Files.writeString(dir.resolve("graph.ttl"), "");
        assertTrue(Warmup.namesAFolder(new String[] {"export", "-o", "out.ttl", dir.toString()}));
        assertFalse(Warmup.namesAFolder(new String[] {"query", "--named", "measures", file.toString()}));
        assertFalse(Warmup.namesAFolder(new String[] {"--help"}));
        // an option's value is no folder, and a name that is no path is no failure
        assertFalse(Warmup.namesAFolder(new String[] {"--store=" + dir, "bad\0name"}));
    }
}
