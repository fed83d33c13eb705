package org.docs2kg.markdown;

import org.docs2kg.model.Heading;
import org.docs2kg.model.Link;
import org.docs2kg.model.Page;
import org.docs2kg.model.TextBlock;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PageParserTest {

    private static Page parse(String md) {
        return PageParser.parse(md, "p.md", "g/p.md");
    }

    @Test
    void titleAnchorAndHeadingsWithLines() {
        Page p = parse("# Data protection in X<a name=\"dp\"></a>\n\nText\\.\n\n## Keys\\-and more<a name=\"k\"></a>\n");
        assertEquals("Data protection in X", p.title());
        assertEquals("dp", p.anchor());
        assertEquals(List.of(new Heading(1, "Data protection in X", "dp", 1), new Heading(2, "Keys-and more", "k", 5)),
                p.headings());
    }

    @Test
    void escapesAreResolvedAndMarkupRemoved() {
        Page p = parse("# T\n\nUse **TLS 1\\.2** with `aws s3` and *care* \\(always\\)\\.\n");
        assertEquals("Use TLS 1.2 with aws s3 and care (always).", p.blocks().get(0).text());
    }

    @Test
    void everyPartOfAParagraphKeepsItsSourceLine() {
        Page p = parse("# T\n\nFirst line\ncontinues here.\nThird line.\n");
        TextBlock b = p.blocks().get(0);
        assertEquals("First line continues here. Third line.", b.text());
        assertEquals(3, b.lineAt(0));
        assertEquals(4, b.lineAt(b.text().indexOf("continues")));
        assertEquals(5, b.lineAt(b.text().indexOf("Third")));
    }

    @Test
    void bulletsAreBlocksOfTheirOwnAndLeadInsStay() {
        Page p = parse("# T\n\nWe do this in the following ways:\n+ **Lead** – AWS is responsible\\.\n+ Second\\.\n");
        assertEquals(List.of("We do this in the following ways:", "Lead – AWS is responsible.", "Second."),
                p.blocks().stream().map(TextBlock::text).toList());
        assertEquals(TextBlock.Kind.LIST_ITEM, p.blocks().get(1).kind());
        assertEquals(4, p.blocks().get(1).firstLine());
    }

    @Test
    void linksKeepTextDestinationAndLine() {
        Page p = parse("# T\n\nSee [the model](http://example.com/m) and\n[other page](other.md#x)\\.\n");
        assertEquals(List.of(new Link("the model", "http://example.com/m", 3), new Link("other page", "other.md#x", 4)),
                p.links());
        assertTrue(p.links().get(0).isExternal());
        assertEquals("other.md", p.links().get(1).targetFile());
        assertEquals("See the model and other page.", p.blocks().get(0).text());
    }

    /** Links are read from every kind of block when the page is parsed, before any text block is made. */
    @Test
    void linksComeFromEveryKindOfBlockInReadingOrder() {
        Page p = parse("# T [h](h.md)\n\n> Quote [q](q.md)\n\n- item\n  - nested [n](n.md)\n\n"
                + "| a | b |\n|---|---|\n| [c](c.md) | x |\n\n```\n[code](not.md)\n```\n\n"
                + "Text ![alt [i](i.md)](img.png) and [**bold** link](b.md)\n");
        assertEquals(List.of(new Link("h", "h.md", 1), new Link("q", "q.md", 3), new Link("n", "n.md", 6),
                new Link("c", "c.md", 10), new Link("bold link", "b.md", 16)), p.links());
    }

    @Test
    void topicsListIsRead() {
        Page p = parse("# T\n\n**Topics**\n+ [A](a.md)\n+ [B](b.md)\n\nAfter.\n");
        assertEquals(List.of("a.md", "b.md"), p.topicLinks().stream().map(Link::targetFile).toList());
    }

    @Test
    void admonitionLabelsAreNotPartOfTheSentence() {
        Page p = parse("# T\n\n**Note**  \nWe recommend X\\.\n\nText\\.\n**Important**  \nDo Y\\.\n");
        assertEquals("We recommend X.", p.blocks().get(0).text());
        assertEquals(4, p.blocks().get(0).firstLine());
        assertEquals("Text. Do Y.", p.blocks().get(1).text());
    }

    @Test
    void boldLineLabelsEndWithASentenceBoundary() {
        Page p = parse("# T\n\n**Consider encryption**  \nWe recommend a plan\\.\n");
        assertEquals("Consider encryption\nWe recommend a plan.", p.blocks().get(0).text());
    }

    @Test
    void codeBlocksAndHtmlAreNotProse() {
        Page p = parse("# T\n\n```\nwe recommend nothing here\n```\n\n<div>raw</div>\n");
        assertTrue(p.blocks().isEmpty());
    }

    @Test
    void tablesCellsAreTextBlocks() {
        Page p = parse("# T\n\n| Name | Note |\n|---|---|\n| a | We recommend b\\. |\n");
        assertTrue(p.blocks().stream().anyMatch(b -> b.kind() == TextBlock.Kind.TABLE_CELL
                && b.text().equals("We recommend b.") && b.firstLine() == 5));
    }

    @Test
    void pageWithoutHeadingIsTitledByItsFileName() {
        assertEquals("p.md", parse("Just text.\n").title());
        assertEquals("p.md", parse("").title());
    }

    @Test
    void byteOrderMarkDoesNotHideTheTitle() {
        assertEquals("Title", parse("\uFEFF# Title\n").title());
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        int depth = 10_000;
        String quotes = ">".repeat(depth) + " deep text\n";
        String lists = "- ".repeat(depth) + "item\n";
        String emphasis = "*".repeat(depth) + "x" + "*".repeat(depth) + "\n";
        String links = "[".repeat(depth) + "x" + "](a.md)".repeat(depth) + "\n";
        for (String md : List.of(quotes, lists, emphasis, links)) {
            Page p = parse("# T\n\n" + md);
            assertFalse(p.blocks().isEmpty(), "text found in nested input");
        }
    }
}
