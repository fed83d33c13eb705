package org.docs2kg.rdf;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TermsTest {

    /** Each row: a text with escapes \\uXXXX spelled out, then what a literal keeps of it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "plain ASCII, kept as it is | plain ASCII, kept as it is",
        "tab\\u0009newline\\u000Areturn\\u000D | tab\\u0009newline\\u000Areturn\\u000D",
        "bell\\u0007 and delete\\u007F and C1\\u0085 | bell and delete and C1",
        "café – naïve | café – naïve",
        "pair \\uD835\\uDC00 kept | pair \\uD835\\uDC00 kept",
        "lone \\uD800 high, lone \\uDC00 low | lone  high, lone  low",
        "non-characters \\uFFFE\\uFFFF | 'non-characters '",
        "'' | ''"})
    void textLiteralsDropWhatRdfCannotCarry(String text, String kept) {
        assertEquals(unescape(kept), Terms.clean(unescape(text)));
        assertEquals(unescape(kept), Terms.text(unescape(text)).getLiteralLexicalForm());
    }

    private static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            if (s.startsWith("\\u", i)) {
                sb.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 5;
            } else {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
