package org.docs2kg.extract;

import org.docs2kg.extract.internal.RuleTable;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ServiceCatalogTest {
    private static final ServiceCatalog CATALOG = ServiceCatalog.defaults();

    @Test
    void mentionsAreWholeNamesStartingWithACapitalLongestFirst() {
        assertEquals(new TreeSet<>(List.of("Amazon Simple Storage Service")),
                CATALOG.mentions("Store objects in Amazon S3 and list them."));
        assertEquals(new TreeSet<>(), CATALOG.mentions("Amazon S3x is not a service, and amazon s3 is not written so."));
        assertEquals(new TreeSet<>(List.of("Amazon Simple Storage Service")), CATALOG.mentions("non-Amazon S3"),
                "after a hyphen only the short form S3 is a mention");
        assertEquals(CATALOG.mentions("Use AWS Key Management Service."), CATALOG.mentions("Use AWS KMS."));
    }

    /**
     * The scan finds what the single regular expression it replaced found: that expression, built
     * here from the same table, on texts made of names, their pieces and separators.
     */
    @Test
    void theScanAgreesWithTheExpressionOfAllNames() {
        List<String> names = new ArrayList<>();
        Map<String, String> canonical = new HashMap<>();
        for (RuleTable.Row row : RuleTable.load("/org/docs2kg/extract/aws-services.tsv")) {
            for (String name : row.columns()) {
                canonical.putIfAbsent(name, row.column(0));
                names.add(name);
            }
        }
        names.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        Pattern any = Pattern.compile("(?=\\p{Lu})(?<![\\w-])(?:" + String.join("|", names.stream().map(Pattern::quote)
                .toList()) + ")(?![\\w-])");
        List<String> pieces = new ArrayList<>(names);
        for (String n : names) {
            pieces.add(n.substring(0, n.length() / 2));
            pieces.add(n.toLowerCase(java.util.Locale.ROOT));
        }
        pieces.addAll(List.of(" ", " ", "-", "_", "x", "(", ").", "9", "É", "\uD835\uDC00", "s "));
        Random random = new Random(3);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            SortedSet<String> expected = new TreeSet<>();
            Matcher m = any.matcher(text);
            while (m.find()) {
                expected.add(canonical.get(m.group()));
            }
            assertEquals(expected, CATALOG.mentions(text.toString()), text.toString());
        }
    }
}
