package org.docs2kg.model;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class LinkTest {

    @ParameterizedTest(name = "{0} external: {1}")
    @CsvSource(delimiter = '|', value = {
            "https://docs.aws.amazon.com/kms/|true",
            "HTTP://EXAMPLE.COM|true",
            "mailto:someone@example.com|true",
            "file:///etc/passwd|true",
            "git+ssh://host/repo|true",
            "svn.x-y:stuff|true",
            "page.md|false",
            "page.md#anchor|false",
            "./page.md|false",
            "#anchor|false",
            "1http://x|false",
            ":no-scheme|false",
            "my page.md:3|false",
            "é:x|false"})
    void aSchemeMakesALinkExternal(String destination, boolean external) {
        assertEquals(external, new Link("", destination, 1).isExternal());
    }

    @Test
    void aLineBreakAfterTheSchemeIsNotALink() {
        assertEquals(false, new Link("", "http://a\nb", 1).isExternal());
        assertEquals(true, new Link("", "http:", 1).isExternal());
    }

    /** The scan decides as the regular expression it replaced did, on many generated destinations. */
    @Test
    void theScanAgreesWithTheSchemeExpression() {
        Pattern scheme = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
        String alphabet = "aZk9+.-:/#%é \n\r\u2028Kſ";
        Random random = new Random(1);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder s = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String d = s.toString();
            assertEquals(scheme.matcher(d).matches(), new Link("", d, 1).isExternal(), d);
        }
    }

    /** Reliability #22 row 7: "./security.md" and "sub/../x.md" name the page they point at. */
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "security.md|security.md",
            "./security.md|security.md",
            "./security.md#top|security.md",
            "sub/../x.md|x.md",
            "a/./b/../c.md|a/c.md",
            "sub//x.md|sub/x.md",
            "../outside.md|../outside.md",
            "sub/../../outside.md|../outside.md",
            "my%20page.md|my page.md",
            "https://example.com/./a.md|''"})
    void relativeLinksAreNormalised(String destination, String file) {
        assertEquals(file, new Link("", destination, 1).targetFile());
    }
}
