package org.docs2kg.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.docs2kg.extract.Extractor;
import org.docs2kg.markdown.PageParser;
import org.docs2kg.markdown.TocParser;
import org.docs2kg.markdown.internal.DeepStack;
import org.docs2kg.model.Guide;
import org.docs2kg.model.Page;
import org.docs2kg.rdf.DeterministicWriter;
import org.docs2kg.rdf.GuideTriples;
import org.docs2kg.rdf.OutputFormat;
import org.docs2kg.rdf.SharedEntities;
import org.docs2kg.vocab.Iris;
import org.docs2kg.vocab.Namespaces;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Optional;

/**
 * Markdown → graph must either give Turtle that parses back, or skip the page cleanly (nesting
 * too deep). Any other exception is a bug. Seeds and crashers found are kept in
 * src/test/resources/org/docs2kg/fuzz/MarkdownFuzzTestInputs/.
 */
class MarkdownFuzzTest {
    private static final Extractor EXTRACTOR = new Extractor();
    private static final Iris IRIS = Iris.defaults();

    @FuzzTest(maxDuration = FuzzBudget.DURATION)
    void markdownExportsToTurtleThatParsesBack(FuzzedDataProvider data) {
        String name = data.consumeString(40) + ".md";
        String index = data.consumeString(400);
        String markdown = data.consumeRemainingAsString();
        Page page;
        Optional<org.docs2kg.model.Toc> toc;
        try {
            page = PageParser.parse(markdown, name, name);
            toc = Optional.of(TocParser.parse(index));
        } catch (DeepStack.TooDeepException e) {
            return; // a clean skip with a warning in the product
        }
        // Made on demand, and only for chapter pages in the product: every input must reach it here.
        page.blocks();
        Guide guide = new Guide("fuzz " + name, name, toc, List.of(page));
        SharedEntities shared = new SharedEntities(IRIS);
        var triples = new GuideTriples(IRIS).of(guide, EXTRACTOR.extract(guide), shared);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (DeterministicWriter w = new DeterministicWriter(out, OutputFormat.TURTLE, Namespaces.standard())) {
            w.write(IRIS.guide(guide.id()), triples);
            w.write(null, shared.entityTriples());
        }
        Graph back = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(out.toByteArray())).lang(Lang.TURTLE).parse(back);
    }
}
