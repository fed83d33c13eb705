package org.docs2kg.extract;

import org.docs2kg.support.TestData;
import org.docs2kg.vocab.Measure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Measures (labels-v3 SPEC §5) against the spec-driven cases in {@code fixtures/measure-cases.tsv}. */
class MeasureClassifierTest {
    private static final MeasureClassifier CLASSIFIER = new MeasureClassifier();

    static Stream<Arguments> cases() throws IOException {
        return TestData.cases("measure-cases.tsv");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("cases")
    void classifies(String expected, String sentence) {
        String actual = CLASSIFIER.classify(sentence).stream().map(Measure::id).collect(Collectors.joining(" "));
        assertEquals(expected.equals("-") ? "" : expected, actual);
    }

    @Test
    void everyMeasureHasACaseAndNoSentenceGetsMoreThanThree() throws IOException {
        Set<Measure> covered = EnumSet.noneOf(Measure.class);
        cases().forEach(a -> Arrays.stream(((String) a.get()[0]).split(" ")).map(Measure::byId)
                .flatMap(java.util.Optional::stream).forEach(covered::add));
        assertEquals(EnumSet.allOf(Measure.class), covered);
        List<Measure> many = CLASSIFIER.classify("Widget Service encrypts widgets at rest and in transit with TLS, "
                + "rotates the KMS keys, logs every call to CloudTrail, replicates across Availability Zones and "
                + "takes daily snapshots behind a firewall in your VPC.");
        assertEquals(3, many.size(), many.toString());
        assertTrue(CLASSIFIER.classify("").isEmpty());
    }
}
