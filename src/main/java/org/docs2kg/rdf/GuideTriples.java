package org.docs2kg.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.irix.IRIs;
import org.docs2kg.model.Extraction;
import org.docs2kg.model.Guide;
import org.docs2kg.model.Heading;
import org.docs2kg.model.Link;
import org.docs2kg.model.Page;
import org.docs2kg.model.Party;
import org.docs2kg.model.Scope;
import org.docs2kg.extract.StatementTemplate;
import org.docs2kg.model.Statement;
import org.docs2kg.model.Topic;
import org.docs2kg.model.TocEntry;
import org.docs2kg.vocab.DK;
import org.docs2kg.vocab.Iris;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Turns one guide and what was extracted from it into triples (see docs/model.md for the shape).
 * References to shared resources go through {@link SharedEntities}. One instance serves one export
 * at a time (it remembers which links it has checked).
 */
public final class GuideTriples {
    private final Iris iris;
    /**
     * External links already checked: the corpus links to the same pages again and again (28,000
     * links, 14,000 distinct) and a full IRI check is the costliest step of building a guide's
     * triples. Bounded, so that it cannot grow with the input; not shared between threads.
     */
    private final java.util.Map<String, java.util.Optional<Node>> checkedLinks = new java.util.HashMap<>();
    private static final int CHECKED_LINKS_MAX = 50_000;

    public GuideTriples(Iris iris) {
        this.iris = iris;
    }

    public List<Triple> of(Guide guide, Extraction x, SharedEntities shared) {
        List<Triple> t = new ArrayList<>();
        String g = guide.id();
        Node guideNode = iris.guide(g);
        // Each page's IRI is minted once: links, sections and statements refer to pages again and again.
        Map<String, Node> pageNodes = new HashMap<>();
        java.util.function.Function<String, Node> pageNode = file -> pageNodes.computeIfAbsent(file,
                f -> iris.page(g, f));
        add(t, guideNode, Terms.TYPE, DK.Guide);
        add(t, guideNode, Terms.TITLE, Terms.text(guide.title()));
        add(t, guideNode, Terms.IDENTIFIER, Terms.text(g));
        add(t, guideNode, Terms.SOURCE, Terms.text(guide.sourcePath()));
        Node service = shared.documentedService(x.service());
        add(t, guideNode, DK.documents, service);

        Map<String, TocEntry> tocByTarget = new HashMap<>();
        guide.toc().ifPresent(toc -> toc.entries().forEach(e -> tocByTarget.putIfAbsent(e.target(), e)));
        for (Page page : guide.pages()) {
            pageTriples(t, pageNode, guideNode, page, tocByTarget.get(page.fileName()), guide);
        }

        x.securityRoot().ifPresent(root -> {
            add(t, guideNode, DK.securityChapter, pageNode.apply(root));
            overview(guide, root).ifPresent(text -> add(t, pageNode.apply(root), Terms.DESCRIPTION, Terms.text(text)));
        });
        guide.origin().ifPresent(o -> {
            add(t, guideNode, DK.sourceRepository, Terms.text(o.repository()));
            add(t, guideNode, DK.sourceCommit, Terms.text(o.commit()));
            add(t, guideNode, DK.sourceFolder, Terms.text(o.folder()));
        });
        for (Topic topic : x.topics()) {
            Node p = pageNode.apply(topic.fileName());
            add(t, p, Terms.TYPE, DK.SecurityTopic);
            add(t, p, DK.securityTopicOf, guideNode);
            add(t, p, Terms.SUBJECT, topic.concept().iri());
            if (!topic.present()) {
                // Linked from the chapter but absent from the input: known by its link only.
                add(t, p, Terms.TITLE, Terms.text(topic.title()));
                add(t, p, DK.fileName, Terms.text(topic.fileName()));
                add(t, p, Terms.IS_PART_OF, guideNode);
                if (topic.parent() != null) {
                    add(t, p, DK.parentPage, pageNode.apply(topic.parent()));
                }
            }
        }
        Map<String, Integer> perLine = new HashMap<>();
        Map<Statement, Node> statementNodes = new IdentityHashMap<>();
        StatementTemplate templates = StatementTemplate.forService(x.service());
        for (Statement s : x.statements()) {
            int ordinal = perLine.merge(s.fileName() + "#" + s.line(), 1, Integer::sum);
            Node page = pageNode.apply(s.fileName());
            Node st = iris.statement(page, s.line(), ordinal);
            statementNodes.put(s, st);
            add(t, st, Terms.TYPE, DK.Statement);
            add(t, st, DK.text, Terms.text(s.text()));
            add(t, st, DK.line, Terms.integer(s.line()));
            add(t, st, DK.party, partyNode(s.party()));
            add(t, st, DK.modality, modalityNode(s.modality()));
            String templateText = templates.of(s.text());
            Node template = iris.template(templateText);
            add(t, st, DK.template, template);
            add(t, template, Terms.TYPE, DK.StatementTemplate);
            add(t, template, DK.templateText, Terms.text(templateText));
            // A lead-in always comes before its items, so its node is known here.
            s.leadIn().map(statementNodes::get).ifPresent(lead -> add(t, st, DK.itemOf, lead));
            add(t, st, Terms.WAS_DERIVED_FROM, page);
            add(t, st, DK.topic, page);
            x.topic(s.fileName()).ifPresent(tp -> add(t, st, Terms.SUBJECT, tp.concept().iri()));
            s.measures().forEach(m -> add(t, st, DK.measure, m.iri()));
            if (!s.measures().isEmpty()) {
                add(t, st, DK.primaryMeasure, s.measures().get(0).iri());
            }
            s.scope().ifPresent(sc -> add(t, st, DK.scope,
                    sc == Scope.SECURITY_OF_THE_CLOUD ? DK.SecurityOfTheCloud : DK.SecurityInTheCloud));
        }
        SortedSet<String> allMentioned = new TreeSet<>();
        x.compliancePrograms().forEach((file, programs) -> programs.forEach(
                name -> add(t, pageNode.apply(file), DK.namesComplianceProgram, shared.complianceProgram(name))));
        x.mentionedServices().forEach((file, names) -> names.forEach(name -> {
            add(t, pageNode.apply(file), DK.mentionsService, shared.mentionedService(name));
            allMentioned.add(name);
        }));
        for (String name : allMentioned) {
            Node other = shared.mentionedService(name);
            if (!other.equals(service)) {
                add(t, service, DK.mentionsService, other);
            }
        }
        return t;
    }

