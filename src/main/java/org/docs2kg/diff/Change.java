package org.docs2kg.diff;

/**
 * One difference between two versions of a guide. Fields that do not apply to a kind are empty
 * (a page change has no party), and line numbers that do not apply are 0.
 *
 * @param guide    the guide id, the same in both versions
 * @param kind     what changed
 * @param page     the page file name
 * @param oldLine  the statement's line in the old version (0 when added)
 * @param newLine  the statement's line in the new version (0 when removed)
 * @param party    a statement's party ("AWS", "Customer", "Shared")
 * @param modality a statement's modality
 * @param oldValue the old text, title or concept
 * @param newValue the new text, title or concept
 */
public record Change(String guide, Kind kind, String page, int oldLine, int newLine, String party, String modality,
                     String oldValue, String newValue) {

    /** The kinds of change, in the order a report lists them. */
    public enum Kind {
        GUIDE_ADDED, GUIDE_REMOVED, PAGE_ADDED, PAGE_REMOVED, TOPIC_ADDED, TOPIC_REMOVED, TOPIC_RECLASSIFIED,
        STATEMENT_ADDED, STATEMENT_REMOVED, STATEMENT_REWORDED;

        /** "statement-reworded": the label in every output format. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
