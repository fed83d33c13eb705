package org.docs2kg.extract;

import org.docs2kg.markdown.PageParser;
import org.docs2kg.vocab.Taxonomy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TopicClassifierTest {
    private static final TopicClassifier CLASSIFIER =
            new TopicClassifier(List.of("Example Key Service", "Key Service", "EKS Widgets"));

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = ';', value = {
        "Data protection in Example Key Service;data-protection",
        "Encryption at rest;encryption-at-rest",
        "Encrypting data in transit;encryption-in-transit",
        "Key management;key-management",
        "Internetwork traffic privacy;internetwork-traffic-privacy",
        "Identity and access management for Example Key Service;identity-and-access-management",
        "How Example Key Service works with IAM;iam-service-integration",
        "Example Key Service identity-based policy examples;iam-policy-examples",
        "AWS managed policies for Example Key Service;iam-managed-policies",
        "Customer managed policies;identity-and-access-management",
        "Using service-linked roles for Example Key Service;service-linked-roles",
        "Troubleshooting Example Key Service identity and access;iam-troubleshooting",
        "Logging and monitoring in Example Key Service;logging-and-monitoring",
        "Logging API calls with AWS CloudTrail;logging-and-monitoring",
        "Compliance validation for Example Key Service;compliance-validation",
        "Resilience in Example Key Service;resilience",
        "Infrastructure security in Example Key Service;infrastructure-security",
        "Example Key Service and interface VPC endpoints (AWS PrivateLink);vpc-endpoints",
        "Configuration and vulnerability analysis in Example Key Service;configuration-and-vulnerability-analysis",
        "Security best practices for Example Key Service;security-best-practices",
        "Incident response;incident-response",
        "Cross-service confused deputy prevention;confused-deputy-prevention",
        "Controlling network access to file systems for NFS clients;infrastructure-security",
        "Working with users, groups, and permissions at the Network File System (NFS) Level;identity-and-access-management",
    })
    void classifiesByTitle(String title, String concept) {
        assertEquals(concept, CLASSIFIER.classify(title, Optional.empty(), Optional.empty(), false).id());
    }

    @Test
    void theGuidesOwnServiceNameDoesNotDecide() {
        // "Key Service" would read as key management; it is only the service's name here.
        assertEquals(Taxonomy.RESILIENCE, CLASSIFIER.classify("Resilience in Example Key Service", Optional.empty(),
                Optional.empty(), false));
    }

    @Test
    void untitledChildrenInheritTheirParentsConcept() {
        assertEquals(Taxonomy.SERVICE_LINKED_ROLES, CLASSIFIER.classify("Using roles for management",
                Optional.empty(), Optional.of(Taxonomy.SERVICE_LINKED_ROLES), false));
        assertEquals(Taxonomy.RESILIENCE, CLASSIFIER.classify("Regional data considerations",
                Optional.empty(), Optional.of(Taxonomy.RESILIENCE), false));
        assertEquals(Taxonomy.LOGGING_AND_MONITORING, CLASSIFIER.classify("Dimensions for user pools",
                Optional.empty(), Optional.of(Taxonomy.LOGGING_AND_MONITORING), false), "weak rule gives way");
    }

    @Test
    void aBroaderTitleKeepsTheParentsNarrowerConcept() {
        assertEquals(Taxonomy.ENCRYPTION_AT_REST, CLASSIFIER.classify("Enabling log file encryption with the CLI",
                Optional.empty(), Optional.of(Taxonomy.ENCRYPTION_AT_REST), false));
    }

    @Test
    void genericEncryptionPagesAreNarrowedByWhatTheirTextCovers() {
        var rest = PageParser.parse("# Data encryption\n\nSecrets are stored with envelope encryption.\n", "a.md", "a.md");
        var transit = PageParser.parse("# Data encryption\n\nAll calls use TLS.\n", "b.md", "b.md");
        var both = PageParser.parse("# Data encryption\n\nStored data is encrypted, and calls use TLS.\n", "c.md", "c.md");
        assertEquals(Taxonomy.ENCRYPTION_AT_REST, CLASSIFIER.classify("Data encryption", Optional.of(rest), Optional.empty(), false));
        assertEquals(Taxonomy.ENCRYPTION_IN_TRANSIT, CLASSIFIER.classify("Data encryption", Optional.of(transit), Optional.empty(), false));
        assertEquals(Taxonomy.DATA_PROTECTION, CLASSIFIER.classify("Data encryption", Optional.of(both), Optional.empty(), false));
    }

    @Test
    void headingsDecideWhenTheTitleSaysNothing() {
        var page = PageParser.parse("# Widgets and you\n\n## Logging calls\n\n## Monitoring metrics\n\n## Roles\n", "w.md", "w.md");
        assertEquals(Taxonomy.LOGGING_AND_MONITORING, CLASSIFIER.classify("Widgets and you", Optional.of(page),
                Optional.empty(), false));
        assertEquals(Taxonomy.OTHER, CLASSIFIER.classify("Widgets and you", Optional.empty(), Optional.empty(), false));
    }

    @Test
    void theChapterRootIsTheOverview() {
        assertEquals(Taxonomy.SECURITY_OVERVIEW, CLASSIFIER.classify("Security in X", Optional.empty(), Optional.empty(), true));
    }
}
