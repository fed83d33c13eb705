package org.docs2kg.extract;

import org.docs2kg.model.Service;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StatementRecognizerTest {
    private static final StatementRecognizer RECOGNIZER = new StatementRecognizer(
            new Service("Example Widget Service", new TreeSet<>(Set.of("Widget Service"))));

    static Stream<Arguments> cases() throws IOException {
        return TestData.cases("statement-cases.tsv");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void recognises(String expected, String sentence) {
        String actual = RECOGNIZER.recognise(sentence)
                .map(r -> r.party().label() + "/" + r.modality().label()).orElse("none");
        assertEquals(expected, actual);
    }

    @Test
    void scopeIsTakenFromTheText() {
        var of = RECOGNIZER.recognise("Security of the cloud – AWS is responsible for the hardware.").orElseThrow();
        assertEquals(org.docs2kg.model.Scope.SECURITY_OF_THE_CLOUD, of.scope().orElseThrow());
        var in = RECOGNIZER.recognise("Security in the cloud – You are responsible for your data.").orElseThrow();
        assertEquals(org.docs2kg.model.Scope.SECURITY_IN_THE_CLOUD, in.scope().orElseThrow());
        assertTrue(RECOGNIZER.recognise("We recommend TLS.").orElseThrow().scope().isEmpty());
    }

    @Test
    void cueTableIsLoadedWithExclusionsFirstWhereTheyMatter() {
        assertFalse(RECOGNIZER.cues().isEmpty());
        assertTrue(RECOGNIZER.cues().stream().anyMatch(c -> c.modality().isEmpty()), "exclusion rows present");
    }
}
