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

/** Obligations (labels-v3 SPEC §4) against the spec-driven cases in {@code fixtures/obligation-cases.tsv}. */
class ObligationRecognizerTest {
    private static final ObligationRecognizer RECOGNIZER = new ObligationRecognizer(
            new Service("Example Widget Service", new TreeSet<>(Set.of("Widget Service"))));

    static Stream<Arguments> cases() throws IOException {
        return TestData.cases("obligation-cases.tsv");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void recognises(String expected, String sentence) {
        assertEquals(expected, RECOGNIZER.isObligation(sentence) ? "obligation" : "none");
    }
}
