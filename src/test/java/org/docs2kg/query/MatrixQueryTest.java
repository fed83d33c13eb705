package org.docs2kg.query;

import org.apache.jena.rdf.model.Model;
import org.docs2kg.support.Rdf;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The {@code matrix} named query against counts taken one by one from the statements themselves. */
class MatrixQueryTest {
    private static final String DK_NS = "https://w3id.org/docs2kg/ontology#";

    @Test
    void countsEachSideOfEveryStatementUnderItsTopLevelConcept() {
        Model m = Rdf.export(TestData.examples());
        Map<String, int[]> expected = new HashMap<>();
        for (Map<String, String> row : Rdf.select(m, """
                SELECT ?concept ?party ?modality WHERE {
                  ?s a dk:Statement ; dk:party ?party ; dk:modality ?modality ; dcterms:subject ?c .
                  ?c skos:broader? ?top . ?top skos:topConceptOf ?scheme ; skos:notation ?concept .
                }""")) {
            String party = row.get("party").replace(DK_NS, "");
            String modality = row.get("modality").replace(DK_NS, "");
            int side = party.equals("Shared") ? 2
                    : party.equals("AWS") && !modality.equals("recommendation") ? 0
                    : party.equals("Customer") && !modality.equals("provision") ? 1 : -1;
            assertTrue(side >= 0, "every statement has a side: " + row);
            expected.computeIfAbsent(row.get("concept"), k -> new int[3])[side]++;
        }
        List<Map<String, String>> matrix = Rdf.select(m, NamedQueries.text("matrix"));
        assertEquals(12, matrix.size(), "one row per top-level concept for the one example guide");
        int nonZero = 0;
        for (Map<String, String> row : matrix) {
            int[] e = expected.getOrDefault(row.get("concept"), new int[3]);
            assertEquals(List.of(e[0], e[1], e[2]), List.of(Integer.parseInt(row.get("aws")),
                    Integer.parseInt(row.get("customer")), Integer.parseInt(row.get("shared"))), row.get("concept"));
            nonZero += e[0] + e[1] + e[2] > 0 ? 1 : 0;
        }
        assertTrue(nonZero >= 3, "the example speaks to several concepts");
    }
}
