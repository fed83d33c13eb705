package org.docs2kg.extract;

import org.docs2kg.model.Service;
import org.docs2kg.support.TestData;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The provision shapes against the spec-driven cases in {@code fixtures/provision-cases.tsv}. */
class ProvisionRecognizerTest {
    private static final ProvisionRecognizer RECOGNIZER = new ProvisionRecognizer(
            new Service("Example Widget Service", new TreeSet<>(Set.of("Widget Service"))));

    static Stream<Arguments> cases() throws IOException {
        return TestData.cases("provision-cases.tsv");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void recognises(String expected, String sentence) {
        assertEquals(expected, RECOGNIZER.isProvision(sentence) ? "provision" : "none");
    }
}
