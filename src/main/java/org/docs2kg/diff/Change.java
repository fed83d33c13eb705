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
 * @param oldValue the old text, title or concept (for other-pages: how many pages went)
 * @param newValue the new text, title or concept (for other-pages: how many pages came)
 */
public record Change(String guide, Kind kind, String page, int oldLine, int newLine, String party, String modality,
                     String oldValue, String newValue) {

    /**
     * The kinds of change, in the order a report lists them. A page that stays but moves out of
     * (into) the security chapter LEFT_CHAPTER (JOINED_CHAPTER), and its statements with it:
     * STATEMENT_LEFT_CHAPTER (STATEMENT_JOINED_CHAPTER), never "removed" ("added"). OTHER_PAGES
     * sums up a guide's pages added and removed outside the chapter.
     */
    public enum Kind {
        GUIDE_ADDED, GUIDE_REMOVED, OTHER_PAGES, PAGE_ADDED, PAGE_REMOVED, TOPIC_ADDED, TOPIC_REMOVED,
        TOPIC_RECLASSIFIED, LEFT_CHAPTER, JOINED_CHAPTER, STATEMENT_ADDED, STATEMENT_REMOVED, STATEMENT_REWORDED,
        STATEMENT_LEFT_CHAPTER, STATEMENT_JOINED_CHAPTER;

        /** "statement-reworded": the label in every output format. */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }
}
