package org.docs2kg.store;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.query.NamedQueries;
import org.docs2kg.support.CliRun;
import org.docs2kg.support.Guides;
import org.docs2kg.support.TestData;
import org.docs2kg.vocab.Iris;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The embedded TDB2 store, on disk in a temporary directory. */
class TdbStoreTest {

    private static DatasetGraph copy(TdbStore store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().find().forEachRemaining(copy::add));
        return copy;
    }

    private static void load(TdbStore store, Path... inputs) {
        store.load(List.of(inputs), ExportOptions.defaults(), new Diagnostics(), org.docs2kg.store.Store.Progress.NONE);
    }

    @Test
    void loadingTwiceGivesTheSameStore(@TempDir Path dir) {
        try (TdbStore store = TdbStore.open(dir.resolve("kg"), Iris.defaults())) {
            load(store, TestData.examples());
            DatasetGraph first = copy(store);
            load(store, TestData.examples());
            assertEquals(first.stream().count(), store.size());
            assertTrue(IsoMatcher.isomorphic(first, copy(store)));
        }
    }

    @Test
    void reloadingAGuideReplacesExactlyItsGraph(@TempDir Path dir) throws Exception {
        Path inputs = dir.resolve("in");
        Path widget = Guides.copyOfExample(inputs, "widget");
        Guides.tinyGuide(inputs, "tiny");
        try (TdbStore store = TdbStore.open(dir.resolve("kg"), Iris.defaults())) {
            load(store, inputs);
            var tiny = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
                    .getGraph(Iris.defaults().guide("tiny")).size());
            Files.writeString(widget.resolve("security-iam.md"), "# Identity and access management for X\n\nNo advice here.\n");
            load(store, widget);
            CliRun r = CliRun.of("query", "--store", dir.resolve("kg").toString(), "--query",
                    "SELECT (COUNT(*) AS ?n) { ?s a dk:Statement ; prov:wasDerivedFrom/dk:fileName 'security-iam.md' }",
                    "-f", "csv");
            assertEquals(List.of("n", "0"), r.out().lines().toList(), "the old statement is gone, not duplicated");
            assertEquals(tiny, Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph()
                    .getGraph(Iris.defaults().guide("tiny")).size()), "the other guide's graph is untouched");
        }
    }

    @Test
    void aFailedLoadLeavesThePreviousState(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.ttl");
        Files.writeString(bad, "<http://x/a> <http://x/b> .\n");
        try (TdbStore store = TdbStore.open(dir.resolve("kg"), Iris.defaults())) {
            load(store, TestData.examples());
            DatasetGraph before = copy(store);
            Path tiny = Guides.tinyGuide(dir, "tiny");
            Docs2KgException e = assertThrows(Docs2KgException.class, () -> load(store, tiny, bad));
            assertTrue(e.getMessage().contains("bad.ttl:1:"), e.getMessage());
            assertTrue(e.getMessage().contains("left unchanged"), e.getMessage());
            assertTrue(IsoMatcher.isomorphic(before, copy(store)), "nothing of the failed load is visible");
        }
    }

    @Test
    void everyNamedQueryAnswersTheSameOnTheStoreAsOnTheFile(@TempDir Path dir) {
        Path ttl = dir.resolve("example.ttl");
        Path kg = dir.resolve("kg");
        assertEquals(0, CliRun.of("export", "-q", TestData.examples().toString(), "-o", ttl.toString()).exitCode());
        assertEquals(0, CliRun.of("load", "-q", TestData.examples().toString(), "--store", kg.toString()).exitCode());
        for (String name : NamedQueries.list().keySet()) {
            CliRun onFile = CliRun.of("query", ttl.toString(), "--named", name, "-f", "csv");
            CliRun onStore = CliRun.of("query", "--store", kg.toString(), "--named", name, "-f", "csv");
            assertEquals(0, onStore.exitCode(), onStore.err());
            assertEquals(onFile.out(), onStore.out(), name);
        }
        CliRun one = CliRun.of("query", "--store", kg.toString(), "--graph", "widget-service-guide", "--named", "topics",
                "-f", "csv");
        assertEquals(CliRun.of("query", ttl.toString(), "--named", "topics", "-f", "csv").out(), one.out());
        CliRun none = CliRun.of("query", "--store", kg.toString(), "--graph", "nonesuch", "--named", "topics");
        assertEquals(1, none.exitCode());
        assertTrue(none.err().contains("no guide 'nonesuch'"), none.err());
    }

    @Test
    void trigExportsLoadAsTheyAre(@TempDir Path dir) {
        Path trig = dir.resolve("example.trig");
        Path kg = dir.resolve("kg");
        CliRun.of("export", "-q", TestData.examples().toString(), "--format", "trig", "-o", trig.toString());
        assertEquals(0, CliRun.of("load", "-q", trig.toString(), "--store", kg.toString()).exitCode());
        CliRun fromTrig = CliRun.of("query", "--store", kg.toString(), "--named", "responsibilities", "-f", "csv");
        CliRun fromMarkdown = CliRun.of("query", TestData.examples().toString(), "--named", "responsibilities", "-f", "csv");
        assertEquals(fromMarkdown.out(), fromTrig.out());
        assertEquals(0, CliRun.of("validate", "--store", kg.toString()).exitCode());
    }

    @Test
    void queryingAStoreThatDoesNotExistFailsClearly(@TempDir Path dir) {
        CliRun r = CliRun.of("query", "--store", dir.resolve("none").toString(), "--named", "topics");
        assertEquals(1, r.exitCode());
        assertTrue(r.err().contains("no such store"), r.err());
        assertFalse(Files.exists(dir.resolve("none")), "querying does not create a store");
    }

    /** Two guides, one documenting a service the other mentions: the case where merged and per-guide entities differ. */
    private static Path twoGuides(Path dir) throws Exception {
        Path a = dir.resolve("guides/kms");
        Path b = dir.resolve("guides/widgets");
        Files.createDirectories(a);
        Files.createDirectories(b);
        Files.writeString(a.resolve("index.md"), "# AWS Key Management Service Developer Guide\n\n"
                + "+ [Security in AWS KMS](security.md)\n");
        Files.writeString(a.resolve("security.md"), "# Security in AWS KMS\n\nAWS KMS encrypts every key it keeps\\. "
                + "See [the widgets](https://example.org) and [the widgets](https://example.org)\\.\n");
        Files.writeString(b.resolve("index.md"), "# Widget User Guide\n\n+ [Security in Widgets](security.md)\n");
        Files.writeString(b.resolve("security.md"), "# Security in Widgets\n\nWe recommend that you keep widget keys in "
                + "AWS Key Management Service\\. Widgets are SOC 2 compliant\\.\n");
        return dir.resolve("guides");
    }

    @Test
    void loadingAnExportAndLoadingItsGuidesGiveTheSameStore(@TempDir Path dir) throws Exception {
        Path guides = twoGuides(dir);
        Path trig = dir.resolve("guides.trig");
        Path nquads = dir.resolve("guides.nq");
        assertEquals(0, CliRun.of("export", "-q", guides.toString(), "--format", "trig", "-o", trig.toString()).exitCode());
        assertEquals(0, CliRun.of("export", "-q", guides.toString(), "--format", "nquads", "-o", nquads.toString()).exitCode());
        DatasetGraph fromGuides;
        try (TdbStore store = TdbStore.open(dir.resolve("kg-guides"), Iris.defaults())) {
            load(store, guides);
            fromGuides = copy(store);
        }
        for (Path export : List.of(trig, nquads)) {
            try (TdbStore store = TdbStore.open(dir.resolve("kg-" + export.getFileName()), Iris.defaults())) {
                load(store, export);
                DatasetGraph fromExport = copy(store);
                assertTrue(IsoMatcher.isomorphic(fromGuides, fromExport), export + ": " + fromExport.stream().count()
                        + " quads vs " + fromGuides.stream().count());
            }
        }
    }

    @Test
    void theLoadSummaryCountsWhatTheStoreHolds(@TempDir Path dir) throws Exception {
        Path guide = dir.resolve("dup");
        Files.createDirectories(guide);
        Files.writeString(guide.resolve("index.md"), "# Dup User Guide\n\n+ [Security in Dup](security.md)\n");
        Files.writeString(guide.resolve("security.md"), "# Security in Dup\n\n"
                + "[the same link](https://example.org/same) ".repeat(300) + "\n");
        try (TdbStore store = TdbStore.open(dir.resolve("kg"), Iris.defaults())) {
            LoadSummary summary = store.load(List.of(guide), ExportOptions.defaults(), new Diagnostics(),
                    org.docs2kg.store.Store.Progress.NONE);
            long stored = copy(store).stream().count();
            assertEquals(stored, summary.triples(), "the summary says what the store holds");
        }
    }

    private static long sizeOnDisk(Path dir) throws java.io.IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    /** Round three (third part), row 2: reloading the same data does not grow the store (a reload compacts it). */
    @Test
    void reloadingTheSameDataDoesNotGrowTheStore(@TempDir Path dir) throws Exception {
        Path kg = dir.resolve("kg");
        try (TdbStore store = TdbStore.open(kg, Iris.defaults())) {
            load(store, TestData.examples());
            DatasetGraph first = copy(store);
            long once = sizeOnDisk(kg);
            for (int i = 0; i < 5; i++) {
                load(store, TestData.examples());
            }
            long sixTimes = sizeOnDisk(kg);
            assertTrue(sixTimes <= once * 1.2, "after six loads " + sixTimes + " bytes, after one " + once);
            assertTrue(IsoMatcher.isomorphic(first, copy(store)), "the same data");
        }
        try (TdbStore reopened = TdbStore.openExisting(kg, Iris.defaults())) {
            assertTrue(reopened.size() > 0, "the compacted store opens again");
        }
    }

    /** Row 3: two files with the same name in different folders get a graph each. */
    @Test
    void filesWithTheSameNameKeepTheirOwnGraphs(@TempDir Path dir) throws Exception {
        Path a = Files.createDirectories(dir.resolve("a")).resolve("notes.ttl");
        Path b = Files.createDirectories(dir.resolve("b")).resolve("notes.ttl");
        Files.writeString(a, "<urn:x> <urn:says> \"from a\" .\n");
        Files.writeString(b, "<urn:x> <urn:says> \"from b\" .\n");
        try (TdbStore store = TdbStore.open(dir.resolve("kg"), Iris.defaults())) {
            load(store, a);
            load(store, b);
            assertEquals(2, store.size(), "both files' triples are kept");
            load(store, a);
            assertEquals(2, store.size(), "reloading a file replaces its own graph only");
        }
    }

    /** Row 7: a blank-node graph label goes into the file's graph, so loading twice gives the same store. */
    @Test
    void aBlankNodeGraphLabelConverges(@TempDir Path dir) throws Exception {
        Path trig = dir.resolve("blank.trig");
        Files.writeString(trig, "_:g { <urn:x> <urn:says> \"hello\" . }\n");
        try (TdbStore store = TdbStore.open(dir.resolve("kg"), Iris.defaults())) {
            load(store, trig);
            long once = store.size();
            load(store, trig);
            assertEquals(once, store.size());
            assertEquals(1, once);
            Txn.executeRead(store.datasetGraph(), () -> store.datasetGraph().listGraphNodes().forEachRemaining(
                    g -> assertTrue(g.isURI() && g.getURI().contains("/graph/file/blank.trig-"), g.toString())));
        }
    }
}
