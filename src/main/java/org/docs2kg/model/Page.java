package org.docs2kg.model;

import java.util.List;

/**
 * One Markdown page as parsed: what docs2kg keeps of it for the graph and for extraction.
 *
 * @param fileName   file name relative to its guide folder ("security.md")
 * @param sourcePath the path recorded as provenance, relative to the input ("guide-id/security.md")
 * @param title      the page title (its first level-1 heading, else first heading, else file name)
 * @param anchor     the title's explicit anchor ({@code <a name="…">}), or empty
 * @param topicLinks the links of the page's "Topics" list, in order
 */
public record Page(String fileName, String sourcePath, String title, String anchor, List<Heading> headings,
                   List<Link> links, List<TextBlock> blocks, List<Link> topicLinks) {
    public Page {
        headings = List.copyOf(headings);
        links = List.copyOf(links);
        blocks = List.copyOf(blocks);
        topicLinks = List.copyOf(topicLinks);
    }
}
