package org.docs2kg.extract;

import org.docs2kg.model.Extraction;
import org.docs2kg.model.Guide;
import org.docs2kg.model.Page;
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

    public Extractor() {
        ServiceCatalog catalog = ServiceCatalog.defaults();
        this.serviceNamer = new ServiceNamer(catalog);
        this.mentionFinder = new MentionFinder(catalog);
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
        for (SecurityChapterFinder.ChapterPage cp : chapter) {
            Optional<Page> page = guide.page(cp.fileName());
            String title = page.map(Page::title).orElse(cp.title());
            Optional<Taxonomy> parent = Optional.ofNullable(cp.parent()).map(conceptOf::get);
            Taxonomy concept = classifier.classify(title, page, parent, cp.parent() == null);
            conceptOf.put(cp.fileName(), concept);
            topics.add(new Topic(cp.fileName(), title, concept, page.isPresent(), cp.parent()));
        }

        StatementRecognizer recognizer = new StatementRecognizer(service);
        List<Statement> statements = new ArrayList<>();
        SortedMap<String, SortedSet<String>> programs = new TreeMap<>();
        SortedMap<String, SortedSet<String>> services = new TreeMap<>();
        for (Topic topic : topics) {
            Optional<Page> page = guide.page(topic.fileName());
            if (page.isEmpty()) {
                continue;
            }
            statements.addAll(statementsOf(page.get(), recognizer));
            SortedSet<String> p = mentionFinder.compliancePrograms(page.get());
            if (!p.isEmpty()) {
                programs.put(topic.fileName(), p);
            }
            SortedSet<String> s = mentionFinder.services(page.get(), service.name());
            if (!s.isEmpty()) {
                services.put(topic.fileName(), s);
            }
        }
        return new Extraction(service, chapter.isEmpty() ? Optional.empty() : Optional.of(chapter.get(0).fileName()),
                topics, statements, programs, services);
    }

    static List<Statement> statementsOf(Page page, StatementRecognizer recognizer) {
        List<Statement> result = new ArrayList<>();
        for (TextBlock block : page.blocks()) {
            for (SentenceSplitter.Sentence s : SentenceSplitter.split(block.text())) {
                recognizer.recognise(s.text()).ifPresent(r -> result.add(new Statement(page.fileName(),
                        block.lineAt(s.start()), s.text(), r.party(), r.modality(), r.scope())));
            }
        }
        return result;
    }
}
