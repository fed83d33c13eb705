package org.docs2kg.analysis;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Tokens, parts of speech and lemmas of one sentence, from Apache OpenNLP's English models
 * (Universal Dependencies EWT), then its shallow clause structure ({@link Clause}). The models are
 * read once per JVM, on first use, and shared; the tagger objects themselves are not thread-safe,
 * so each thread has its own. Only candidate sentences of chapter pages are analysed: a recogniser
 * asks for an analysis after its cheap word test passed.
 */
public final class SentenceAnalyzer {
    private static final String TOKENS = "/opennlp-en-ud-ewt-tokens-1.1-2.4.0.bin";
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.2-2.5.0.bin";

    /** The models, read when the first sentence is analysed (a run without candidates never reads them). */
    private static final class Models {
        static final TokenizerModel TOKENIZER = read(TOKENS, TokenizerModel::new);
        static final POSModel TAGGER = read(POS, POSModel::new);
        static final LemmatizerModel LEMMATIZER = read(LEMMAS, LemmatizerModel::new);
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M read(String resource, ModelReader<M> reader) {
        try (InputStream in = SentenceAnalyzer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing from the class path: OpenNLP model " + resource);
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }

    private record Tools(TokenizerME tokenizer, POSTaggerME tagger, LemmatizerME lemmatizer) {
    }

    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(() -> new Tools(
            new TokenizerME(Models.TOKENIZER), new POSTaggerME(Models.TAGGER), new LemmatizerME(Models.LEMMATIZER)));

    private static final SentenceAnalyzer INSTANCE = new SentenceAnalyzer();

    private SentenceAnalyzer() {
    }

    /** The analyser; stateless apart from the models it reads once. */
    public static SentenceAnalyzer english() {
        return INSTANCE;
    }

    /** The tokens of {@code sentence} with their tags and lemmas. */
    public List<Token> tokens(String sentence) {
        Tools tools = TOOLS.get();
        Span[] spans = joinHyphenated(tools.tokenizer().tokenizePos(sentence), sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        if (words.length == 0) {
            return List.of();
        }
        String[] tags = tools.tagger().tag(words);
        String[] lemmas = tools.lemmatizer().lemmatize(words, tags);
        List<Token> result = new ArrayList<>(words.length + 4);
        for (int i = 0; i < words.length; i++) {
            String tag = corrected(words, tags, i);
            String lemma = lemmas[i].toLowerCase(Locale.ROOT);
            int cut = contractionCut(words[i], tag, lemma);
            if (cut > 0) {
                // A contraction the model tags as two words ("It's": PRON+AUX, it+be): two tokens.
                String[] t = tag.split("\\+", 2);
                String[] l = lemma.split("\\+", 2);
                result.add(new Token(words[i].substring(0, cut), t[0], l[0], spans[i].getStart()));
                result.add(new Token(words[i].substring(cut), t[1], l[1], spans[i].getStart() + cut));
            } else {
                result.add(new Token(words[i], tag, lemma, spans[i].getStart()));
            }
        }
        return List.copyOf(result);
    }

    /**
     * Where a two-word token splits ("It's" → It|'s, "doesn't" → does|n't, "cannot" → can|not), or 0
     * when it is one word.
     */
    private static int contractionCut(String word, String tag, String lemma) {
        if (tag.indexOf('+') < 0 || lemma.indexOf('+') < 0 || tag.split("\\+").length != 2) {
            return 0;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        int n = lower.lastIndexOf("n't");
        if (n < 0) {
            n = lower.lastIndexOf("n’t");
        }
        if (n > 0) {
            return n;
        }
        int apostrophe = Math.max(lower.lastIndexOf('\''), lower.lastIndexOf('’'));
        if (apostrophe > 0) {
            return apostrophe;
        }
        return lower.equals("cannot") ? 3 : 0;
    }

    /** "identity-based", "server-side": one word, as a reader takes it (the tokenizer cuts at the hyphen). */
    private static Span[] joinHyphenated(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span s = spans[i];
            while (i + 1 < spans.length && spans[i + 1].getStart() == s.getEnd()) {
                Span next = spans[i + 1];
                boolean hyphen = next.length() == 1 && text.charAt(next.getStart()) == '-';
                if (hyphen && i + 2 < spans.length && spans[i + 2].getStart() == next.getEnd()
                        && Character.isLetterOrDigit(text.charAt(spans[i + 2].getStart()))) {
                    s = new Span(s.getStart(), spans[i + 2].getEnd());
                    i += 2;
                } else if (next.length() > 1 && text.charAt(next.getStart()) == '-'
                        && Character.isLetter(text.charAt(next.getStart() + 1))) {
                    s = new Span(s.getStart(), next.getEnd());
                    i++;
                } else {
                    break;
                }
            }
            out.add(s);
        }
        return out.toArray(new Span[0]);
    }

    /** The sentence's tokens and its main clause. */
    public Analysis analyze(String sentence) {
        List<Token> tokens = tokens(sentence);
        return new Analysis(sentence, tokens, Clause.of(tokens));
    }

    /**
     * Corrections for what the statistical tagger gets wrong on documentation prose, each a
     * grammatical rule rather than a word: a modal is always an auxiliary, and "to" before a
     * base-form verb is the infinitive marker.
     */
    private static String corrected(String[] words, String[] tags, int i) {
        String w = words[i].toLowerCase(Locale.ROOT);
        return switch (w) {
            case "must", "can", "cannot", "should", "may", "might", "could", "would", "will", "shall" ->
                    tags[i].startsWith("AUX") ? tags[i] : "AUX";
            default -> tags[i];
        };
    }
}
