package org.docs2kg.vocab;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes written into every output and offered to every query. */
public final class Namespaces {
    public static final String PROV = "http://www.w3.org/ns/prov#";

    private Namespaces() {
    }

    public static PrefixMapping standard() {
        PrefixMapping pm = PrefixMapping.Factory.create();
        pm.setNsPrefix(DK.PREFIX, DK.NS);
        pm.setNsPrefix(Taxonomy.PREFIX, Taxonomy.NS);
        pm.setNsPrefix(Measure.PREFIX, Measure.NS);
        pm.setNsPrefix(Measure.CONTROL_PREFIX, Measure.CONTROL_NS);
        pm.setNsPrefix("dcterms", DCTerms.NS);
        pm.setNsPrefix("skos", SKOS.uri);
        pm.setNsPrefix("prov", PROV);
        pm.setNsPrefix("rdf", RDF.uri);
        pm.setNsPrefix("rdfs", RDFS.uri);
        pm.setNsPrefix("owl", OWL.NS);
        pm.setNsPrefix("xsd", XSD.NS);
        return pm.lock();
    }

}
