package org.docs2kg.model;

import java.util.Optional;

/**
 * A sentence of a security-chapter page that assigns security responsibility or recommends a
 * security action.
 *
 * @param fileName the page it stands on
 * @param line     1-based line of the sentence's start in the source file
 * @param text     the sentence as a reader sees it
 * @param scope    the shared-responsibility half the sentence names, if any
 */
public record Statement(String fileName, int line, String text, Party party, Modality modality,
                        Optional<Scope> scope) {
}
