package org.docs2kg.extract.internal;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AlternationTest {

    @Test
    void topLevelAlternativesSkipGroupsClassesAndEscapes() {
        assertEquals(List.of("a", "(b|c)d", "[|]", "\\|x", "[a[|]]"), Alternation.topLevel("a|(b|c)d|[|]|\\|x|[a[|]]"));
        assertEquals(List.of(""), Alternation.topLevel(""));
    }

    @Test
    void flattenedOpensAlternativesThatAreWholeGroups() {
        assertEquals(List.of("a", "b", "c", "d(e|f)", "(?:g)h"), Alternation.flattened("a|(?:b|(?:c))|d(e|f)|(?:g)h"));
    }

    @Test
    void firstCharactersAreToldWhereTheExpressionShowsThem() {
        assertEquals(Optional.of(Set.of('e', 'k', 'r', 's', 't')), Alternation.firstCharacters(
                "encrypts|\\bkeys?\\b|(?<=automatically )(?:rotates|scans)|(?:transmitted|sent)(?= over)|re-x"));
    }

    @Test
    void firstCharactersAreNotGuessedWhereTheExpressionHidesThem() {
        for (String unknown : List.of("[a-z]x", ".x", "\\sx", "a?b", "(?:a|b)?c", "(?:a|.)", "", "a|", "x*y",
                "(?i)ab", "(a)b", "(?=x")) {
            assertEquals(Optional.empty(), Alternation.firstCharacters(unknown), unknown);
        }
    }
}
