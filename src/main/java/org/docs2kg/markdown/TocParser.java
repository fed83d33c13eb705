package org.docs2kg.markdown;

import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.docs2kg.markdown.internal.Commonmark;
import org.docs2kg.markdown.internal.DeepStack;
import org.docs2kg.markdown.internal.InlineText;
import org.docs2kg.model.Link;
import org.docs2kg.model.Toc;
import org.docs2kg.model.TocEntry;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Parses a guide's {@code index.md}: the title (first heading) and the table of contents, a
 * nested list of links. Items without a link still nest their children under the nearest
 * linked ancestor.
 */
public final class TocParser {

    private TocParser() {
    }

    private record Item(Node item, int depth, String parentTarget) {
    }

    public static Toc parse(String source) {
        return DeepStack.call(() -> parseDocument(source));
    }

    private static Toc parseDocument(String source) {
        Node document = Commonmark.parser().parse(Commonmark.stripBom(source));
        String title = "";
        List<TocEntry> entries = new ArrayList<>();
        Deque<Node> blocks = new ArrayDeque<>();
        blocks.push(document);
        while (!blocks.isEmpty()) {
            Node n = blocks.pop();
            if (n instanceof Heading h && title.isEmpty()) {
                title = InlineText.of(h, PageParser.lineOf(h)).text();
            } else if (n instanceof ListBlock list) {
                readList(list, entries);
            } else if (!(n instanceof ListItem)) {
                PageParser.pushChildrenInOrder(blocks, n);
            }
        }
        return new Toc(title, entries);
    }

    private static void readList(ListBlock list, List<TocEntry> entries) {
        Deque<Item> stack = new ArrayDeque<>();
        pushItems(stack, list, 0, null);
        while (!stack.isEmpty()) {
            Item it = stack.pop();
            String parent = it.parentTarget();
            int childDepth = it.depth();
            Node first = it.item().getFirstChild();
            if (first instanceof Paragraph p) {
                List<Link> links = InlineText.of(p, PageParser.lineOf(p)).links();
                if (!links.isEmpty()) {
                    Link link = links.get(0);
                    entries.add(new TocEntry(link.text(), link.targetFile(), link.line(), it.depth(),
                            entries.size(), parent));
                    parent = link.targetFile();
                    childDepth = it.depth() + 1;
                }
            }
            // Children are pushed after the item is recorded, so reading order is preorder.
            List<Node> nested = new ArrayList<>();
            for (Node c = it.item().getFirstChild(); c != null; c = c.getNext()) {
                if (c instanceof ListBlock) {
                    nested.add(c);
                }
            }
            for (int i = nested.size() - 1; i >= 0; i--) {
                pushItems(stack, (ListBlock) nested.get(i), childDepth, parent);
            }
        }
    }

    private static void pushItems(Deque<Item> stack, ListBlock list, int depth, String parentTarget) {
        List<Node> items = new ArrayList<>();
        for (Node c = list.getFirstChild(); c != null; c = c.getNext()) {
            items.add(c);
        }
        for (int i = items.size() - 1; i >= 0; i--) {
            stack.push(new Item(items.get(i), depth, parentTarget));
        }
    }

}
