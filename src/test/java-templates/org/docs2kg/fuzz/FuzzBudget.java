package org.docs2kg.fuzz;

/**
 * How long each fuzz test fuzzes, from the Maven property fuzz.duration (5s in `mvn verify`, 60s
 * with -Pthorough). Generated from src/test/java-templates by templating-maven-plugin, because
 * Jazzer takes the duration only from the annotation, which needs a compile-time constant.
 */
final class FuzzBudget {
    static final String DURATION = "${fuzz.duration}";

    private FuzzBudget() {
    }
}
