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
 * @param itemOfList    for the first paragraph of a bullet item: the page-local id of its bullet
 *                      list; otherwise {@link #NO_LIST}
 * @param leadsIntoList the id of the bullet list that directly follows this block (the block is
 *                      its lead-in: "… in the following ways:"); otherwise {@link #NO_LIST}
 */
public record TextBlock(Kind kind, String text, int[] segmentStarts, int[] segmentLines, int headingIndex,
                        int itemOfList, int leadsIntoList) {

    public static final int NO_LIST = -1;

    /** Where the text stands: a paragraph, a bullet item, a numbered step, a table cell. */
    public enum Kind { PARAGRAPH, LIST_ITEM, STEP, TABLE_CELL }

    public TextBlock {
        segmentStarts = segmentStarts.clone();
        segmentLines = segmentLines.clone();
    }

    /** A block outside any list structure. */
    public TextBlock(Kind kind, String text, int[] segmentStarts, int[] segmentLines, int headingIndex) {
        this(kind, text, segmentStarts, segmentLines, headingIndex, NO_LIST, NO_LIST);
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

    /** Equal when every component is, the line arrays by their contents (a record compares arrays by reference). */
    @Override
    public boolean equals(Object o) {
        return o instanceof TextBlock b && kind == b.kind && text.equals(b.text)
                && Arrays.equals(segmentStarts, b.segmentStarts) && Arrays.equals(segmentLines, b.segmentLines)
                && headingIndex == b.headingIndex && itemOfList == b.itemOfList && leadsIntoList == b.leadsIntoList;
    }

    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hash(kind, text, headingIndex, itemOfList, leadsIntoList)
                + 17 * Arrays.hashCode(segmentStarts) + Arrays.hashCode(segmentLines);
    }

    @Override
    public String toString() {
        return "TextBlock[" + kind + ", " + text + ", starts=" + Arrays.toString(segmentStarts) + ", lines="
                + Arrays.toString(segmentLines) + ", heading " + headingIndex + ", item of " + itemOfList
                + ", leads into " + leadsIntoList + "]";
    }
}
