package org.docs2kg.query;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.rdf.SharedEntities;
import org.docs2kg.vocab.Iris;

/**
 * What {@code --graph GUIDE} means, on every input. A named query with a {@code guide} column gives
 * that guide's rows, still computed over all the data ({@link QueryParameters#forGuide}: "specific"
 * keeps comparing with every guide); any other query sees the guide's graph and the vocabulary.
 */
public final class GuideScope {

    private GuideScope() {
    }

    /** The query that asks whether the data holds the guide (one row if it does). */
    public static Query guideQuery(String guideId) {
        return QueryParameters.forGuide(QueryRunner.parse("SELECT ?guide { ?g a dk:Guide ; dcterms:identifier ?guide } "
                + "LIMIT 1", "--graph"), guideId).orElseThrow();
    }

    /** A usage-level failure unless {@code data} holds the guide. */
    public static void requireGuide(Dataset data, String guideId) {
        try (QueryExecution qe = QueryExecution.dataset(data).query(guideQuery(guideId)).build()) {
            if (!qe.execSelect().hasNext()) {
                throw new Docs2KgException("--graph " + guideId + ": no guide '" + guideId + "' in the input");
            }
        }
    }

    /**
     * The guide's graph and the vocabulary, as a store's --graph gives them: inputs that keep a
     * graph per guide (guides exported on the fly, TriG, N-Quads) have it; a Turtle export does not.
     */
    public static Dataset graphOf(Dataset data, Iris iris, String guideId) {
        Node name = iris.guide(guideId);
        if (!data.asDatasetGraph().containsGraph(name)) {
            throw new Docs2KgException("--graph " + guideId + ": no graph of guide '" + guideId + "' in the input (a "
                    + "Turtle, N-Triples or JSON-LD export is one graph: use a named query, export with --format trig, "
                    + "or load it)");
        }
        Graph scoped = GraphFactory.createDefaultGraph();
        data.asDatasetGraph().getGraph(name).find().forEachRemaining(scoped::add);
        SharedEntities.vocabularyTriples().forEach(scoped::add);
        DatasetGraph dsg = DatasetGraphFactory.create(scoped);
        dsg.addGraph(name, data.asDatasetGraph().getGraph(name));
        return DatasetFactory.wrap(dsg);
    }
}
