package org.docs2kg.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.query.QueryRunner;

/** Any text given as a query parses or gives a Docs2KgException (bad input) — nothing else. */
class SparqlInputFuzzTest {

    @FuzzTest(maxDuration = FuzzBudget.DURATION)
    void sparqlInputIsParsedOrRejectedCleanly(String query) {
        try {
            QueryRunner.parse(query, "fuzz");
        } catch (Docs2KgException expected) {
            // bad query, reported with its position
        }
    }
}
