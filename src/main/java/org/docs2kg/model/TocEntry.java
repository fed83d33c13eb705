package org.docs2kg.model;

/**
 * One entry of a guide's table of contents ({@code index.md}).
 *
 * @param title      the link text
 * @param target     the page file the entry links to, as written ("security.md")
 * @param line       1-based line in index.md
 * @param depth      0 for top-level entries
 * @param order      0-based position in reading order over the whole table
 * @param parentTarget the target of the enclosing entry, or null at top level
 */
public record TocEntry(String title, String target, int line, int depth, int order, String parentTarget) {
}
