package org.docs2kg.vocab;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.docs2kg.support.Rdf;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** ontology/taxonomy.ttl and the Taxonomy enum must list the same concepts with the same hierarchy. */
class TaxonomyFileTest {

    @Test
    void publishedTaxonomyMatchesTheCode() {
        Model m = RDFDataMgr.loadModel("ontology/taxonomy.ttl");
        Map<String, String> published = new TreeMap<>();
        Rdf.select(m, "SELECT ?id ?broader { ?c a skos:Concept ; skos:notation ?id ; skos:inScheme dkt:scheme "
                + "OPTIONAL { ?c skos:broader/skos:notation ?b } BIND(COALESCE(?b, '') AS ?broader) }")
                .forEach(r -> published.put(r.get("id"), r.get("broader")));
        Map<String, String> code = new TreeMap<>();
        Arrays.stream(Taxonomy.values()).forEach(c -> code.put(c.id(), c.broader().map(Taxonomy::id).orElse("")));
        assertEquals(code, published);
        Arrays.stream(Taxonomy.values()).forEach(c ->
                assertEquals(1, m.listStatements(m.createResource(c.iri().getURI()), null, (org.apache.jena.rdf.model.RDFNode) null)
                        .filterKeep(s -> s.getPredicate().getLocalName().equals("prefLabel")).toList().size(), c.id()));
    }

    @Test
    void theOntologyDeclaresEveryTermTheCodeUses() {
        Model m = RDFDataMgr.loadModel("ontology/docs2kg.ttl");
        for (var f : DK.class.getFields()) {
            try {
                String iri = ((org.apache.jena.graph.Node) f.get(null)).getURI();
                assertEquals(true, m.contains(m.createResource(iri), org.apache.jena.vocabulary.RDFS.label), iri);
                assertEquals(true, m.contains(m.createResource(iri), org.apache.jena.vocabulary.RDFS.comment)
                        || m.contains(m.createResource(iri), org.apache.jena.vocabulary.RDF.type,
                        m.createResource("http://www.w3.org/2002/07/owl#ObjectProperty")), iri + " documented");
            } catch (ClassCastException | IllegalAccessException e) {
                // NS and PREFIX strings
            }
        }
    }
}
