package org.docs2kg.analysis;

import java.util.Locale;

/**
 * One token of an analysed sentence.
 *
 * @param text  the token as it stands in the sentence
 * @param tag   its Universal Dependencies part of speech (NOUN, VERB, AUX, PROPN, ADP, …), after the
 *              corrections {@link SentenceAnalyzer} applies to the tagger's output
 * @param lemma the main verb's dictionary form, from the lemmatizer ("encrypted" → "encrypt"); for
 *              every other token its lower-cased form (the rules read closed classes such as "be",
 *              modals and negations by their forms, and participles by their stems)
 * @param start offset of its first character in the sentence
 */
public record Token(String text, String tag, String lemma, int start) {
    private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("[A-Z]{2,}[0-9.]*");

    /** A name in capitals, perhaps with a version: "TLS", "HTTPS", "KMS", "TLS1.2" (never a verb). */
    static boolean isAcronym(String word) {
        return ACRONYM.matcher(word).matches();
    }

    private static final java.util.regex.Pattern CAMEL_CASE = java.util.regex.Pattern.compile("[A-Z][a-z]+[A-Z][A-Za-z0-9]*");

    /** A name with a capital inside it after small letters: "CodeCommit", "DynamoDB", "GuardDuty" (never a verb). */
    static boolean isCamelCase(String word) {
        return CAMEL_CASE.matcher(word).matches();
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT);
    }

    public boolean is(String universalTag) {
        return tag.equals(universalTag);
    }

    /** A noun, proper noun, pronoun or number: what a noun phrase ends in. */
    public boolean isNominal() {
        return tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("NUM");
    }

    /** A verb or an auxiliary: what a verb group is made of. */
    public boolean isVerbal() {
        return tag.equals("VERB") || tag.equals("AUX") || tag.startsWith("AUX+");
    }

    /** "not", "n't", "never", "no". */
    public boolean isNegation() {
        String l = lower();
        return l.equals("not") || l.equals("n't") || l.equals("n’t") || l.equals("never") || l.equals("no");
    }

    /** Punctuation that ends a clause: comma, semicolon, colon, dash, bracket. */
    public boolean isClauseBreak() {
        return tag.equals("PUNCT") && !text.equals("-") && !text.equals("'") && !text.equals("’") && !text.equals("/");
    }
}
