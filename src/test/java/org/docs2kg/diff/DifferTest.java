package org.docs2kg.diff;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/** The pairing rules of Differ on hand-made versions. */
class DifferTest {

    private static Version version(String label, List<Version.Statement> statements, String concept) {
        TreeMap<String, String> pages = new TreeMap<>();
        pages.put("dp.md", "Data protection");
        TreeMap<String, Version.Topic> topics = new TreeMap<>();
        topics.put("dp.md", new Version.Topic("Data protection", concept));
        TreeMap<String, Version.Guide> guides = new TreeMap<>();
        guides.put("g", new Version.Guide(pages, topics, new ArrayList<>(statements)));
        return new Version(label, guides);
    }

    private static Version.Statement s(int line, String text, String template) {
        return new Version.Statement("dp.md", line, "Customer", "recommendation", text, template);
    }

    @Test
    void movedTextIsNoChangeTemplateOrCloseTextIsRewordedTheRestAddedOrRemoved() {
        Version older = version("old", List.of(
                s(3, "We recommend that you rotate widget keys every year.", "t1"),
                s(5, "We recommend that you use Widget Service with TLS.", "we recommend that you use {service} with tls"),
                s(7, "We recommend that you keep a log of widget calls in a bucket.", "t3"),
                s(9, "We recommend that you paint widgets blue.", "t4")), "data-protection");
        Version newer = version("new", List.of(
                s(13, "We recommend that you rotate widget keys every year.", "t1"),                   // moved only
                s(15, "We recommend that you use Amazon Widget Service with TLS.", "we recommend that you use {service} with tls"),
                s(17, "We recommend that you keep a log of all widget calls in an S3 bucket.", "t3b"), // close text
                s(19, "Widgets must be signed.", "t5")), "encryption-at-rest");
        List<Change> changes = Differ.compare(older, newer);
        assertEquals(List.of(Change.Kind.TOPIC_RECLASSIFIED, Change.Kind.STATEMENT_ADDED, Change.Kind.STATEMENT_REMOVED,
                Change.Kind.STATEMENT_REWORDED, Change.Kind.STATEMENT_REWORDED), changes.stream().map(Change::kind).toList());
        assertEquals(List.of(5, 15), List.of(changes.get(3).oldLine(), changes.get(3).newLine()), "same template");
        assertEquals(List.of(7, 17), List.of(changes.get(4).oldLine(), changes.get(4).newLine()), "close text");
        assertEquals("Widgets must be signed.", changes.get(1).newValue());
        assertEquals("We recommend that you paint widgets blue.", changes.get(2).oldValue());
    }

    /** A page that stays but moves into the chapter joined it, its statements with it; pages outside are one line. */
    @Test
    void aPageThatJoinsTheChapterIsNotAddedAndOtherPagesAreSummedUp() {
        Version older = version("old", List.of(), "data-protection");
        older.guides().get("g").pages().put("faq.md", "FAQ");
        older.guides().get("g").pages().put("gone.md", "Gone");
        Version newer = version("new", List.of(new Version.Statement("faq.md", 4, "Customer", "obligation",
                "You must rotate widget keys.", "t")), "data-protection");
        newer.guides().get("g").pages().put("faq.md", "FAQ");
        newer.guides().get("g").pages().put("new-a.md", "A");
        newer.guides().get("g").pages().put("new-b.md", "B");
        newer.guides().get("g").topics().put("faq.md", new Version.Topic("FAQ", "security-best-practices"));
        List<Change> changes = Differ.compare(older, newer);
        assertEquals(List.of(Change.Kind.OTHER_PAGES, Change.Kind.JOINED_CHAPTER, Change.Kind.STATEMENT_JOINED_CHAPTER),
                changes.stream().map(Change::kind).toList());
        assertEquals(List.of("1 removed", "2 added"), List.of(changes.get(0).oldValue(), changes.get(0).newValue()));
        assertEquals(List.of(Change.Kind.PAGE_ADDED, Change.Kind.PAGE_ADDED, Change.Kind.PAGE_REMOVED,
                Change.Kind.JOINED_CHAPTER, Change.Kind.STATEMENT_JOINED_CHAPTER),
                Differ.compare(older, newer, true).stream().map(Change::kind).toList(), "all pages");
    }

    @Test
    void aGuideOnOneSideOnlyIsAddedOrRemovedAsAWhole() {
        Version one = version("a", List.of(), "data-protection");
        Version none = new Version("b", new TreeMap<>());
        assertEquals(List.of(Change.Kind.GUIDE_REMOVED), Differ.compare(one, none).stream().map(Change::kind).toList());
        assertEquals(List.of(Change.Kind.GUIDE_ADDED), Differ.compare(none, one).stream().map(Change::kind).toList());
        assertEquals(List.of(), Differ.compare(one, one));
    }

    /**
     * Round three (first part), row 14: a page of thousands of reworded statements pairs in
     * seconds (the old pairing rescanned all pairs after each one: hours). Each statement is paired
     * with its own rewording, as the best-pair-first rule says.
     */
    @Test
    void thousandsOfRewordedStatementsOfOnePagePairInSeconds() {
        java.util.Random random = new java.util.Random(7);
        List<Version.Statement> before = new ArrayList<>();
        List<Version.Statement> after = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            StringBuilder words = new StringBuilder("We recommend that you");
            for (int w = 0; w < 12; w++) {
                words.append(" w").append(random.nextInt(5000));
            }
            before.add(s(2 * i + 3, words + ".", "a" + i));
            after.add(s(2 * i + 3, words + " now.", "b" + i));
        }
        List<Change> changes = assertTimeoutPreemptively(java.time.Duration.ofSeconds(60),
                () -> Differ.compare(version("old", before, "data-protection"), version("new", after, "data-protection")));
        assertEquals(2000, changes.size());
        for (Change c : changes) {
            assertEquals(Change.Kind.STATEMENT_REWORDED, c.kind());
            assertEquals(c.oldLine(), c.newLine(), "each paired with its own rewording: " + c);
        }
    }
}
