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
