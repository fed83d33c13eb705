package org.docs2kg.analysis;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * An analysed sentence: its tokens and its main clause, and its main verb's lemma, which the
 * lemmatizer (the costliest model) gives only when a rule first asks for it.
 */
public final class Analysis {
    private final String text;
    private final List<Token> tokens;
    private final Clause clause;
    private final Function<Token, String> lemmatizer;
    private volatile Optional<Token> lemmatizedVerb; // null until asked; a benign race makes the same value

    Analysis(String text, List<Token> tokens, Clause clause, Function<Token, String> lemmatizer) {
        this.text = text;
        this.tokens = tokens;
        this.clause = clause;
        this.lemmatizer = lemmatizer;
    }

    /** The sentence as a reader sees it. */
    public String text() {
        return text;
    }

    /** Its tokens with parts of speech; their lemmas are their lower-cased forms. */
    public List<Token> tokens() {
        return tokens;
    }

    /** The main clause, after any leading adverbial or purpose clause. */
    public Clause clause() {
        return clause;
    }

    /**
     * The same sentence read at its second predicate ({@link Clause#coordinated()}): "X supports up to
     * 3 Availability Zones and is backed by … a redundant fleet" read as "X … is backed by …".
     */
    public Optional<Analysis> coordinated() {
        return clause.coordinated().map(c -> new Analysis(text, tokens, c, lemmatizer));
    }

    /** The main verb with its lemma from the lemmatizer ("encrypted" → "encrypt"), if the clause has one. */
    public Optional<Token> mainVerb() {
        Optional<Token> v = lemmatizedVerb;
        if (v == null) {
            v = clause.mainVerb().map(t -> new Token(t.text(), t.tag(), lemmatizer.apply(t), t.start()));
            lemmatizedVerb = v;
        }
        return v;
    }
}
