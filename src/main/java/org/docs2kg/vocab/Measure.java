package org.docs2kg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The security measures a statement can be about (labels-v3 SPEC §5): a SKOS concept scheme whose
 * concept ids are the SPEC's, each tied to the NIST SP 800-53 Rev. 5 controls it implements.
 * {@code ontology/measures.ttl} is the published form, with labels, definitions and the controls'
 * titles; export copies it from there, and {@code MeasuresFileTest} keeps the two in step.
 */
public enum Measure {
    ENCRYPTION_AT_REST("encryption-at-rest", "sc-28"),
    ENCRYPTION_IN_TRANSIT("encryption-in-transit", "sc-8"),
    KEY_MANAGEMENT("key-management", "sc-12", "sc-13"),
    ACCESS_CONTROL("access-control", "ac-3", "ac-6"),
    IDENTITY_AUTHENTICATION("identity-authentication", "ia-2", "ia-5", "ac-2"),
    AUDIT_LOGGING("audit-logging", "au-2", "au-12"),
    MONITORING("monitoring", "si-4", "ca-7"),
    BACKUP("backup", "cp-9"),
    REDUNDANCY_RECOVERY("redundancy-recovery", "cp-6", "cp-7", "cp-10"),
    FLAW_REMEDIATION("flaw-remediation", "si-2"),
    CONFIGURATION_MANAGEMENT("configuration-management", "cm-2", "cm-6"),
    VULNERABILITY_MANAGEMENT("vulnerability-management", "ra-5", "sa-11"),
    NETWORK_PROTECTION("network-protection", "sc-7"),
    AVAILABILITY_PROTECTION("availability-protection", "sc-5"),
    DATA_INTEGRITY("data-integrity", "si-7"),
    DATA_HANDLING("data-handling", "si-12", "mp-6"),
    INCIDENT_RESPONSE("incident-response", "ir-4", "ir-6"),
    COMPLIANCE_ASSURANCE("compliance-assurance", "ca-2");

    /** Namespace of the measure concepts. */
    public static final String NS = "https://w3id.org/docs2kg/measure/";
    public static final String PREFIX = "dkm";
    public static final Node SCHEME = NodeFactory.createURI(NS + "scheme");
    /** Namespace of the NIST SP 800-53 Rev. 5 controls: the OSCAL control id ("sc-28") is the last segment. */
    public static final String CONTROL_NS = "https://w3id.org/docs2kg/nist-sp-800-53-r5/";
    public static final String CONTROL_PREFIX = "nist";

    private final String id;
    private final List<String> controls;

    Measure(String id, String... controls) {
        this.id = id;
        this.controls = List.of(controls);
    }

    /** The id used in the labels' SPEC and in {@code skos:notation}. */
    public String id() {
        return id;
    }

    /** OSCAL control ids ("sc-28"), most specific first, as the SPEC's table lists them. */
    public List<String> controls() {
        return controls;
    }

    public Node iri() {
        return NodeFactory.createURI(NS + id);
    }

    /** The IRI of a control of the catalog, by its OSCAL id: the one place control IRIs are minted. */
    public static Node control(String controlId) {
        return NodeFactory.createURI(CONTROL_NS + controlId);
    }

    public static Optional<Measure> byId(String id) {
        return Arrays.stream(values()).filter(m -> m.id.equals(id)).findFirst();
    }
}
