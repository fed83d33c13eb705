package org.docs2kg.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One Markdown page as parsed: what docs2kg keeps of it for the graph and for extraction.
 * Immutable. The text blocks may be made on first use ({@link #withBlocksOnDemand}): only the
 * security chapter's pages, a tenth of a guide, are ever read sentence by sentence, and building
 * the reader-visible text of every other paragraph was a large share of export's time.
 */
public final class Page {
    private final String fileName;
    private final String sourcePath;
    private final String title;
    private final String anchor;
    private final List<Heading> headings;
    private final List<Link> links;
    private final List<Link> topicLinks;
    private Supplier<List<TextBlock>> blockSource; // set until the blocks are made; guarded by this
    private volatile List<TextBlock> blocks;

    /**
     * @param fileName   file name relative to its guide folder ("security.md")
     * @param sourcePath the path recorded as provenance, relative to the input ("guide-id/security.md")
     * @param title      the page title (its first level-1 heading, else first heading, else file name)
     * @param anchor     the title's explicit anchor ({@code <a name="…">}), or empty
     * @param topicLinks the links of the page's "Topics" list, in order
     */
    public Page(String fileName, String sourcePath, String title, String anchor, List<Heading> headings,
                List<Link> links, List<TextBlock> blocks, List<Link> topicLinks) {
        this(fileName, sourcePath, title, anchor, headings, links, topicLinks, null, List.copyOf(blocks));
    }

    private Page(String fileName, String sourcePath, String title, String anchor, List<Heading> headings,
                 List<Link> links, List<Link> topicLinks, Supplier<List<TextBlock>> blockSource,
                 List<TextBlock> blocks) {
        this.fileName = Objects.requireNonNull(fileName);
        this.sourcePath = Objects.requireNonNull(sourcePath);
        this.title = Objects.requireNonNull(title);
        this.anchor = Objects.requireNonNull(anchor);
        this.headings = List.copyOf(headings);
        this.links = List.copyOf(links);
        this.topicLinks = List.copyOf(topicLinks);
        this.blockSource = blockSource;
        this.blocks = blocks;
    }

    /**
     * A page whose text blocks {@code blocks} makes when they are first asked for (once, whichever
     * thread asks); it must always give the same blocks.
     */
    public static Page withBlocksOnDemand(String fileName, String sourcePath, String title, String anchor,
                                          List<Heading> headings, List<Link> links,
                                          Supplier<List<TextBlock>> blocks, List<Link> topicLinks) {
        return new Page(fileName, sourcePath, title, anchor, headings, links, topicLinks,
                Objects.requireNonNull(blocks), null);
    }

    public String fileName() {
        return fileName;
    }

    public String sourcePath() {
        return sourcePath;
    }

    public String title() {
        return title;
    }

    public String anchor() {
        return anchor;
    }

    public List<Heading> headings() {
        return headings;
    }

    public List<Link> links() {
        return links;
    }

    /** The reader-visible text of every paragraph, bullet and table cell, in reading order. */
    public List<TextBlock> blocks() {
        List<TextBlock> made = blocks;
        if (made == null) {
            synchronized (this) {
                if (blocks == null) {
                    blocks = List.copyOf(blockSource.get());
                    blockSource = null; // what it held (the page's source text) can go
                }
                made = blocks;
            }
        }
        return made;
    }

    public List<Link> topicLinks() {
        return topicLinks;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Page p && fileName.equals(p.fileName) && sourcePath.equals(p.sourcePath)
                && title.equals(p.title) && anchor.equals(p.anchor) && headings.equals(p.headings)
                && links.equals(p.links) && topicLinks.equals(p.topicLinks) && blocks().equals(p.blocks());
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, sourcePath, title, anchor, headings, links, topicLinks);
    }

    @Override
    public String toString() {
        return "Page[" + sourcePath + ", title=" + title + ", " + headings.size() + " headings, " + links.size()
                + " links]";
    }
}
