package org.docs2kg.analysis;

import java.util.List;

/**
 * An analysed sentence: its tokens and its main clause.
 *
 * @param text   the sentence as a reader sees it
 * @param tokens its tokens with parts of speech and lemmas
 * @param clause the main clause, after any leading adverbial or purpose clause
 */
public record Analysis(String text, List<Token> tokens, Clause clause) {
}
