package org.docs2kg.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sentence models are read ahead only for a run that names a folder of guides. */
class WarmupTest {
    @Test
    void aFolderOfGuidesIsOneWithMarkdownOrAGuideInIt(@TempDir Path dir) throws Exception {
        Path guide = Files.createDirectories(dir.resolve("guides/widget-guide"));
        Files.writeString(guide.resolve("index.md"), "# Widget guide\n");
        Path store = Files.createDirectories(dir.resolve("store/Data-0001"));
        Path file = Files.writeString(dir.resolve("graph.ttl"), "");
        assertTrue(Warmup.namesAFolder(new String[] {"export", "-o", "out.ttl", guide.toString()}));
        assertTrue(Warmup.namesAFolder(new String[] {"report", guide.getParent().toString()}));
        assertFalse(Warmup.namesAFolder(new String[] {"serve", "--store", store.getParent().toString()}));
        assertFalse(Warmup.namesAFolder(new String[] {"query", "--named", "measures", file.toString()}));
        assertFalse(Warmup.namesAFolder(new String[] {"--help"}));
        // an option's value is no folder, and a name that is no path is no failure
        assertFalse(Warmup.namesAFolder(new String[] {"--in=" + guide, "bad\0name"}));
    }
}
