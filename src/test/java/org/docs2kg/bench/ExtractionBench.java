package org.docs2kg.bench;

import org.docs2kg.extract.SentenceSplitter;
import org.docs2kg.extract.StatementRecognizer;
import org.docs2kg.extract.TopicClassifier;
import org.docs2kg.model.Service;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

/** JMH micro-benchmarks of the extraction hot spots (run by bench/run.sh, not by the tests). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ExtractionBench {
    private static final String PARAGRAPH = "Widgets are stored in the widget store, e.g. in a bucket. We recommend "
            + "that you use TLS 1.2 or later when you call the API. You are responsible for the content of your "
            + "widgets, i.e. what they hold. Security of the cloud – AWS is responsible for the racks. The U.S. "
            + "East Region keeps copies. Use a key per team, rotate it every year, and review access monthly.";

    private final StatementRecognizer recognizer = new StatementRecognizer(
            new Service("Example Widget Service", new TreeSet<>(List.of("Widget Service"))));
    private final TopicClassifier classifier = new TopicClassifier(List.of("Example Widget Service"));

    @Benchmark
    public int splitSentences() {
        return SentenceSplitter.split(PARAGRAPH).size();
    }

    @Benchmark
    public int recognisePerParagraph() {
        int n = 0;
        for (var s : SentenceSplitter.split(PARAGRAPH)) {
            if (recognizer.recognise(s.text()).isPresent()) {
                n++;
            }
        }
        return n;
    }

    @Benchmark
    public Object classifyTitle() {
        return classifier.classify("Using roles for management of Example Widget Service", Optional.empty(),
                Optional.empty(), false);
    }
}
