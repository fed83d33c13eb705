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
        // nothing to strip
        "Application Widget Scaling;Application Widget Scaling",
        "Amazon Simple Widget Service User Guide;Amazon Simple Widget Service",
        "Widget Guide;Widget",
    })
    void stripsGuideTypeAndRepeatedWords(String title, String expected) {
        assertEquals(expected, ServiceNamer.stripGuideSuffix(title));
    }
}
