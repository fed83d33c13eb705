package org.docs2kg.rdf;

import org.docs2kg.api.ExportOptions;
import org.docs2kg.support.Rdf;
import org.docs2kg.support.TestData;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.ByteArrayInputStream;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every output format, read back by a second, independent parser (RDF4J Rio), holds the same
 * graph as the Turtle export (quad formats: the union of their graphs). Catches a format that
 * Jena alone would read leniently, such as a JSON-LD document written twice.
 */
class EveryFormatTest {
    private static final Map<OutputFormat, RDFFormat> RIO = Map.of(
            OutputFormat.TURTLE, RDFFormat.TURTLE, OutputFormat.NTRIPLES, RDFFormat.NTRIPLES,
            OutputFormat.TRIG, RDFFormat.TRIG, OutputFormat.NQUADS, RDFFormat.NQUADS,
            OutputFormat.JSONLD, RDFFormat.JSONLD, OutputFormat.RDFXML, RDFFormat.RDFXML);

    private static Model parse(OutputFormat format) throws Exception {
        byte[] bytes = Rdf.exportBytes(ExportOptions.defaults().withFormat(format), TestData.examples());
        Model parsed = Rio.parse(new ByteArrayInputStream(bytes), "", RIO.get(format));
        Model triples = new LinkedHashModel();
        for (Statement s : parsed) {
            triples.add(SimpleValueFactory.getInstance().createStatement(s.getSubject(), s.getPredicate(), s.getObject()));
        }
        return triples;
    }

    /** RDF parsers may stop after the first JSON value; a strict JSON reading may not. */
    @Test
    void jsonLdIsExactlyOneJsonDocument() {
        byte[] bytes = Rdf.exportBytes(ExportOptions.defaults().withFormat(OutputFormat.JSONLD), TestData.examples());
        int topLevelValues = 0;
        int depth = 0;
        try (JsonParser p = Json.createParser(new ByteArrayInputStream(bytes))) {
            while (p.hasNext()) {
                switch (p.next()) {
                    case START_OBJECT, START_ARRAY -> topLevelValues += depth++ == 0 ? 1 : 0;
                    case END_OBJECT, END_ARRAY -> depth--;
                    default -> topLevelValues += depth == 0 ? 1 : 0;
                }
            }
        } catch (JsonParsingException e) {
            throw new AssertionError("not one valid JSON document: " + e.getMessage(), e);
        }
        assertEquals(1, topLevelValues);
    }

    @ParameterizedTest
    @EnumSource(OutputFormat.class)
    void readsBackAsTheSameGraphAsTurtle(OutputFormat format) throws Exception {
        Model turtle = parse(OutputFormat.TURTLE);
        Model other = parse(format);
        assertTrue(turtle.size() > 100, "a real graph: " + turtle.size());
        assertTrue(Models.isomorphic(turtle, other), format + ": " + other.size() + " triples vs " + turtle.size());
    }
}
