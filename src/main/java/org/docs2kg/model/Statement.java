package org.docs2kg.model;

import org.docs2kg.vocab.Measure;

import java.util.List;
import java.util.Optional;

/**
 * A sentence of a security-chapter page that assigns security responsibility, recommends a
 * security action, states what the customer must do (an obligation), or states a security
 * measure AWS applies (a provision).
 *
 * @param fileName the page it stands on
 * @param line     1-based line of the sentence's start in the source file
 * @param text     the sentence as a reader sees it
 * @param scope    the shared-responsibility half the sentence names, if any
 * @param leadIn   for an item of a list introduced by a statement ("… in the following ways:"),
 *                 that lead-in statement, whose party and modality the item carries
 * @param measures the security measures the sentence is about, most important first (at most three)
 */
public record Statement(String fileName, int line, String text, Party party, Modality modality,
                        Optional<Scope> scope, Optional<Statement> leadIn, List<Measure> measures) {

    public Statement {
        measures = List.copyOf(measures);
    }

    /** A statement whose measures are not (yet) known. */
    public Statement(String fileName, int line, String text, Party party, Modality modality,
                     Optional<Scope> scope, Optional<Statement> leadIn) {
        this(fileName, line, text, party, modality, scope, leadIn, List.of());
    }

    /** A statement that stands on its own (not an item under a lead-in). */
    public Statement(String fileName, int line, String text, Party party, Modality modality, Optional<Scope> scope) {
        this(fileName, line, text, party, modality, scope, Optional.empty(), List.of());
    }
}
