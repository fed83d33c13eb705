package org.docs2kg.extract;

import org.docs2kg.analysis.SentenceAnalyzer;
import org.docs2kg.model.Extraction;
import org.docs2kg.model.Guide;
import org.docs2kg.model.Modality;
import org.docs2kg.model.Page;
import org.docs2kg.model.Party;
import org.docs2kg.model.Service;
import org.docs2kg.model.Statement;
import org.docs2kg.model.TextBlock;
import org.docs2kg.model.Topic;
import org.docs2kg.vocab.Taxonomy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The extraction pipeline for one guide: service, security chapter, topic classification,
 * statements, compliance programs and service mentions. Stateless and thread-safe.
 */
public final class Extractor {
    private final ServiceNamer serviceNamer;
    private final SecurityChapterFinder chapterFinder = new SecurityChapterFinder();
    private final MentionFinder mentionFinder;
    /** One analyser for the run: a sentence two recognisers or many guides ask about is analysed once. */
    private final SentenceAnalyzer analyzer = SentenceAnalyzer.english();
    /** The measure rules, whose results the run's guides share (by their text with each guide's names masked). */
    private final MeasureClassifier measures = new MeasureClassifier();
    private final boolean parallel;

    /** An extractor that reads a guide's chapter pages one after another. */
    public Extractor() {
        this(false);
    }

    /**
     * @param parallel read the chapter pages on all cores (the result is the same either way: pages
     *                 are independent once the service is named, and their results are merged in order)
     */
    public Extractor(boolean parallel) {
        ServiceCatalog catalog = ServiceCatalog.defaults();
        this.serviceNamer = new ServiceNamer(catalog);
        this.mentionFinder = new MentionFinder(catalog);
        this.parallel = parallel;
    }

    /** The recognisers of one guide, in the precedence of labels-v3 SPEC §4, and the measure rules. */
    record Recognizers(StatementRecognizer cued, ObligationRecognizer obligations, ProvisionRecognizer provisions,
                       MeasureClassifier measures) {
    }

    /** What one chapter page yields. */
    private record PageYield(String fileName, List<Statement> statements, SortedSet<String> programs,
                             SortedSet<String> services) {
    }

    public Extraction extract(Guide guide) {
        List<SecurityChapterFinder.ChapterPage> chapter = chapterFinder.find(guide);
        Optional<String> chapterTitle = chapter.isEmpty() ? Optional.empty()
                : Optional.of(guide.page(chapter.get(0).fileName()).map(Page::title).orElse(chapter.get(0).title()));
        Service service = serviceNamer.name(guide, chapterTitle);

        List<String> names = new ArrayList<>(service.altLabels());
        names.add(service.name());
        TopicClassifier classifier = new TopicClassifier(names);
        List<Topic> topics = new ArrayList<>();
        Map<String, Taxonomy> conceptOf = new HashMap<>();
        Map<String, List<String>> nestedTitles = nestedTitles(guide, chapter);
        for (SecurityChapterFinder.ChapterPage cp : chapter) {
            Optional<Page> page = guide.page(cp.fileName());
            String title = titleOf(guide, cp);
            Optional<Taxonomy> parent = Optional.ofNullable(cp.parent()).map(conceptOf::get);
            Taxonomy concept = classifier.classify(title, page, parent, cp.parent() == null,
                    nestedTitles.getOrDefault(cp.fileName(), List.of()));
            conceptOf.put(cp.fileName(), concept);
            topics.add(new Topic(cp.fileName(), title, concept, page.isPresent(), cp.parent()));
        }

        MeasureClassifier guideMeasures = measures.forService(service.namesLongestFirst());
        Recognizers recognizers = new Recognizers(new StatementRecognizer(service),
                new ObligationRecognizer(service, analyzer), new ProvisionRecognizer(service, analyzer, guideMeasures),
                guideMeasures);
        List<Page> pages = topics.stream().map(t -> guide.page(t.fileName())).flatMap(Optional::stream).toList();
        var stream = parallel ? pages.parallelStream() : pages.stream();
        List<PageYield> yields = stream.map(page -> new PageYield(page.fileName(),
                statementsOf(page, recognizers), mentionFinder.compliancePrograms(page),
                mentionFinder.services(page, service.name()))).toList();
        List<Statement> statements = new ArrayList<>();
        SortedMap<String, SortedSet<String>> programs = new TreeMap<>();
        SortedMap<String, SortedSet<String>> services = new TreeMap<>();
        for (PageYield y : yields) {
            statements.addAll(y.statements());
            if (!y.programs().isEmpty()) {
                programs.put(y.fileName(), y.programs());
            }
            if (!y.services().isEmpty()) {
                services.put(y.fileName(), y.services());
            }
        }
        return new Extraction(service, chapter.isEmpty() ? Optional.empty() : Optional.of(chapter.get(0).fileName()),
                topics, statements, programs, services);
    }

