package org.docs2kg.store;

import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.query.NamedQueries;
import org.docs2kg.support.Rdf;
import org.docs2kg.support.TestData;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The exported Turtle in an independent store (RDF4J, in memory) gives the same answers. */
class SecondStoreTest {

    @Test
    void namedQueriesAnswerTheSameInRdf4j() throws Exception {
        byte[] turtle = Rdf.exportBytes(ExportOptions.defaults(), TestData.examples());
        Model jena = Rdf.parse(turtle, org.apache.jena.riot.Lang.TURTLE);
        SailRepository repo = new SailRepository(new MemoryStore());
        try (var conn = repo.getConnection()) {
            conn.add(new ByteArrayInputStream(turtle), "", RDFFormat.TURTLE);
            for (String name : NamedQueries.list().keySet()) {
                String q = NamedQueries.text(name);
                List<TreeMap<String, String>> expected = new ArrayList<>();
                try (QueryExecution qe = QueryExecution.create(q, jena)) {
                    qe.execSelect().forEachRemaining(s -> {
                        TreeMap<String, String> row = new TreeMap<>();
                        s.varNames().forEachRemaining(v -> row.put(v, s.get(v).isLiteral()
                                ? s.get(v).asLiteral().getLexicalForm() : s.get(v).toString()));
                        expected.add(row);
                    });
                }
                List<TreeMap<String, String>> actual = new ArrayList<>();
                try (var result = conn.prepareTupleQuery(QueryLanguage.SPARQL, q).evaluate()) {
                    for (BindingSet b : result) {
                        TreeMap<String, String> row = new TreeMap<>();
                        b.forEach(binding -> row.put(binding.getName(), binding.getValue().stringValue()));
                        actual.add(row);
                    }
                }
                assertFalse(expected.isEmpty(), name + " returns rows");
                assertEquals(expected, actual, name);
            }
        } finally {
            repo.shutDown();
        }
    }
}
