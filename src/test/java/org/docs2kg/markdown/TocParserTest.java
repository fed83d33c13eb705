package org.docs2kg.markdown;

import org.docs2kg.model.Toc;
import org.docs2kg.model.TocEntry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TocParserTest {

    @Test
    void nestedListBecomesEntriesInReadingOrderWithParents() {
        Toc toc = TocParser.parse("""
                # Example Guide

                -----
                ## Contents
                + [Intro](intro.md)
                + [Security in X](security.md)
                   + [Data protection](dp.md)
                      + [Encryption at rest](rest.md)
                   + [IAM](iam.md)
                + [Quotas](quotas.md)
                """);
        assertEquals("Example Guide", toc.title());
        assertEquals(List.of(
                new TocEntry("Intro", "intro.md", 5, 0, 0, null),
                new TocEntry("Security in X", "security.md", 6, 0, 1, null),
                new TocEntry("Data protection", "dp.md", 7, 1, 2, "security.md"),
                new TocEntry("Encryption at rest", "rest.md", 8, 2, 3, "dp.md"),
                new TocEntry("IAM", "iam.md", 9, 1, 4, "security.md"),
                new TocEntry("Quotas", "quotas.md", 10, 0, 5, null)), toc.entries());
    }

    @Test
    void itemsWithoutLinksPassTheirChildrenToTheNearestLinkedAncestor() {
        Toc toc = TocParser.parse("# G\n+ [A](a.md)\n   + Plain heading\n      + [B](b.md)\n");
        assertEquals("a.md", toc.entries().get(1).parentTarget());
        assertEquals(1, toc.entries().get(1).depth());
    }

    @Test
    void emptyOrMalformedIndexGivesNoEntries() {
        assertEquals(List.of(), TocParser.parse("").entries());
        assertEquals(List.of(), TocParser.parse("# Only a title\n\nSome text.\n").entries());
    }
}
