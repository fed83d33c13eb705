package org.docs2kg.markdown.internal;

import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The reader-visible text of one block's inline content, with the source line of each part and
 * the links inside it. Walks the inline tree with an explicit stack: emphasis nested thousands
 * deep must not overflow the Java stack.
 */
public final class InlineText {
    private static final Pattern ANCHOR = Pattern.compile("(?i)<a\\s+name\\s*=\\s*[\"']([^\"']*)[\"']");

    private static final Pattern ADMONITION = Pattern.compile("(?i)note|important|tip|warning|caution|notes");

    private final StringBuilder text = new StringBuilder();
    // Segment i starts at text offset segmentStarts[i] and comes from source line segmentLines[i].
    private int[] segmentStarts = new int[4];
    private int[] segmentLines = new int[4];
    private int segments;
    private final List<org.docs2kg.model.Link> links = new ArrayList<>();
    private String anchor = "";
    private int lastLine = -1;
    private boolean pendingSpace;

    private InlineText() {
    }

    /** Collects the inline children of {@code block}; {@code blockLine} is used where a node has no span. */
    public static InlineText of(Node block, int blockLine) {
        InlineText t = new InlineText();
        t.collect(block, blockLine);
        return t;
    }

    private record Frame(Node node, boolean exiting, int linkStart, int line) {
    }

    // A bold run alone at the start of a line ("**Note**", "**Consider encryption**") followed by
    // a line break is a label, not the start of a sentence: these track where it starts and ends.
    private boolean atLineStart = true;
    private int labelStart = -1;
    private int labelEnd = -1;