    /** Longer overviews are cut at a word: the description says what the chapter is about, not all of it. */
    static final int OVERVIEW_MAX = 1_000;

    /**
     * The chapter's overview: the first paragraph of its root page that is not a heading's only
     * line ("**Topics**"), whitespace collapsed. The OSCAL view describes each service with it.
     */
    static java.util.Optional<String> overview(Guide guide, String rootFile) {
        for (Page page : guide.pages()) {
            if (!page.fileName().equals(rootFile)) {
                continue;
            }
            for (var block : page.blocks()) {
                String text = block.text().replaceAll("\\s+", " ").strip();
                if (block.kind() == org.docs2kg.model.TextBlock.Kind.PARAGRAPH && text.length() > 20
                        && text.indexOf(' ') > 0) {
                    if (text.length() > OVERVIEW_MAX) {
                        int cut = text.lastIndexOf(' ', OVERVIEW_MAX);
                        text = text.substring(0, cut > 0 ? cut : OVERVIEW_MAX) + " …";
                    }
                    return java.util.Optional.of(text);
                }
            }
        }
        return java.util.Optional.empty();
    }

    private void pageTriples(List<Triple> t, java.util.function.Function<String, Node> pageNode, Node guideNode,
                             Page page, TocEntry toc, Guide guide) {
        Node p = pageNode.apply(page.fileName());
        add(t, p, Terms.TYPE, DK.Page);
        add(t, p, Terms.TITLE, Terms.text(page.title()));
        add(t, p, DK.fileName, Terms.text(page.fileName()));
        add(t, p, Terms.SOURCE, Terms.text(page.sourcePath()));
        add(t, p, Terms.IS_PART_OF, guideNode);
        if (!page.anchor().isEmpty()) {
            add(t, p, DK.anchor, Terms.text(page.anchor()));
        }
        if (toc != null) {
            add(t, p, DK.tocOrder, Terms.integer(toc.order()));
            add(t, p, DK.tocDepth, Terms.integer(toc.depth()));
            if (toc.parentTarget() != null && guide.page(toc.parentTarget()).isPresent()) {
                add(t, p, DK.parentPage, pageNode.apply(toc.parentTarget()));
            }
        }
        List<Heading> headings = page.headings();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            Node s = iris.section(p, i + 1);
            add(t, s, Terms.TYPE, DK.Section);
            add(t, s, Terms.TITLE, Terms.text(h.text()));
            add(t, s, DK.headingLevel, Terms.integer(h.level()));
            add(t, s, DK.line, Terms.integer(h.line()));
            add(t, s, Terms.IS_PART_OF, p);
            if (!h.anchor().isEmpty()) {
                add(t, s, DK.anchor, Terms.text(h.anchor()));
            }
        }
        for (Link link : page.links()) {
            if (link.isExternal()) {
                checkedExternalIri(link.destination()).ifPresent(iri -> add(t, p, DK.externalLink, iri));
            } else {
                String target = link.targetFile();
                if (!target.isEmpty() && !target.equals(page.fileName()) && guide.page(target).isPresent()) {
                    add(t, p, DK.linksTo, pageNode.apply(target));
                }
            }
        }
    }

    private java.util.Optional<Node> checkedExternalIri(String url) {
        if (checkedLinks.size() >= CHECKED_LINKS_MAX) {
            checkedLinks.clear();
        }
        return checkedLinks.computeIfAbsent(url, GuideTriples::externalIri);
    }

    /** Web links only, and only when they are valid IRIs: a broken or file: URL is left out. */
    private static java.util.Optional<Node> externalIri(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return java.util.Optional.empty();
        }
        try {
            return IRIs.check(url) ? java.util.Optional.of(NodeFactory.createURI(url)) : java.util.Optional.empty();
        } catch (RuntimeException e) {
            return java.util.Optional.empty();
        }
    }

    static Node partyNode(Party party) {
        return switch (party) {
            case AWS -> DK.AWS;
            case CUSTOMER -> DK.Customer;
            case SHARED -> DK.Shared;
        };
    }

    static Node modalityNode(org.docs2kg.model.Modality modality) {
        return switch (modality) {
            case RESPONSIBILITY -> DK.responsibility;
            case RECOMMENDATION -> DK.recommendation;
            case OBLIGATION -> DK.obligation;
            case PROVISION -> DK.provision;
        };
    }

    private static void add(List<Triple> t, Node s, Node p, Node o) {
        t.add(Triple.create(s, p, o));
    }
}
