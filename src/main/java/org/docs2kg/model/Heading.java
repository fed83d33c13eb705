package org.docs2kg.model;

/** A heading of a page: its level (1–6), visible text, explicit anchor (or empty) and 1-based line. */
public record Heading(int level, String text, String anchor, int line) {
}
