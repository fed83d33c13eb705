package org.docs2kg.extract;

import org.docs2kg.analysis.Token;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A verb is of a word set by its lemma, its form or a regular stem: the lemmatizer's slips do not decide. */
class ProvisionRolesTest {
    @ParameterizedTest(name = "{0} (lemmatized {1}) is of [{2}]: {3}")
    @CsvSource(delimiter = '|', value = {
        // what the English lemmatizer answers for these forms
        "logged    | logd      | log      | true",
        "validated | validated | validate | true",
        "audited   | audited   | audit    | true",
        "encrypted | encrypte  | encrypt  | true",
        "copied    | copy      | copy     | true",
        "stores    | store     | store    | true",
        "storing   | store     | store    | true",
        "restored  | restore   | store    | false",
        "logins    | login     | log      | false",
    })
    void byLemmaFormOrStem(String form, String lemma, String word, boolean expected) {
        assertEquals(expected, ProvisionRoles.isVerbOf(new Token(form, "VERB", lemma, 0), Set.of(word)));
    }
}
