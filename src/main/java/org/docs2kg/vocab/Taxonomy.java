package org.docs2kg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.util.Arrays;
import java.util.Optional;

/**
 * The security-topic taxonomy: a SKOS concept scheme whose concept ids are those of the gold
 * labels' SPEC.md. {@code ontology/taxonomy.ttl} is the published form, with labels and
 * definitions; export copies it from there, and a test keeps the two in step.
 */
public enum Taxonomy {
    SECURITY_OVERVIEW("security-overview", null),
    DATA_PROTECTION("data-protection", null),
    ENCRYPTION_AT_REST("encryption-at-rest", DATA_PROTECTION),
    ENCRYPTION_IN_TRANSIT("encryption-in-transit", DATA_PROTECTION),
    KEY_MANAGEMENT("key-management", DATA_PROTECTION),
    INTERNETWORK_TRAFFIC_PRIVACY("internetwork-traffic-privacy", DATA_PROTECTION),
    IDENTITY_AND_ACCESS_MANAGEMENT("identity-and-access-management", null),
    IAM_SERVICE_INTEGRATION("iam-service-integration", IDENTITY_AND_ACCESS_MANAGEMENT),
    IAM_POLICY_EXAMPLES("iam-policy-examples", IDENTITY_AND_ACCESS_MANAGEMENT),
    IAM_MANAGED_POLICIES("iam-managed-policies", IDENTITY_AND_ACCESS_MANAGEMENT),
    SERVICE_LINKED_ROLES("service-linked-roles", IDENTITY_AND_ACCESS_MANAGEMENT),
    IAM_TROUBLESHOOTING("iam-troubleshooting", IDENTITY_AND_ACCESS_MANAGEMENT),
    LOGGING_AND_MONITORING("logging-and-monitoring", null),
    COMPLIANCE_VALIDATION("compliance-validation", null),
    RESILIENCE("resilience", null),
    INFRASTRUCTURE_SECURITY("infrastructure-security", null),
    VPC_ENDPOINTS("vpc-endpoints", INFRASTRUCTURE_SECURITY),
    CONFIGURATION_AND_VULNERABILITY_ANALYSIS("configuration-and-vulnerability-analysis", null),
    SECURITY_BEST_PRACTICES("security-best-practices", null),
    INCIDENT_RESPONSE("incident-response", null),
    CONFUSED_DEPUTY_PREVENTION("confused-deputy-prevention", null),
    OTHER("other", null);

    public static final String NS = "https://w3id.org/docs2kg/taxonomy/";
    public static final String PREFIX = "dkt";
    public static final Node SCHEME = NodeFactory.createURI(NS + "scheme");

    private final String id;
    private final Taxonomy broader;
    Taxonomy(String id, Taxonomy broader) {
        this.id = id;
        this.broader = broader;
    }

    /** The concept id used in SPEC.md and in {@code skos:notation}. */
    public String id() {
        return id;
    }

    public Optional<Taxonomy> broader() {
        return Optional.ofNullable(broader);
    }

    /** This concept, or its broader one when it has one: the "top level" of SPEC.md's scoring. */
    public Taxonomy topLevel() {
        return broader == null ? this : broader;
    }

    public Node iri() {
        return NodeFactory.createURI(NS + id);
    }

    public static Optional<Taxonomy> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }
}
