package org.docs2kg.vocab;

import org.apache.jena.irix.IRIs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IrisTest {
    private final Iris iris = Iris.defaults();

    @Test
    void readableStableShapes() {
        assertEquals("https://w3id.org/docs2kg/id/guide/amazon-elasticache-docs%2Fredis",
                iris.guide("amazon-elasticache-docs/redis").getURI());
        assertEquals("https://w3id.org/docs2kg/id/guide/g/page/security", iris.page("g", "security.md").getURI());
        assertEquals("https://w3id.org/docs2kg/id/guide/g/page/security/statement/12-2",
                iris.statement("g", "security.md", 12, 2).getURI());
        assertEquals("https://w3id.org/docs2kg/id/service/aws-key-management-service",
                iris.service("AWS Key Management Service").getURI());
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
        "AWS Key Management Service | aws-key-management-service",
        "  (Amazon S3) Glacier! | amazon-s3-glacier",
        "-x- | x",
        "a | a",
        "!!! | _",
        "'' | _",
        "SOC 1/2/3 | soc-1-2-3",
        "Ämazon Über | %C3%A4mazon-%C3%BCber"})
    void nameSlugsAreLowerCaseWordsJoinedByHyphens(String name, String slug) {
        assertEquals(slug, Iris.nameSlug(name));
    }

    @ParameterizedTest
    @ValueSource(strings = {"with space.md", "100%.md", "a#b.md", "quote\"and'.md", "日本語.md", "..", ".",
        "ctl\u0001char.md", "rtl\u200Fmark.md", "lone\uD800surrogate.md", "\uFFFE.md", "back\\slash.md", "<x>.md", ""})
    void anyFileNameGivesAValidIri(String name) {
        String page = iris.page("guide dir/sub", name).getURI();
        assertTrue(IRIs.check(page), page);
        assertTrue(IRIs.reference(page).isAbsolute(), page);
        assertTrue(page.chars().allMatch(c -> c > 32 && c < 127), "ASCII only: " + page);
    }

    @Test
    void differentNamesGiveDifferentIris() {
        assertNotEquals(iris.page("g", "a b.md"), iris.page("g", "a_b.md"));
        assertNotEquals(iris.page("g", "a.txt"), iris.page("g", "a.md"));
    }

    @Test
    void aNestedGuideNeverSharesAnIriWithAPage() {
        assertNotEquals(iris.guide("x/page/y"), iris.page("x", "y.md"));
        assertNotEquals(iris.page("x/page/y", "z.md"), iris.statement("x", "y.md", 1, 1));
        assertNotEquals(iris.guide("a/b"), iris.guide("a%2Fb"));
    }

    @Test
    void aRelativeBaseIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Iris("not/absolute"));
        assertEquals("http://example.org/kg/", new Iris("http://example.org/kg").base());
    }
}
