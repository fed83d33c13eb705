package org.docs2kg.markdown;

import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.docs2kg.markdown.internal.Commonmark;
import org.docs2kg.markdown.internal.DeepStack;
import org.docs2kg.markdown.internal.InlineText;
import org.docs2kg.model.Link;
import org.docs2kg.model.Page;
import org.docs2kg.model.TextBlock;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Parses one Markdown page (AWS guide layout) into a {@link Page}: title and anchor, headings,
 * links, the reader-visible text of every paragraph, bullet and table cell with its source
 * lines, and the page's "Topics" list. Blocks are walked with an explicit stack, so lists and
 * quotes nested thousands deep cannot overflow the Java stack.
 */
public final class PageParser {

    private PageParser() {
    }

    /**
     * Parses a page. Its text blocks are made when first asked for, from a second parse of
     * {@code source}: most pages are never read sentence by sentence (see {@link Page}).
     *
     * @throws DeepStack.TooDeepException when the page nests too deep to parse even on a large stack
     */
    public static Page parse(String source, String fileName, String sourcePath) {
        return parse(source, fileName, sourcePath, false);
    }

    /**
     * Parses a page; with {@code withText}, its text blocks are made in the same parse (for a page
     * known to be read sentence by sentence: one parse instead of two).
     *
     * @throws DeepStack.TooDeepException when the page nests too deep to parse even on a large stack
     */
    public static Page parse(String source, String fileName, String sourcePath, boolean withText) {
        Parsed parsed = DeepStack.call(() -> parseDocument(source, withText));
        String title = fileName;
        String anchor = "";
        org.docs2kg.model.Heading first = parsed.headings().stream().filter(h -> h.level() == 1).findFirst()
                .orElse(parsed.headings().isEmpty() ? null : parsed.headings().get(0));
        if (first != null && !first.text().isBlank()) {
            title = first.text();
            anchor = first.anchor();
        }
        return withText
                ? new Page(fileName, sourcePath, title, anchor, parsed.headings(), parsed.links(), parsed.blocks(),
                        parsed.topicLinks())
                : Page.withBlocksOnDemand(fileName, sourcePath, title, anchor, parsed.headings(), parsed.links(),
                        () -> DeepStack.call(() -> parseDocument(source, true)).blocks(), parsed.topicLinks());
    }

    /** What one parse yields; {@code blocks} is empty unless the text was asked for. */
    private record Parsed(List<org.docs2kg.model.Heading> headings, List<Link> links, List<TextBlock> blocks,
                          List<Link> topicLinks) {
    }

    private static Parsed parseDocument(String source, boolean withText) {
        Node document = Commonmark.parser().parse(Commonmark.stripBom(source));
        List<org.docs2kg.model.Heading> headings = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        List<TextBlock> blocks = new ArrayList<>();
        List<Link> topicLinks = new ArrayList<>();
        Map<Node, Integer> bulletListIds = new IdentityHashMap<>();
        walk(document, n -> {
            int line = lineOf(n);
            if (n instanceof Heading h) {
                InlineText t = InlineText.of(h, line);
                headings.add(new org.docs2kg.model.Heading(h.getLevel(), t.text(), t.anchor(), line));
                links.addAll(t.links());
                return;
            }
            // Without the text, only a paragraph with a link, or one before a list, is walked inline.
            boolean beforeList = n instanceof Paragraph && n.getNext() instanceof BulletList;
            if (!withText && !beforeList && !hasLink(n)) {
                return;
            }
            InlineText t = InlineText.of(n, line);
            links.addAll(t.links());
            if (withText && !t.text().isEmpty()) {
                blocks.add(new TextBlock(kindOf(n), t.text(), t.segmentStarts(), t.segmentLines(),
                        headings.size() - 1, itemOfList(n, bulletListIds), leadsIntoList(n, bulletListIds)));
            }
            if (beforeList && t.text().equals("Topics")) {
                topicLinks.addAll(firstLinksOfItems((BulletList) n.getNext()));
            }
        });
        return new Parsed(headings, links, blocks, topicLinks);
    }

    /**
     * Visits, in reading order, every heading, paragraph and table cell of {@code document} (not
     * what they contain); code and raw HTML are not prose and are skipped. An explicit stack, so
     * that lists and quotes nested thousands deep cannot overflow the Java stack.
     */
    private static void walk(Node document, java.util.function.Consumer<Node> visitor) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(document);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof Heading || n instanceof Paragraph || n instanceof TableCell) {
                visitor.accept(n);
            } else if (!(n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof HtmlBlock)) {
                pushChildrenInOrder(stack, n);
            }
        }
    }

    /** Whether a link lies anywhere inside {@code block} (links can only come from link nodes). */
    private static boolean hasLink(Node block) {
        Deque<Node> stack = new ArrayDeque<>();
        stack.push(block);
        while (!stack.isEmpty()) {
            Node n = stack.pop();
            if (n instanceof org.commonmark.node.Link) {
                return true;
            }
            for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
                stack.push(c);
            }
        }
        return false;
    }

    private static TextBlock.Kind kindOf(Node n) {
        if (n instanceof TableCell) {
            return TextBlock.Kind.TABLE_CELL;
        }
        if (n.getParent() instanceof ListItem item) {
            return item.getParent() instanceof OrderedList ? TextBlock.Kind.STEP : TextBlock.Kind.LIST_ITEM;
        }
        return TextBlock.Kind.PARAGRAPH;
    }

    /** The id of the bullet list whose item {@code n} opens, or NO_LIST. */
    private static int itemOfList(Node n, Map<Node, Integer> ids) {
        if (n instanceof Paragraph && n.getPrevious() == null && n.getParent() instanceof ListItem item
                && item.getParent() instanceof BulletList list) {
            return ids.computeIfAbsent(list, k -> ids.size());
        }
        return TextBlock.NO_LIST;
    }

    /** The id of the bullet list directly after {@code n} (in the same parent), or NO_LIST. */
    private static int leadsIntoList(Node n, Map<Node, Integer> ids) {
        if (n instanceof Paragraph && n.getNext() instanceof BulletList list) {
            return ids.computeIfAbsent(list, k -> ids.size());
        }
        return TextBlock.NO_LIST;
    }

    private static List<Link> firstLinksOfItems(BulletList list) {
        List<Link> result = new ArrayList<>();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            Node para = item.getFirstChild();
            if (para instanceof Paragraph) {
                List<Link> itemLinks = InlineText.of(para, lineOf(para)).links();
                if (!itemLinks.isEmpty()) {
                    result.add(itemLinks.get(0));
                }
            }
        }
        return result;
    }

    /** Pushes the children last first, so that they pop in reading order. */
    static void pushChildrenInOrder(Deque<Node> stack, Node parent) {
        for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
            stack.push(c);
        }
    }

    static int lineOf(Node n) {
        Node cur = n;
        while (cur != null) {
            if (!cur.getSourceSpans().isEmpty()) {
                return cur.getSourceSpans().get(0).getLineIndex() + 1;
            }
            cur = cur.getParent();
        }
        return 1;
    }
}
