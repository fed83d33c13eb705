package org.docs2kg.query;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.irix.IRIException;
import org.apache.jena.irix.IRIx;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Values given to a query's variables ({@code --param maxGuides=5}), checked before they are put
 * in: the name must be one of the query's variables, the value of the kind the query needs (a
 * number where it compares numbers; an IRI that is an IRI), and the value goes into the query's
 * syntax tree as one term, so it can never change the query's structure — files, stores and
 * endpoints (where the query travels as text) get the same query.
 */
public final class QueryParameters {
    /** A parameter that the query cannot take: a usage error for the command line. */
    public static final class InvalidParameter extends IllegalArgumentException {
        public InvalidParameter(String message) {
            super(message);
        }
    }

    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_0-9][A-Za-z_0-9\\u00B7]*)");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_][A-Za-z_0-9]*");

    private QueryParameters() {
    }

    /** The query with each named variable bound to its value. */
    public static Query apply(Query query, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return query;
        }
        String text = query.serialize();
        Set<String> variables = variables(text);
        Map<Var, Node> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> p : parameters.entrySet()) {
            String name = p.getKey();
            if (name.startsWith("?") || name.startsWith("$")) {
                throw new InvalidParameter("--param " + name + ": name the variable without its '" + name.charAt(0)
                        + "' (--param " + name.substring(1) + "=…)");
            }
            if (!NAME.matcher(name).matches()) {
                throw new InvalidParameter("--param '" + name + "=…': '" + name + "' is not a variable name"
                        + known(variables));
            }
            if (!variables.contains(name)) {
                throw new InvalidParameter("--param " + name + ": the query has no variable ?" + name + known(variables));
            }
            Node value = value(name, p.getValue());
            if (comparedAsNumber(text, name) && !(value.isLiteral() && isNumber(value))) {
                throw new InvalidParameter("--param " + name + "=" + p.getValue() + ": the query compares ?" + name
                        + " with numbers; give a number");
            }
            values.put(Var.alloc(name), value);
        }
        try {
            return QueryTransformOps.transform(query, values);
        } catch (RuntimeException e) {
            // Jena refuses to substitute a variable the query itself defines (an aggregate's, a BIND's).
            throw new InvalidParameter("--param " + String.join(", ", parameters.keySet()) + ": "
                    + "a value cannot be given to a variable the query computes itself (" + QueryRunner.firstLine(e.getMessage()) + ")");
        }
    }

    /**
     * The rows of one guide: the query with a trailing {@code VALUES ?guide { "id" }}, which SPARQL
     * joins with the query's solutions after grouping — everything else is still computed over all
     * the data ("specific" keeps counting how many guides share a sentence), and the query stays
     * valid SPARQL text for an endpoint. Empty when the query does not project ?guide or has a
     * VALUES clause of its own.
     */
    public static java.util.Optional<Query> forGuide(Query query, String guideId) {
        Var guide = Var.alloc("guide");
        if (!query.isSelectType() || !query.getProjectVars().contains(guide) || query.hasValues()) {
            return java.util.Optional.empty();
        }
        Query q = query.cloneQuery();
        q.setValuesDataBlock(java.util.List.of(guide), java.util.List.of(
                org.apache.jena.sparql.engine.binding.BindingFactory.binding(guide, NodeFactory.createLiteralString(guideId))));
        return java.util.Optional.of(q);
    }

    /** The variables the query text mentions, sorted. */
    static Set<String> variables(String queryText) {
        Set<String> names = new TreeSet<>();
        Matcher m = VARIABLE.matcher(queryText);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String known(Set<String> variables) {
        return variables.isEmpty() ? " (it has no variables)" : " (its variables: " + String.join(", ", variables) + ")";
    }

    /** "?x < …", "… >= ?x", "… < COALESCE(?x, 3)": the query wants a number there. */
    static boolean comparedAsNumber(String text, String name) {
        String v = "[?$]" + Pattern.quote(name) + "(?![A-Za-z_0-9])";
        return Pattern.compile(v + "\\s*[<>]=?|[<>]=?\\s*(?:COALESCE\\s*\\(\\s*)?" + v, Pattern.CASE_INSENSITIVE)
                .matcher(text).find();
    }

    /** An integer or decimal becomes a number, {@code <iri>} an IRI (which must be one), anything else a string. */
    static Node value(String name, String value) {
        if (value.matches("[+-]?\\d+")) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDinteger);
        }
        if (value.matches("[+-]?\\d*\\.\\d+")) {
            return NodeFactory.createLiteralDT(value, XSDDatatype.XSDdecimal);
        }
        if (value.startsWith("<")) {
            if (!value.endsWith(">") || value.length() < 3) {
                throw new InvalidParameter("--param " + name + "=" + value + ": an IRI is written <…>");
            }
            String iri = value.substring(1, value.length() - 1);
            try {
                IRIx x = IRIx.create(iri);
                if (x.scheme() == null || iri.chars().anyMatch(c -> c <= ' ' || "<>\"{}|\\^`".indexOf(c) >= 0)) {
                    throw new IRIException("not an absolute IRI");
                }
            } catch (IRIException e) {
                throw new InvalidParameter("--param " + name + "=" + value + ": not a valid absolute IRI ("
                        + QueryRunner.firstLine(e.getMessage()) + ")");
            }
            return NodeFactory.createURI(iri);
        }
        return NodeFactory.createLiteralString(value);
    }

    private static boolean isNumber(Node literal) {
        String dt = literal.getLiteralDatatypeURI();
        return XSDDatatype.XSDinteger.getURI().equals(dt) || XSDDatatype.XSDdecimal.getURI().equals(dt);
    }
}
