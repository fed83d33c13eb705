package org.docs2kg.query;

import org.apache.jena.query.Query;
import org.apache.jena.sparql.expr.Expr;
import org.apache.jena.sparql.expr.ExprFunction;
import org.apache.jena.sparql.expr.ExprFunctionOp;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementBind;
import org.apache.jena.sparql.syntax.ElementFilter;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.sparql.syntax.ElementMinus;
import org.apache.jena.sparql.syntax.ElementNamedGraph;
import org.apache.jena.sparql.syntax.ElementOptional;
import org.apache.jena.sparql.syntax.ElementService;
import org.apache.jena.sparql.syntax.ElementSubQuery;
import org.apache.jena.sparql.syntax.ElementUnion;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * How deep Jena's engine will recurse for a query, measured without recursing: a chain of n
 * UNIONs, OPTIONALs or "||" becomes an n-deep tree in Jena's algebra, and evaluating a few
 * thousand levels overflows a thread's stack. Queries deeper than {@link #MAX} are refused with a
 * clear message on the command line and by {@code serve} alike, instead of a StackOverflowError.
 */
public final class QueryDepth {
    /** No real query comes near this; the default stack holds several times more. */
    public static final int MAX = 1_000;

    private QueryDepth() {
    }

    private record Item(Object node, int depth) {
    }

    /** The estimated depth (see the class comment). */
    public static int of(Query query) {
        Deque<Item> stack = new ArrayDeque<>();
        int max = 0;
        if (query.getQueryPattern() != null) {
            stack.push(new Item(query.getQueryPattern(), 1));
        }
        if (query.hasHaving()) {
            query.getHavingExprs().forEach(e -> stack.push(new Item(e, 1)));
        }
        while (!stack.isEmpty()) {
            Item it = stack.pop();
            max = Math.max(max, it.depth());
            if (max > MAX) {
                return max; // deep enough to refuse: stop counting
            }
            Object n = it.node();
            int d = it.depth();
            if (n instanceof ElementGroup g) {
                int chained = 0; // OPTIONAL, MINUS and BIND fold the group into a left-deep chain
                for (Element e : g.getElements()) {
                    if (e instanceof ElementOptional || e instanceof ElementMinus || e instanceof ElementBind) {
                        chained++;
                    }
                    stack.push(new Item(e, d + 1 + chained));
                }
            } else if (n instanceof ElementUnion u) {
                int i = 0;
                for (Element e : u.getElements()) {
                    stack.push(new Item(e, d + 1 + i++)); // a UNION of n parts is n nested binary unions
                }
            } else if (n instanceof ElementOptional o) {
                stack.push(new Item(o.getOptionalElement(), d + 1));
            } else if (n instanceof ElementMinus m) {
                stack.push(new Item(m.getMinusElement(), d + 1));
            } else if (n instanceof ElementNamedGraph ng) {
                stack.push(new Item(ng.getElement(), d + 1));
            } else if (n instanceof ElementService s) {
                stack.push(new Item(s.getElement(), d + 1));
            } else if (n instanceof ElementSubQuery sq) {
                stack.push(new Item(sq.getQuery().getQueryPattern(), d + 1));
            } else if (n instanceof ElementFilter f) {
                stack.push(new Item(f.getExpr(), d + 1));
            } else if (n instanceof ElementBind b) {
                stack.push(new Item(b.getExpr(), d + 1));
            } else if (n instanceof ExprFunctionOp op) {
                if (op.getElement() != null) {
                    stack.push(new Item(op.getElement(), d + 1));
                }
            } else if (n instanceof ExprFunction f) {
                for (Expr arg : f.getArgs()) {
                    stack.push(new Item(arg, d + 1));
                }
            }
        }
        return max;
    }

    /** The message both the command line and serve give for a query deeper than {@link #MAX}. */
    public static String message(int depth) {
        assert depth > MAX;
        return "the query is nested too deeply for the SPARQL engine (more than " + MAX + " levels: a long chain of "
                + "UNION, OPTIONAL or ||, or deep parentheses): split it";
    }
}
