package org.docs2kg.vocab;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * The docs2kg ontology (see {@code ontology/docs2kg.ttl}): only the terms that DCTERMS, SKOS
 * and PROV-O do not already provide.
 */
public final class DK {
    public static final String NS = "https://w3id.org/docs2kg/ontology#";
    public static final String PREFIX = "dk";

    // Classes
    public static final Node Guide = term("Guide");
    public static final Node Page = term("Page");
    public static final Node Section = term("Section");
    public static final Node Service = term("Service");
    public static final Node SecurityTopic = term("SecurityTopic");
    public static final Node Statement = term("Statement");
    public static final Node Party = term("Party");
    public static final Node Modality = term("Modality");
    public static final Node ResponsibilityScope = term("ResponsibilityScope");
    public static final Node ComplianceProgram = term("ComplianceProgram");
    public static final Node StatementTemplate = term("StatementTemplate");
    public static final Node DocumentationVersion = term("DocumentationVersion");
    public static final Node ChangeSet = term("ChangeSet");
    public static final Node Change = term("Change");

    // Individuals
    public static final Node AWS = term("AWS");
    public static final Node Customer = term("Customer");
    public static final Node Shared = term("Shared");
    public static final Node responsibility = term("responsibility");
    public static final Node recommendation = term("recommendation");
    public static final Node obligation = term("obligation");
    public static final Node provision = term("provision");
    public static final Node SecurityOfTheCloud = term("SecurityOfTheCloud");
    public static final Node SecurityInTheCloud = term("SecurityInTheCloud");

    // Properties
    public static final Node documents = term("documents");
    public static final Node fileName = term("fileName");
    public static final Node anchor = term("anchor");
    public static final Node parentPage = term("parentPage");
    public static final Node tocOrder = term("tocOrder");
    public static final Node tocDepth = term("tocDepth");
    public static final Node headingLevel = term("headingLevel");
    public static final Node line = term("line");
    public static final Node linksTo = term("linksTo");
    public static final Node externalLink = term("externalLink");
    public static final Node securityChapter = term("securityChapter");
    public static final Node securityTopicOf = term("securityTopicOf");
    public static final Node text = term("text");
    public static final Node party = term("party");
    public static final Node modality = term("modality");
    public static final Node scope = term("scope");
    public static final Node itemOf = term("itemOf");
    public static final Node measure = term("measure");
    public static final Node primaryMeasure = term("primaryMeasure");
    public static final Node control = term("control");
    public static final Node template = term("template");
    public static final Node templateText = term("templateText");
    public static final Node sourceRepository = term("sourceRepository");
    public static final Node sourceCommit = term("sourceCommit");
    public static final Node sourceFolder = term("sourceFolder");
    public static final Node oldVersion = term("oldVersion");
    public static final Node newVersion = term("newVersion");
    public static final Node change = term("change");
    public static final Node changeKind = term("changeKind");
    public static final Node guide = term("guide");
    public static final Node oldLine = term("oldLine");
    public static final Node newLine = term("newLine");
    public static final Node oldValue = term("oldValue");
    public static final Node newValue = term("newValue");
    public static final Node topic = term("topic");
    public static final Node mentionsService = term("mentionsService");
    public static final Node namesComplianceProgram = term("namesComplianceProgram");

    private DK() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }
}
