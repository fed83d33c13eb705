package org.docs2kg.extract.internal;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The indexed search finds where {@code Pattern.find} finds, for the shapes the rule tables use. */
class IndexedPatternTest {
    private static final List<String> EXPRESSIONS = List.of(
            "\\bkms\\b|\\bkms keys?\\b|\\bdata keys?\\b|\\bkey (?:rotation|material|policy)\\b|\\b(?:public|private)[-/ ](?:private )?key pairs?\\b",
            "(?<!access )(?<!context )\\bkeys?\\b(?! (?:id|pairs?|value|name))|\\bencryption context\\b",
            "\\bpermissions?\\b|\\bpolic(?:y|ies)\\b|\\bleast[- ]privilege\\b|\\bauthoriz\\w*|\\baws:source\\w+",
            "\\b(?:is|are|be|been|remains?) (?:\\w+ )?(?:encrypted|decrypted)\\b|\\bencryption (?:on|of) (?:a |the )?\\w+",
            "(?<!:)\\b(?:encrypt(?:s|ed|ing|ion)?|decrypt(?:s|ed|ing|ion)?|unencrypted)\\b",
            "\\bsignature version 4\\b(?=.*\\bhttps\\b)|\\bhttp\\b(?= endpoints?| connections?|\\))|\\bfips endpoints?\\b",
            "\\bversion \\d+(?:\\.\\d+)+ or later\\b|\\bport \\d+|[a-z]+ing\\b",
            "\\b(?:not)?(?:resource|action|principal) elements?\\b|(?:ab)+c|(?:kms|key)?? policy",
            "\\b(?:aren't|are not|never|not) (?:\\w+ )?(?:stored|kept)\\b");
    private static final String[] PARTS = {"kms", " keys", " key", "access ", "context ", "data ", "policy", "permission",
        "s", " is ", " are ", "encrypted", "unencrypted", "kms:", "decrypt", "encryption ", "of ", "the ", "public/",
        "private ", "key pair", "aws:sourcearn", "http", " endpoints", "https", "signature version 4", " version 1.2",
        " or later", "port 443", "logging", "not", "resource", "action", " elements", " stored", "never ",
        "aren't ", "ab", "c", "x", "1", " ", ".", ",", "(", ")", "-", "é"};

    @Test
    void findsWhereTheExpressionFinds() {
        Random random = new Random(11);
        int found = 0;
        int texts = 0;
        for (String regex : EXPRESSIONS) {
            Pattern plain = Pattern.compile(regex);
            IndexedPattern indexed = new IndexedPattern(regex);
            for (int n = 0; n < 10_000; n++) {
                StringBuilder text = new StringBuilder();
                for (int k = random.nextInt(10); k > 0; k--) {
                    text.append(PARTS[random.nextInt(PARTS.length)]);
                }
                Matcher m = plain.matcher(text);
                int expected = m.find() ? m.start() : -1;
                assertEquals(expected, indexed.find(text.toString()), regex + " in \"" + text + "\"");
                found += expected >= 0 ? 1 : 0;
                texts++;
            }
        }
        assertTrue(found > texts / 50 && found < texts - texts / 50, "both outcomes often: " + found + " of " + texts);
    }

    @Test
    void searchesEveryExpressionInOnePassAsEachAlone() {
        Random random = new Random(13);
        IndexedPattern all = new IndexedPattern(EXPRESSIONS);
        List<Pattern> each = EXPRESSIONS.stream().map(Pattern::compile).toList();
        int agreedOnAMatch = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(PARTS[random.nextInt(PARTS.length)]);
            }
            int[] found = all.findEach(text.toString());
            assertEquals(EXPRESSIONS.size(), found.length);
            for (int i = 0; i < each.size(); i++) {
                Matcher m = each.get(i).matcher(text);
                int expected = m.find() ? m.start() : -1;
                assertEquals(expected, found[i], EXPRESSIONS.get(i) + " in \"" + text + "\"");
                agreedOnAMatch += expected >= 0 ? 1 : 0;
            }
        }
        assertTrue(agreedOnAMatch > 1_000, "matches were compared: " + agreedOnAMatch);
    }

    @Test
    void literalBeginnings() {
        assertEquals("kms", IndexedPattern.literalPrefix("\\bkms\\b"));
        assertEquals("data key", IndexedPattern.literalPrefix("\\bdata keys?\\b"));
        assertEquals("key", IndexedPattern.literalPrefix("(?<!access )(?<!context )\\bkeys?\\b"));
        assertEquals("", IndexedPattern.literalPrefix("[a-z]+ing\\b"));
        assertEquals("polic", IndexedPattern.literalPrefix("\\bpolic(?:y|ies)\\b"));
        assertEquals(List.of("\\bis encrypted", "\\bare encrypted"), IndexedPattern.distributed("\\b(?:is|are) encrypted"));
        assertEquals(List.of("not(?:resource|action)", "resource", "action"),
                IndexedPattern.distributed("(?:not)?(?:resource|action)"));
        assertEquals(List.of("(?:ab)+c"), IndexedPattern.distributed("(?:ab)+c"));
        List<String> none = new ArrayList<>();
        assertEquals(-1, new IndexedPattern("\\bkms\\b").find(String.join("", none)));
    }
}
