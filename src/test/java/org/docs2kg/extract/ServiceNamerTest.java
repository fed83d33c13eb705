package org.docs2kg.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Service names from guide titles: families of titles, not single guides (invented names). */
class ServiceNamerTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
        "Amazon Widget Service Developer Guide;Amazon Widget Service",
        "AWS Widget Store User Guide;AWS Widget Store",
        "Amazon Widget Cache Administration Guide;Amazon Widget Cache",
        "Amazon Widget Cache Management Guide;Amazon Widget Cache",
        "AWS Widget Hub Migration Guide;AWS Widget Hub",
        "AWS Widget Hub API Reference;AWS Widget Hub",
        "AWS Widget Hub Getting Started Guide;AWS Widget Hub",
        "Amazon Widgets – Developer Guide;Amazon Widgets",
        // the family name and the guide's own name side by side
        "Amazon WidgetWorks Amazon WidgetWorks User Guide;Amazon WidgetWorks",
        "Amazon Gizmo Gizmo for Widgets User Guide;Amazon Gizmo for Widgets",
        "Amazon Gizmo Data Gizmo Data for Widgets Developer Guide;Amazon Gizmo Data for Widgets",
        // audience and version tails after the guide type, a former name in brackets (an alias)
        "Amazon Widget Cloud User Guide for Linux Instances;Amazon Widget Cloud",
        "Amazon Relational Widget Service User Guide for Gizmo;Amazon Relational Widget Service",
        "AWS Widget Firewall Developer Guide, Version 2;AWS Widget Firewall",
        "AWS Widget Hub API Reference (Version 2.0);AWS Widget Hub",
        "AWS Widget Center (successor to AWS Single Widget-On) User Guide;AWS Widget Center",
        // SDK is part of a name; a joined phrase keeps its last word
        "Amazon Widget SDK Developer Guide;Amazon Widget SDK",
        "AWS Widget SDK for Java Developer Guide;AWS Widget SDK for Java",
        "AWS Identity and Widget Management User Guide;AWS Identity and Widget Management",
        "AWS Widgets and Gizmos Management Guide;AWS Widgets and Gizmos Management",
        "Amazon WidgetCache for Gizmos User Guide;Amazon WidgetCache for Gizmos",
        "Amazon Widgets and Gizmos User Guide;Amazon Widgets and Gizmos",
        // nothing to strip
        "Application Widget Scaling;Application Widget Scaling",
        "Amazon Simple Widget Service User Guide;Amazon Simple Widget Service",
        "Widget Guide;Widget",
    })
    void stripsGuideTypeAndRepeatedWords(String title, String expected) {
        assertEquals(expected, ServiceNamer.stripGuideSuffix(title));
    }
}
