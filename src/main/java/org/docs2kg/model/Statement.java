package org.docs2kg.model;

import java.util.Optional;

/**
 * A sentence of a security-chapter page that assigns security responsibility, recommends a
 * security action, or states a security measure AWS applies (a provision).
 *
 * @param fileName the page it stands on
 * @param line     1-based line of the sentence's start in the source file
 * @param text     the sentence as a reader sees it
 * @param scope    the shared-responsibility half the sentence names, if any
 * @param leadIn   for an item of a list introduced by a statement ("… in the following ways:"),
 *                 that lead-in statement, whose party and modality the item carries
 */
public record Statement(String fileName, int line, String text, Party party, Modality modality,
                        Optional<Scope> scope, Optional<Statement> leadIn) {

    /** A statement that stands on its own (not an item under a lead-in). */
    public Statement(String fileName, int line, String text, Party party, Modality modality, Optional<Scope> scope) {
        this(fileName, line, text, party, modality, scope, Optional.empty());
    }
}
