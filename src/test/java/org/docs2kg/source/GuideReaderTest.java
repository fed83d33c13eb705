package org.docs2kg.source;

import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.extract.SecurityChapterFinder;
import org.docs2kg.model.Guide;
import org.docs2kg.model.Page;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

class GuideReaderTest {
    private static GuideSource example() {
        return new InputScanner(new Diagnostics()).scan(List.of(TestData.examples().resolve("widget-service-guide"))).get(0);
    }

    /** Which pages get their text in the first parse is a matter of speed: the guide read is the same. */
    @Test
    void thePagesReadForTheirTextAreAHintThatChangesNothing() {
        GuideSource source = example();
        Guide lazy = new GuideReader(new Diagnostics(), false).read(source);
        Guide chapterFirst = new GuideReader(new Diagnostics(), true, SecurityChapterFinder::chapterFiles).read(source);
        Guide everything = new GuideReader(new Diagnostics(), false,
                toc -> Set.copyOf(source.pages().stream().map(InputScanner::fileName).toList())).read(source);
        assertEquals(lazy.pages(), chapterFirst.pages());
        assertEquals(lazy.pages(), everything.pages());
        assertFalse(lazy.pages().stream().allMatch(p -> p.blocks().isEmpty()), "pages with text, to compare");
    }

    @Test
    void theChapterFilesAreTheTableOfContentsEntriesUnderTheSecurityChapter() {
        Guide guide = new GuideReader(new Diagnostics(), false).read(example());
        assertEquals(Set.of("security.md", "security-data-protection.md", "security-encryption-at-rest.md",
                        "security-iam.md", "security-iam-service.md", "security-logging.md", "security-compliance.md"),
                SecurityChapterFinder.chapterFiles(guide.toc().orElseThrow()));
        assertEquals(List.of("getting-started-create.md", "getting-started.md", "security-compliance.md",
                        "security-data-protection.md", "security-encryption-at-rest.md", "security-iam-service.md",
                        "security-iam.md", "security-logging.md", "security.md", "what-is.md"),
                guide.pages().stream().map(Page::fileName).toList());
    }
}
