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
        return rs.nextSolution();
    }

    @Override
    public Binding nextBinding() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        given++;
        return rs.nextBinding();
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
