package org.docs2kg.extract;

import org.docs2kg.model.Service;
import org.docs2kg.vocab.Iris;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class StatementTemplateTest {
    private static final Service WIDGETS = new Service("Amazon Widget Service", new TreeSet<>(Set.of("Widget Service")));
    private static final Service GADGETS = new Service("AWS Gadget Hub", new TreeSet<>(Set.of("Gadget Hub")));

    @Test
    void theGuidesOwnNamesAreMaskedAndPunctuationFolded() {
        assertEquals("as a managed service {service} is protected by the aws global network",
                StatementTemplate.of("As a managed service, Amazon Widget Service is protected by the AWS global network.", WIDGETS));
        assertEquals(StatementTemplate.of("As a managed service, Widget Service is protected by the AWS global network.", WIDGETS),
                StatementTemplate.of("As a  managed service , AWS Gadget Hub is protected by the AWS global network", GADGETS));
    }

    @Test
    void differentSentencesAndOtherServicesNamesStayApart() {
        assertNotEquals(StatementTemplate.of("We recommend TLS 1.2 or later.", WIDGETS),
                StatementTemplate.of("We recommend TLS 1.3 or later.", WIDGETS));
        // Only the guide's own names are masked: another service named in the text stays.
        assertNotEquals(StatementTemplate.of("Widget Service uses Gadget Hub keys.", WIDGETS),
                StatementTemplate.of("Gadget Hub uses Widget Service keys.", GADGETS));
        // "Widget Services" is not the name "Widget Service".
        assertEquals("amazon widget services", StatementTemplate.of("Amazon Widget Services", new Service("Widget Service", new TreeSet<>())));
    }

    @Test
    void theIriDependsOnTheTemplateTextOnly() {
        Iris iris = Iris.defaults();
        assertEquals(iris.template("a b"), iris.template("a b"));
        assertNotEquals(iris.template("a b"), iris.template("a c"));
        assertEquals(32 + "https://w3id.org/docs2kg/id/template/".length(), iris.template("x").getURI().length());
    }
}
