package org.docs2kg.extract;

import org.docs2kg.extract.internal.RuleTable;
import org.docs2kg.markdown.PageParser;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MentionFinderTest {
    private final MentionFinder finder = new MentionFinder(ServiceCatalog.defaults());

    @Test
    void findsCompliancePrograms() {
        var page = PageParser.parse("# Compliance\n\nAuditors check it under SOC 2, PCI DSS, HIPAA, FedRAMP Moderate, "
                + "ISO/IEC 27001 and FIPS 140-2 validated modules.\n\nThe soc and isotope are not programs.\n", "c.md", "c.md");
        assertEquals(List.of("FIPS 140-2", "FedRAMP", "HIPAA", "ISO/IEC 27001", "PCI DSS", "SOC"),
                List.copyOf(finder.compliancePrograms(page)));
    }

    @Test
    void findsServicesByNameOrAliasLongestFirstWithoutTheOwnService() {
        var page = PageParser.parse("# Logging\n\nCalls go to AWS CloudTrail; keys live in AWS KMS. Use Amazon S3 "
                + "for logs and CloudWatch for alarms. The Example Service itself keeps nothing.\n", "l.md", "l.md");
        assertEquals(List.of("AWS CloudTrail", "AWS Key Management Service", "Amazon CloudWatch",
                "Amazon Simple Storage Service"), List.copyOf(finder.services(page, "Example Service")));
        assertEquals(List.of("AWS Key Management Service", "Amazon CloudWatch", "Amazon Simple Storage Service"),
                List.copyOf(finder.services(page, "AWS CloudTrail")), "the guide's own service is left out");
    }

    /**
     * The scan by first character finds what one alternation of all programs, searched with find(),
     * found before it: checked on texts made of program names, their parts and near misses.
     */
    @Test
    void theFirstCharacterScanAgreesWithOneAlternationOfAllPrograms() {
        List<String> names = new java.util.ArrayList<>();
        List<String> alternatives = new java.util.ArrayList<>();
        for (var row : RuleTable.load("/org/docs2kg/extract/compliance-programs.tsv")) {
            alternatives.add("(?<p" + names.size() + ">" + row.column(1) + ")");
            names.add(row.column(0));
        }
        java.util.regex.Pattern all = java.util.regex.Pattern.compile("(?=[A-Z0-9])(?:" + String.join("|", alternatives) + ")");
        String[] parts = {"SOC", " 1", " 2", "PCI", " DSS", "HIPAA", "FedRAMP", "FIPS", " 140-2", "140-3", " 140", "-3",
            "ISO", "/IEC", " 27001", "27017", "DoD", " SRG", " CC", "NIST", " SP", " 800-53", " CSF", "ENS High",
            "C5", "GDPR", "K-ISMS", "17a-4", "General Data Protection Regulation", "x", "X", "_", "é", " ", ", ", ".",
            "(", "a", "AWS", "SOCKS", "2", "1"};
        java.util.Random random = new java.util.Random(11);
        int withPrograms = 0;
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(12); k > 0; k--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            java.util.SortedSet<String> expected = new java.util.TreeSet<>();
            java.util.regex.Matcher m = all.matcher(text);
            while (m.find()) {
                for (int i = 0; i < names.size(); i++) {
                    if (m.start("p" + i) >= 0) {
                        expected.add(names.get(i));
                        break;
                    }
                }
            }
            var page = new org.docs2kg.model.Page("p.md", "p.md", "P", "", List.of(), List.of(), List.of(
                    new org.docs2kg.model.TextBlock(org.docs2kg.model.TextBlock.Kind.PARAGRAPH, text.toString(),
                            new int[] {0}, new int[] {1}, -1)), List.of());
            assertEquals(expected, finder.compliancePrograms(page), text.toString());
            withPrograms += expected.isEmpty() ? 0 : 1;
        }
        assertTrue(withPrograms > 2_000, "the texts name programs often enough to test the scan: " + withPrograms);
    }

    @Test
    void everyPatternStartsWithACapitalOrDigitAsTheScanAssumes() {
        for (var row : RuleTable.load("/org/docs2kg/extract/compliance-programs.tsv")) {
            String p = row.column(1).replaceFirst("^\\\\b", "");
            assertTrue(p.isEmpty() || Character.isUpperCase(p.charAt(0)) || Character.isDigit(p.charAt(0)), p);
        }
        for (var row : RuleTable.load("/org/docs2kg/extract/aws-services.tsv")) {
            row.columns().forEach(name -> assertTrue(Character.isUpperCase(name.charAt(0)), name));
        }
    }
}
