package org.docs2kg.rdf;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.docs2kg.vocab.Namespaces;

/** Node constants of the reused vocabularies, and literal helpers that keep text valid. */
public final class Terms {
    static {
        // Jena's vocabulary classes are only safe to touch once Jena has initialised itself; a
        // library caller may reach this class first (the CLI never does).
        org.apache.jena.sys.JenaSystem.init();
    }

    public static final Node TYPE = RDF.type.asNode();
    public static final Node LABEL = RDFS.label.asNode();
    public static final Node COMMENT = RDFS.comment.asNode();
    public static final Node TITLE = DCTerms.title.asNode();
    public static final Node SOURCE = DCTerms.source.asNode();
    public static final Node DESCRIPTION = DCTerms.description.asNode();
    public static final Node IS_PART_OF = DCTerms.isPartOf.asNode();
    public static final Node IDENTIFIER = DCTerms.identifier.asNode();
    public static final Node SUBJECT = DCTerms.subject.asNode();
    public static final Node PREF_LABEL = SKOS.prefLabel.asNode();
    public static final Node ALT_LABEL = SKOS.altLabel.asNode();
    public static final Node NOTATION = SKOS.notation.asNode();
    public static final Node BROADER = SKOS.broader.asNode();
    public static final Node NARROWER = SKOS.narrower.asNode();
    public static final Node IN_SCHEME = SKOS.inScheme.asNode();
    public static final Node TOP_CONCEPT_OF = SKOS.topConceptOf.asNode();
    public static final Node HAS_TOP_CONCEPT = SKOS.hasTopConcept.asNode();
    public static final Node CONCEPT = SKOS.Concept.asNode();
    public static final Node CONCEPT_SCHEME = SKOS.ConceptScheme.asNode();
    public static final Node PROV_ENTITY = NodeFactory.createURI(Namespaces.PROV + "Entity");
    public static final Node WAS_DERIVED_FROM = NodeFactory.createURI(Namespaces.PROV + "wasDerivedFrom");
    public static final Node WAS_GENERATED_BY = NodeFactory.createURI(Namespaces.PROV + "wasGeneratedBy");
    public static final Node USED = NodeFactory.createURI(Namespaces.PROV + "used");

    private Terms() {
    }

    /** A plain string literal; characters RDF cannot carry (controls, lone surrogates, U+FFFE/F) are dropped. */
    public static Node text(String s) {
        return NodeFactory.createLiteralString(clean(s));
    }

    /** Line numbers and counts are small: their literals are made once (nodes are immutable). */
    private static final Node[] SMALL_INTEGERS = java.util.stream.IntStream.range(0, 4096)
            .mapToObj(n -> NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger))
            .toArray(Node[]::new);

    public static Node integer(int n) {
        return n >= 0 && n < SMALL_INTEGERS.length ? SMALL_INTEGERS[n]
                : NodeFactory.createLiteralDT(Integer.toString(n), XSDDatatype.XSDinteger);
    }

    static Node bool(boolean b) {
        return NodeFactory.createLiteralDT(Boolean.toString(b), XSDDatatype.XSDboolean);
    }

    static String clean(String s) {
        if (isPrintableAscii(s)) {
            return s; // most literals: nothing to drop, no per-character case analysis
        }
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(s.charAt(i + 1));
                }
                i++;
                continue;
            }
            bad = Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r');
            if (bad && sb == null) {
                sb = new StringBuilder(s.substring(0, i));
            }
            if (!bad && sb != null) {
                sb.append(c);
            }
        }
        return sb == null ? s : sb.toString();
    }

    private static boolean isPrintableAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < ' ' || c >= '\u007f') {
                return false;
            }
        }
        return true;
    }
}
