package org.docs2kg.vocab;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.docs2kg.support.Rdf;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * ontology/measures.ttl and the Measure enum list the same measures with the same controls, and
 * every control's id and title are those of NIST's OSCAL catalog in ../shared/oscal.
 */
class MeasuresFileTest {
    private static final Model PUBLISHED = RDFDataMgr.loadModel("ontology/measures.ttl");

    @Test
    void publishedMeasuresMatchTheCode() {
        Map<String, String> published = new TreeMap<>();
        Rdf.select(PUBLISHED, "SELECT ?id (GROUP_CONCAT(?c; separator=' ') AS ?controls) { ?m skos:inScheme dkm:scheme ; "
                + "skos:notation ?id ; dk:control/dcterms:identifier ?c } GROUP BY ?id")
                .forEach(r -> published.put(r.get("id"), String.join(" ", new java.util.TreeSet<>(
                        Arrays.asList(r.get("controls").split(" "))))));
        Map<String, String> code = new TreeMap<>();
        Arrays.stream(Measure.values()).forEach(m -> code.put(m.id(), String.join(" ", new java.util.TreeSet<>(m.controls()))));
        assertEquals(code, published);
        for (Measure m : Measure.values()) {
            assertEquals(m.iri().getURI(), Measure.NS + m.id());
            m.controls().forEach(c -> assertEquals(true, PUBLISHED.containsResource(
                    PUBLISHED.createResource(Measure.control(c).getURI())), c));
        }
    }

    @Test
    void controlTitlesAreTheCatalogs() {
        Path catalog = TestData.shared("oscal/NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json");
        Map<String, String> titles = new HashMap<>();
        JsonObject cat = JSON.read(catalog.toString()).get("catalog").getAsObject();
        for (JsonValue g : cat.get("groups").getAsArray()) {
            collect(g.getAsObject().get("controls").getAsArray(), titles);
        }
        Map<String, String> published = new TreeMap<>();
        Rdf.select(PUBLISHED, "SELECT ?id ?title { ?c dcterms:identifier ?id ; skos:prefLabel ?title }")
                .forEach(r -> published.put(r.get("id"), r.get("title")));
        long distinct = Arrays.stream(Measure.values()).flatMap(m -> m.controls().stream()).distinct().count();
        assertEquals(distinct, published.size(), "one published control for every control a measure names");
        published.forEach((id, title) -> assertEquals(titles.get(id), title, id));
    }

    private static void collect(JsonArray controls, Map<String, String> titles) {
        for (JsonValue v : controls) {
            JsonObject c = v.getAsObject();
            titles.put(c.get("id").getAsString().value(), c.get("title").getAsString().value());
            if (c.hasKey("controls")) {
                collect(c.get("controls").getAsArray(), titles);
            }
        }
    }
}
