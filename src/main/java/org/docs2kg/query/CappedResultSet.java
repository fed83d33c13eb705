package org.docs2kg.query;

import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.engine.binding.Binding;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * The first {@code cap} rows of a result set; {@link #truncated()} then says whether it held rows
 * back. The text table must read every row before it prints one, so it is given at most this many.
 */
final class CappedResultSet implements ResultSet {
    private final ResultSet rs;
    private final int cap;
    private int given;

    CappedResultSet(ResultSet rs, int cap) {
        this.rs = rs;
        this.cap = cap;
    }

    @Override
    public boolean hasNext() {
        return given < cap && rs.hasNext();
    }

    @Override
    public QuerySolution next() {
        return nextSolution();
    }

    @Override
    public QuerySolution nextSolution() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        given++;
        QuerySolution row = rs.nextSolution();
        org.apache.jena.query.QuerySolutionMap shown = new org.apache.jena.query.QuerySolutionMap();
        row.varNames().forEachRemaining(v -> shown.add(v, displayed(row.get(v))));
        return shown;
    }

    /** A term as the text table may show it to a terminal (see {@link #displayed(org.apache.jena.graph.Node)}). */
    private static org.apache.jena.rdf.model.RDFNode displayed(org.apache.jena.rdf.model.RDFNode n) {
        org.apache.jena.graph.Node shown = displayed(n.asNode());
        return shown == n.asNode() ? n : org.apache.jena.sparql.util.ModelUtils.convertGraphNodeToRDFNode(shown);
    }

    @Override
    public Binding nextBinding() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        given++;
        Binding row = rs.nextBinding();
        org.apache.jena.sparql.engine.binding.BindingBuilder shown = org.apache.jena.sparql.engine.binding.Binding.builder();
        row.vars().forEachRemaining(v -> shown.add(v, displayed(row.get(v))));
        return shown.build();
    }

    /** A term with its control characters escaped (TerminalText): the table goes to a terminal. */
    private static org.apache.jena.graph.Node displayed(org.apache.jena.graph.Node n) {
        if (n.isLiteral()) {
            String safe = org.docs2kg.diagnostics.TerminalText.safe(n.getLiteralLexicalForm());
            return safe.equals(n.getLiteralLexicalForm()) ? n : org.apache.jena.graph.NodeFactory.createLiteralString(safe);
        }
        if (n.isURI()) {
            String safe = org.docs2kg.diagnostics.TerminalText.safe(n.getURI());
            return safe.equals(n.getURI()) ? n : org.apache.jena.graph.NodeFactory.createURI(safe);
        }
        return n;
    }

    @Override
    public int getRowNumber() {
        return given;
    }

    @Override
    public List<String> getResultVars() {
        return rs.getResultVars();
    }

    @Override
    public Model getResourceModel() {
        return rs.getResourceModel();
    }

    @Override
    public void close() {
        rs.close();
    }

    @Override
    public void forEachRemaining(java.util.function.Consumer<? super QuerySolution> action) {
        while (hasNext()) {
            action.accept(nextSolution());
        }
    }

    /** Whether rows beyond the cap exist (not counted: there may be billions). */
    boolean truncated() {
        return rs.hasNext();
    }
}