    private static String titleOf(Guide guide, SecurityChapterFinder.ChapterPage cp) {
        return guide.page(cp.fileName()).map(Page::title).orElse(cp.title());
    }

    /** For every chapter page, the titles of the pages nested under it at any depth, in reading order. */
    private static Map<String, List<String>> nestedTitles(Guide guide, List<SecurityChapterFinder.ChapterPage> chapter) {
        Map<String, String> parentOf = new HashMap<>();
        chapter.forEach(cp -> parentOf.put(cp.fileName(), cp.parent()));
        Map<String, List<String>> result = new HashMap<>();
        for (SecurityChapterFinder.ChapterPage cp : chapter) {
            // Walk up the parents; a chapter is a tree, the seen-set only guards against a bad cycle.
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (String up = cp.parent(); up != null && seen.add(up); up = parentOf.get(up)) {
                result.computeIfAbsent(up, k -> new ArrayList<>()).add(titleOf(guide, cp));
            }
        }
        return result;
    }

    /**
     * The statements of one page, in reading order: each sentence takes the first modality that
     * applies (a responsibility or recommendation cue, an obligation, a provision: labels-v3 SPEC §4),
     * and the first sentence of each item of a bullet list whose lead-in is a statement carries the
     * lead-in's party and modality (SPEC v2 §1) unless it has a cue of its own (a provision is none).
     */
    static List<Statement> statementsOf(Page page, Recognizers recognizers) {
        List<Statement> result = new ArrayList<>();
        Map<Integer, Statement> leadIns = new HashMap<>();
        for (TextBlock block : page.blocks()) {
            List<SentenceSplitter.Sentence> sentences = SentenceSplitter.split(block.text());
            List<String> texts = sentences.stream().map(SentenceSplitter.Sentence::text).toList();
            Statement last = null;
            for (int i = 0; i < sentences.size(); i++) {
                SentenceSplitter.Sentence s = sentences.get(i);
                Optional<Statement> own = recognise(page, block, s, texts.subList(0, i), recognizers);
                // An item's own provision is no cue (SPEC v2 §1): it takes its lead-in's party and modality.
                boolean ownCue = own.isPresent() && own.get().modality() != Modality.PROVISION;
                if (!ownCue && i == 0 && leadIns.containsKey(block.itemOfList())) {
                    Statement lead = leadIns.get(block.itemOfList());
                    own = Optional.of(new Statement(page.fileName(), block.lineAt(s.start()), s.text(), lead.party(),
                            lead.modality(), Optional.empty(), Optional.of(lead), measuresOfItem(s.text(), lead,
                            recognizers.measures())));
                }
                own.ifPresent(result::add);
                last = i == sentences.size() - 1 ? own.filter(st -> st.leadIn().isEmpty()).orElse(null) : null;
            }
            if (last != null && block.leadsIntoList() != TextBlock.NO_LIST && last.text().endsWith(":")) {
                leadIns.put(block.leadsIntoList(), last);
            }
        }
        return result;
    }

    /** {@code before}: the sentences before {@code s} in its block (what "it" may refer to). */
    private static Optional<Statement> recognise(Page page, TextBlock block, SentenceSplitter.Sentence s,
                                                 List<String> before, Recognizers r) {
        int line = block.lineAt(s.start());
        String text = s.text();
        Optional<StatementRecognizer.Recognition> cued = r.cued().recognise(text);
        if (cued.isPresent()) {
            return Optional.of(new Statement(page.fileName(), line, text, cued.get().party(), cued.get().modality(),
                    cued.get().scope(), Optional.empty(), r.measures().classify(text)));
        }
        // Numbered steps are a procedure and table cells are reference data: neither states a
        // requirement or a measure (SPEC v2 §2, v3 §4).
        boolean prose = block.kind() == TextBlock.Kind.PARAGRAPH || block.kind() == TextBlock.Kind.LIST_ITEM;
        if (!prose) {
            return Optional.empty();
        }
        Modality modality = r.obligations().isObligation(text) ? Modality.OBLIGATION
                : r.provisions().isProvision(text, before) ? Modality.PROVISION : null;
        if (modality == null) {
            return Optional.empty();
        }
        Party party = modality == Modality.OBLIGATION ? Party.CUSTOMER : Party.AWS;
        return Optional.of(new Statement(page.fileName(), line, text, party, modality,
                StatementRecognizer.scopeOf(text), Optional.empty(), r.measures().classify(text)));
    }

    /**
     * An item's measures: its own words, else its lead-in's ("aws:SourceVpc" under "a policy must
     * grant access only to …" is about what the lead-in is about).
     */
    private static List<org.docs2kg.vocab.Measure> measuresOfItem(String text, Statement lead, MeasureClassifier measures) {
        List<org.docs2kg.vocab.Measure> own = measures.classify(text);
        return own.isEmpty() ? lead.measures() : own;
    }
}
