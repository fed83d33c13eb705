package org.docs2kg.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.graph.Triple;
import org.docs2kg.model.Service;
import org.docs2kg.vocab.DK;
import org.docs2kg.vocab.Iris;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resources that several guides refer to — services, compliance programs, the taxonomy — are
 * collected here across guides and written once at the end, so that each subject's triples
 * stand together and a service named by two guides gets one preferred label.
 */
public final class SharedEntities {
    private final Iris iris;
    private final Map<String, ServiceLabels> services = new TreeMap<>();
    private final SortedSet<String> programs = new TreeSet<>();

    private static final class ServiceLabels {
        String documentedName; // the name a guide gives it; wins over a catalogue name
        final SortedSet<String> names = new TreeSet<>();
    }

    public SharedEntities(Iris iris) {
        this.iris = iris;
    }

    /** The service a guide documents; returns its IRI. */
    public synchronized Node documentedService(Service service) {
        ServiceLabels l = labels(service.name());
        if (l.documentedName == null) {
            l.documentedName = service.name();
        }
        l.names.add(service.name());
        l.names.addAll(service.altLabels());
        return iris.service(service.name());
    }

    /** A service some page mentions, by its catalogue name; returns its IRI. */
    public synchronized Node mentionedService(String canonicalName) {
        labels(canonicalName).names.add(canonicalName);
        return iris.service(canonicalName);
    }

    /**
     * Takes in what {@code other} registered, as if its guides had registered here; a documented
     * name already set here stays (the first guide's name wins, as when registering directly).
     */
    public synchronized void absorb(SharedEntities other) {
        synchronized (other) {
            other.services.forEach((iri, theirs) -> {
                ServiceLabels mine = services.computeIfAbsent(iri, k -> new ServiceLabels());
                if (mine.documentedName == null) {
                    mine.documentedName = theirs.documentedName;
                }
                mine.names.addAll(theirs.names);
            });
            programs.addAll(other.programs);
        }
    }

    public synchronized Node complianceProgram(String name) {
        programs.add(name);
        return iris.complianceProgram(name);
    }

    private ServiceLabels labels(String name) {
        return services.computeIfAbsent(iris.service(name).getURI(), k -> new ServiceLabels());
    }

    /** Every shared triple — entities and vocabulary — in no particular order (the writer sorts). */
    public synchronized List<Triple> triples() {
        List<Triple> t = new ArrayList<>(entityTriples());
        t.addAll(vocabularyTriples());
        return t;
    }

    /** The taxonomy, the measures with their controls, and the labelled parties, modalities and scopes: the same for every export. */
    public static List<Triple> vocabularyTriples() {
        List<Triple> t = new ArrayList<>(taxonomy());
        t.addAll(measures());
        t.addAll(individuals());
        return t;
    }

    /** Services and compliance programs seen so far, with their labels. */
    public synchronized List<Triple> entityTriples() {
        List<Triple> t = new ArrayList<>();
        for (Map.Entry<String, ServiceLabels> e : services.entrySet()) {
            Node s = org.apache.jena.graph.NodeFactory.createURI(e.getKey());
            ServiceLabels l = e.getValue();
            String pref = l.documentedName != null ? l.documentedName : l.names.first();
            t.add(Triple.create(s, Terms.TYPE, DK.Service));
            t.add(Triple.create(s, Terms.PREF_LABEL, Terms.text(pref)));
            for (String alt : l.names) {
                if (!alt.equals(pref)) {
                    t.add(Triple.create(s, Terms.ALT_LABEL, Terms.text(alt)));
                }
            }
        }
        for (String p : programs) {
            Node s = iris.complianceProgram(p);
            t.add(Triple.create(s, Terms.TYPE, DK.ComplianceProgram));
            t.add(Triple.create(s, Terms.PREF_LABEL, Terms.text(p)));
        }
        return t;
    }

    /** Parties, modalities and scopes with their labels, as ontology/docs2kg.ttl defines them. */
    public static List<Triple> individuals() {
        return INDIVIDUALS;
    }

    /** The SKOS concept scheme as published in ontology/taxonomy.ttl, so every export can be queried alone. */
    public static List<Triple> taxonomy() {
        return TAXONOMY;
    }

    /** The measure scheme and the NIST controls, as published in ontology/measures.ttl. */
    public static List<Triple> measures() {
        return MEASURES;
    }

    private static final List<Triple> TAXONOMY = List.copyOf(load("/ontology/taxonomy.ttl").find().toList());
    private static final List<Triple> MEASURES = List.copyOf(load("/ontology/measures.ttl").find().toList());
    private static final List<Triple> INDIVIDUALS = individualsOf(load("/ontology/docs2kg.ttl"));

    private static List<Triple> individualsOf(Graph ontology) {
        List<Triple> t = new ArrayList<>();
        for (Node type : List.of(DK.Party, DK.Modality, DK.ResponsibilityScope)) {
            for (Node s : ontology.find(Node.ANY, Terms.TYPE, type).mapWith(Triple::getSubject).toList()) {
                t.add(Triple.create(s, Terms.TYPE, type));
                ontology.find(s, Terms.LABEL, Node.ANY).forEach(t::add);
            }
        }
        return List.copyOf(t);
    }

    private static Graph load(String resource) {
        try (var in = SharedEntities.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the jar: " + resource);
            }
            Graph g = GraphFactory.createDefaultGraph();
            RDFParser.source(in).lang(Lang.TURTLE).parse(g);
            return g;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
