package org.docs2kg.model;

import java.util.Arrays;

/**
 * A run of reader-visible text from one block of a page (a paragraph, a bullet item's paragraph,
 * a table cell), with the source line of every part of it, so that a sentence found anywhere in
 * the text can be traced back to its line.
 *
 * @param kind          where the text stands
 * @param text          the text as a reader sees it: markdown removed, escapes resolved
 * @param segmentStarts offsets in {@code text} where a new source line starts (ascending, first is 0)
 * @param segmentLines  the 1-based source line of each segment
 * @param headingIndex  index into the page's headings of the section holding this block, or -1
 */
public record TextBlock(Kind kind, String text, int[] segmentStarts, int[] segmentLines, int headingIndex) {

    public enum Kind { PARAGRAPH, LIST_ITEM, TABLE_CELL }

    public TextBlock {
        segmentStarts = segmentStarts.clone();
        segmentLines = segmentLines.clone();
    }

    /** The 1-based source line of the character at {@code offset}. */
    public int lineAt(int offset) {
        int i = Arrays.binarySearch(segmentStarts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return segmentLines[Math.max(0, Math.min(i, segmentLines.length - 1))];
    }

    public int firstLine() {
        return segmentLines[0];
    }
}