    private void collect(Node block, int blockLine) {
        Deque<Frame> stack = new ArrayDeque<>();
        pushChildren(stack, block, blockLine);
        while (!stack.isEmpty()) {
            Frame f = stack.pop();
            Node n = f.node();
            int line = lineOf(n, f.line());
            if (f.exiting() && n instanceof StrongEmphasis) {
                labelEnd = labelStart >= 0 ? text.length() : -1;
                continue;
            }
            if (f.exiting()) {
                Link link = (Link) n;
                String linkText = text.substring(Math.min(f.linkStart(), text.length())).trim();
                links.add(new org.docs2kg.model.Link(linkText, link.getDestination(), line));
                continue;
            }
            if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                endLine();
                atLineStart = true;
                continue;
            }
            if (n instanceof Text t && t.getLiteral().isBlank()) {
                // commonmark leaves an empty Text before a hard break: white space decides nothing
                pendingSpace = pendingSpace || (!t.getLiteral().isEmpty() && text.length() > 0);
                continue;
            }
            if (labelEnd >= 0) {
                labelStart = labelEnd = -1; // the bold run was followed by more text: not a label
            }
            if (labelStart < 0 && !(n instanceof StrongEmphasis)) {
                atLineStart = false;
            }
            if (n instanceof Text t) {
                append(t.getLiteral(), line);
            } else if (n instanceof Code c) {
                append(c.getLiteral(), line);
            } else if (n instanceof StrongEmphasis && atLineStart && labelStart < 0) {
                atLineStart = false;
                if (pendingSpace) {
                    flushSpace();
                }
                labelStart = text.length();
                labelEnd = -1;
                stack.push(new Frame(n, true, 0, line));
                pushChildren(stack, n, line);
            } else if (n instanceof HtmlInline h) {
                Matcher m = ANCHOR.matcher(h.getLiteral());
                if (m.find() && anchor.isEmpty()) {
                    anchor = m.group(1);
                }
            } else if (n instanceof Image) {
                // An image's alt text is not part of the sentence a reader sees.
            } else if (n instanceof Link) {
                if (pendingSpace) {
                    flushSpace();
                }
                stack.push(new Frame(n, true, text.length(), line));
                pushChildren(stack, n, line);
            } else {
                pushChildren(stack, n, line);
            }
        }
    }

    /** Pushes the children last first, so that they pop in reading order. */
    private static void pushChildren(Deque<Frame> stack, Node parent, int line) {
        for (Node c = parent.getLastChild(); c != null; c = c.getPrevious()) {
            stack.push(new Frame(c, false, 0, line));
        }
    }

    static int lineOf(Node n, int fallback) {
        List<SourceSpan> spans = n.getSourceSpans();
        return spans.isEmpty() ? fallback : spans.get(0).getLineIndex() + 1;
    }

    /** Appends with white space collapsed, starting a new segment when the source line changes. */
    private void append(String s, int line) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isPrintableAscii(c)) {
                // A run of printable ASCII, most of any page, goes in at once: none of the checks below apply.
                int end = i + 1;
                while (end < s.length() && isPrintableAscii(s.charAt(end))) {
                    end++;
                }
                appendVisible(s, i, end, line);
                i = end - 1;
                continue;
            }
            if (Character.isSurrogate(c)) {
                // A pair is one character and stays; a lone half is not text and cannot be written as RDF.
                if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                    appendVisible(c, line);
                    appendVisible(s.charAt(++i), line);
                }
                continue;
            }
            if (isInvisibleJunk(c)) {
                continue;
            }
            if (Character.isWhitespace(c) || c == '\u00a0') {
                pendingSpace = text.length() > 0;
                continue;
            }
            appendVisible(c, line);
        }
    }

    /** Control characters (other than white space) and the non-characters U+FFFE/U+FFFF. */
    private static boolean isInvisibleJunk(char c) {
        return (Character.isISOControl(c) && !Character.isWhitespace(c)) || c == '\uFFFE' || c == '\uFFFF';
    }

    private static boolean isPrintableAscii(char c) {
        return c > ' ' && c < '\u007f';
    }

    private void appendVisible(char c, int line) {
        startVisible(line);
        text.append(c);
    }

    /** Appends {@code s[from, to)}, characters that need no check. */
    private void appendVisible(String s, int from, int to, int line) {
        startVisible(line);
        text.append(s, from, to);
    }

    /** Before visible text: the pending space, and a new segment when the source line changed. */
    private void startVisible(int line) {
        if (pendingSpace) {
            flushSpace();
        }
        if (line != lastLine) {
            if (segments == segmentStarts.length) {
                segmentStarts = java.util.Arrays.copyOf(segmentStarts, segments * 2);
                segmentLines = java.util.Arrays.copyOf(segmentLines, segments * 2);
            }
            segmentStarts[segments] = text.length();
            segmentLines[segments] = line;
            segments++;
            lastLine = line;
        }
    }

    /**
     * At a line break: a label made only of an admonition word ("Note", "Important") is dropped;
     * any other label is kept and ends with '\n', which the sentence splitter takes as a boundary.
     */
    private void endLine() {
        if (labelStart >= 0 && labelEnd == text.length()) {
            String label = text.substring(labelStart).strip();
            if (ADMONITION.matcher(label).matches()) {
                truncate(labelStart);
            } else if (!label.isEmpty()) {
                text.append('\n');
                pendingSpace = false;
                labelStart = labelEnd = -1;
                return;
            }
        }
        labelStart = labelEnd = -1;
        pendingSpace = text.length() > 0 && text.charAt(text.length() - 1) != '\n';
    }

    private void truncate(int length) {
        while (length > 0 && text.charAt(length - 1) == ' ') {
            length--;
        }
        text.setLength(length);
        while (segments > 0 && segmentStarts[segments - 1] >= length) {
            segments--;
        }
        lastLine = segments == 0 ? -1 : segmentLines[segments - 1];
    }

    private void flushSpace() {
        text.append(' ');
        pendingSpace = false;
    }

    public String text() {
        return text.toString();
    }

    public int[] segmentStarts() {
        return java.util.Arrays.copyOf(segmentStarts, segments);
    }

    public int[] segmentLines() {
        return java.util.Arrays.copyOf(segmentLines, segments);
    }

    public List<org.docs2kg.model.Link> links() {
        return links;
    }

    /** The explicit anchor ({@code <a name="x">}) found in the content, or empty. */
    public String anchor() {
        return anchor;
    }
}
