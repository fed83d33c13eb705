package org.docs2kg.analysis;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The roles of the main clause, read from OpenNLP's tags with the corrections of the analysis layer. */
class SentenceAnalyzerTest {
    private static final SentenceAnalyzer ANALYZER = SentenceAnalyzer.english();

    private static String text(List<Token> tokens) {
        return tokens.stream().map(Token::text).collect(Collectors.joining(" "));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // sentence | subject head | main verb lemma | passive | negated | modal
        "Clients must support TLS 1.2 or later.|Clients|support|false|false|must",
        "All of the data and configurations that you create are encrypted at rest.|configurations|encrypt|true|false|-",
        "To increase durability, Widget Service synchronously stores your data across multiple zones.|Service|store|false|false|-",
        "Data at rest stored in Widget Service is automatically server-side encrypted using AES-256.|Data|encrypt|true|false|-",
        "Widget Service doesn't support unencrypted (HTTP) endpoints.|Service|support|false|true|-",
        "After the policy is locked, it can no longer be changed.|it|change|true|true|can",
        "The HSM detects and replaces failed hardware.|HSM|detect|false|false|-",
        "The widgets created with Widget Service are encrypted at rest.|widgets|encrypt|true|false|-",
        "However, if a resource-based policy grants access, no additional identity-based policy is required.|policy|require|true|false|-",
        // the tagger reads a product name and its verb as one noun phrase: the verb is repaired
        "Example Widget Service enforces the POSIX owner attribute.|Service|enforce|false|false|-",
        "Widget Service file systems are resilient to the failure of one zone.|systems|be|false|false|-",
        // what "Only" opens is the subject; a relative clause's verb the tagger calls a noun
        "Only firmware that has been signed by the widget key can be installed.|firmware|install|true|false|can",
        "Traffic to the widget hosts that store key material is permitted only from known hosts.|Traffic|permit|true|false|-",
        // "have" before a noun phrase is the verb, so the relative clause "who has permissions …" ends at "must"
        "Any widget user who has permissions to create a folder must also have permissions to use its widgets.|user|have|false|false|must",
        // one word and a comma open the sentence, whatever the tagger calls the word ("Rather/PROPN")
        "Rather, the state must have changed and been maintained for three periods.|state|change|false|false|must",
        // ", which …," is an aside, whatever the tagger makes of its words
        "Only firmware that has been signed by the widget key, which AWS does not have access to, can be installed.|firmware|install|true|false|can",
        "These hybrid cipher suites, which combine classic and post-quantum elements, ensure that your connection is strong.|suites|ensure|false|false|-",
        // a name with a capital inside is never the imperative verb ("CodeCommit/VERB retains …"), and a capitalised
        // word before a verb is no interjection ("Fargate/INTJ does not …")
        "CodeCommit retains your data for 30 days and then deletes it.|CodeCommit|retain|false|false|-",
        "Fargate does not store your credentials.|Fargate|store|false|true|-",
        // a relative clause without "that" stays in the subject, and its "you" is not the head
        "The metrics you configure for your widgets are automatically collected.|metrics|collect|true|false|-",
        "The keys we create for you can be rotated.|keys|rotate|true|false|can",
    })
    void findsTheMainClause(String sentence, String head, String lemma, boolean passive, boolean negated, String modal) {
        Analysis a = ANALYZER.analyze(sentence);
        Clause c = a.clause();
        String roles = text(c.subject()) + " / " + text(c.verbGroup());
        assertEquals(head, c.subjectHead().map(Token::text).orElse("-"), roles);
        assertEquals(lemma, a.mainVerb().map(Token::lemma).orElse("-"), roles);
        assertEquals(passive, c.passive(), roles);
        assertEquals(negated, c.negated(), roles);
        assertEquals(modal, c.modal().orElse("-"), roles);
    }

    @Test
    void wordsAsAReaderTakesThem() {
        List<String> words = ANALYZER.tokens("It's identity-based, isn't it? See kms:Decrypt (TLS 1.2).").stream()
                .map(Token::text).toList();
        assertEquals(List.of("It", "'s", "identity-based", ",", "is", "n't", "it", "?", "See", "kms:Decrypt", "(", "TLS",
                "1.2", ")", "."), words);
        assertTrue(ANALYZER.tokens("").isEmpty());
        assertTrue(ANALYZER.analyze("   ").clause().mainVerb().isEmpty());
    }

    /** A word with letters is never punctuation, whatever the model says ("customer-owned/PUNCT"). */
    @Test
    void wordsAreNeverPunctuation() {
        for (Token t : ANALYZER.tokens("Widget artifacts are stored in a customer-owned S3 bucket and replace the NFS client's user IDs.")) {
            boolean word = t.text().codePoints().anyMatch(Character::isLetterOrDigit);
            assertEquals(!word, t.is("PUNCT"), t.text() + "/" + t.tag());
        }
    }

    @Test
    void theSameSentenceIsAnalysedOnce() {
        SentenceAnalyzer analyzer = SentenceAnalyzer.english();
        Analysis first = analyzer.analyze("Widget Service encrypts every widget.");
        assertTrue(first == analyzer.analyze("Widget Service encrypts every widget."), "cached");
        assertEquals(text(first.tokens()), text(SentenceAnalyzer.english().analyze("Widget Service encrypts every widget.").tokens()));
    }
}
