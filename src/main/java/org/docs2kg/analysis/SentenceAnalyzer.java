package org.docs2kg.analysis;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.util.Span;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Tokens, parts of speech and lemmas of one sentence — words cut by rule ({@link WordTokenizer}),
 * tags and the main verb's lemma from Apache OpenNLP's English models (Universal Dependencies
 * EWT) — then its shallow clause structure ({@link Clause}). The models are
 * read once per JVM, on first use, and shared; the tagger objects themselves are not thread-safe,
 * so each thread has its own. Only candidate sentences of chapter pages are analysed: a recogniser
 * asks for an analysis after its cheap word test passed.
 */
public final class SentenceAnalyzer {
    private static final String POS = "/opennlp-en-ud-ewt-pos-1.2-2.5.0.bin";
    private static final String LEMMAS = "/opennlp-en-ud-ewt-lemmas-1.2-2.5.0.bin";

    /** The two models; immutable and shared by every thread. */
    private record Models(POSModel tagger, LemmatizerModel lemmatizer) {
    }

    private static volatile Models models;

    /**
     * The models, read when the first sentence is analysed (a run without candidates never reads
     * them). Not a class initialiser: a failure there (out of memory with a small heap) would leave
     * the class unusable and surface as a {@code NoClassDefFoundError} in another thread, where the
     * command's one-line error for running out of memory needs the error itself.
     */
    private static Models models() {
        Models m = models;
        if (m == null) {
            synchronized (SentenceAnalyzer.class) {
                m = models;
                if (m == null) {
                    m = new Models(greedy(read(POS, POSModel::new)), read(LEMMAS, LemmatizerModel::new));
                    models = m;
                }
            }
        }
        return m;
    }

    /**
     * Reads the models now, if they are not read yet, so that a thread with nothing else to do can
     * read them before the first sentence needs them. What fails here fails again, and is reported,
     * where a sentence asks for them.
     */
    public static void readModels() {
        models();
    }

    /**
     * The tagger's model with a beam of one: the most likely tag of each word in turn instead of the
     * three best sequences. Measured on 405 chapter sentences (7,371 tokens): the same tag for every
     * token, in half the time.
     */
    private static POSModel greedy(POSModel model) {
        Object maxent = model.getArtifact("pos.model");
        if (!(maxent instanceof opennlp.tools.ml.model.MaxentModel m)) {
            return model; // another kind of model: keep its own search
        }
        return new POSModel("en", m, 1, new java.util.HashMap<>(), model.getFactory());
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

    private record Tools(POSTaggerME tagger, LemmatizerME lemmatizer) {
    }

    /** Each thread's tagger and lemmatizer, made once the models are read (no OpenNLP class is touched before). */
    private static final ThreadLocal<Tools> TOOLS = ThreadLocal.withInitial(() -> {
        Models m = models();
        return new Tools(new POSTaggerME(m.tagger()), new LemmatizerME(m.lemmatizer()));
    });

    /** Analyses kept per analyser: boilerplate sentences recur in every guide of a run. */
    private static final int CACHE_LIMIT = 1_500;

    private final java.util.concurrent.ConcurrentHashMap<String, Analysis> cache = new java.util.concurrent.ConcurrentHashMap<>();
    /** Verb lemmas by tag and form: the same few hundred verbs recur, and the model is the costly part. */
    private final java.util.concurrent.ConcurrentHashMap<String, String> lemmas = new java.util.concurrent.ConcurrentHashMap<>();

    private SentenceAnalyzer() {
    }

    /**
     * A new analyser with an empty cache of analyses (the models are shared and read once). An
     * analysis depends on the sentence alone, so the cache changes no result; one analyser serves a
     * run, so that a sentence several recognisers or guides ask about is analysed once.
     */
    public static SentenceAnalyzer english() {
        return new SentenceAnalyzer();
    }

    /** The tokens of {@code sentence} with their tags; lemmas are their lower-cased forms (see {@link #analyze}). */
    public List<Token> tokens(String sentence) {
        Tools tools = TOOLS.get();
        Span[] spans = joinHyphenated(WordTokenizer.tokenize(sentence), sentence);
        String[] words = Span.spansToStrings(spans, sentence);
        if (words.length == 0) {
            return List.of();
        }
        String[] tags = tools.tagger().tag(words);
        for (int i = 0; i < words.length; i++) {
            tags[i] = corrected(words, tags, i);
        }
        List<Token> result = new ArrayList<>(words.length + 4);
        for (int i = 0; i < words.length; i++) {
            String tag = tags[i];
            int cut = contractionCut(words[i], tag);
            if (cut > 0) {
                // A contraction the model tags as two words ("It's": PRON+AUX): two tokens.
                String[] t = tag.split("\\+", 2);
                String first = words[i].substring(0, cut);
                String second = words[i].substring(cut);
                result.add(new Token(first, t[0], first.toLowerCase(Locale.ROOT), spans[i].getStart()));
                result.add(new Token(second, t[1], second.toLowerCase(Locale.ROOT), spans[i].getStart() + cut));
            } else {
                result.add(new Token(words[i], tag, words[i].toLowerCase(Locale.ROOT), spans[i].getStart()));
            }
        }
        return List.copyOf(result);
    }

    /**
     * A token's lemma as a verb, by the lemmatizer: the costly model (1.6 ms for a whole sentence
     * here, 55 µs for one token), asked only for the main verb and only when a rule reads it. A verb
     * the tagger took for a noun or a foreign word ("expose/X") is lemmatized as a verb.
     */
    private String verbLemma(Token verb) {
        String tag = verb.is("NOUN") || verb.is("X") ? "VERB" : verb.tag();
        String key = tag + '\t' + verb.text();
        String known = lemmas.get(key);
        if (known != null) {
            return known;
        }
        String lemma = TOOLS.get().lemmatizer().lemmatize(new String[] {verb.text()}, new String[] {tag})[0]
                .toLowerCase(Locale.ROOT);
        // "o" and "_": the model's answers when it has none
        String result = lemma.isEmpty() || lemma.equals("o") || lemma.equals("_") ? verb.lower() : lemma;
        if (lemmas.size() >= CACHE_LIMIT) {
            lemmas.clear(); // bounded memory; a cleared cache only costs time
        }
        lemmas.put(key, result);
        return result;
    }

    /**
     * Where a two-word token splits ("It's" → It|'s, "doesn't" → does|n't, "cannot" → can|not), or 0
     * when it is one word.
     */
    private static int contractionCut(String word, String tag) {
        if (tag.indexOf('+') < 0 || tag.split("\\+").length != 2) {
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

    /** The sentence's tokens and its main clause. Thread-safe. */
    public Analysis analyze(String sentence) {
        Analysis known = cache.get(sentence);
        if (known != null) {
            return known;
        }
        List<Token> tokens = tokens(sentence);
        Analysis a = new Analysis(sentence, tokens, Clause.of(tokens), this::verbLemma);
        if (cache.size() >= CACHE_LIMIT) {
            cache.clear(); // bounded memory; a cleared cache only costs time
        }
        cache.put(sentence, a);
        return a;
    }

    /**
     * Corrections for what the statistical tagger gets wrong on documentation prose, each a
     * grammatical rule rather than a word: a modal is always an auxiliary; an acronym ("TLS",
     * "HTTPS", "KMS") or a name with a capital inside ("CodeCommit retains/VERB …" opened with
     * "CodeCommit/VERB", as if an imperative) is a name, never a verb, and so is a capitalised word
     * the tagger took for an interjection right before a verb; a word with letters or digits is never punctuation
     * ("customer-owned/PUNCT", "client's/PUNCT"): a hyphenated compound modifies, any other is a noun.
     */
    private static String corrected(String[] words, String[] tags, int i) {
        String w = words[i].toLowerCase(Locale.ROOT);
        return switch (w) {
            case "must", "can", "cannot", "should", "may", "might", "could", "would", "will", "shall" ->
                    tags[i].startsWith("AUX") ? tags[i] : "AUX";
            // "have" is an auxiliary only before a participle, a negation or an adverb; before a noun phrase it is
            // the verb: "Any user who has/AUX permissions to create a queue must also have …"
            case "have", "has", "had" -> tags[i].equals("AUX") && i + 1 < words.length && opensNounPhrase(tags[i + 1])
                    ? "VERB" : tags[i];
            default -> {
                if (tags[i].equals("VERB") && (Token.isAcronym(words[i]) || Token.isCamelCase(words[i]))) {
                    yield "PROPN";
                }
                // "Only firmware/VERB that has been signed … can be installed": what "Only" opens and a
                // relative pronoun follows is the subject, a noun
                if (tags[i].equals("VERB") && i == 1 && words[0].equalsIgnoreCase("only") && i + 1 < words.length
                        && RELATIVE_PRONOUNS.contains(words[i + 1].toLowerCase(Locale.ROOT))) {
                    yield "NOUN";
                }
                // "Fargate/INTJ does not store …": an interjection stands apart ("Yes, …"); a capitalised word right
                // before a verb is the name that acts
                if (tags[i].equals("INTJ") && Character.isUpperCase(words[i].charAt(0)) && i + 1 < words.length
                        && (tags[i + 1].startsWith("AUX") || tags[i + 1].equals("VERB"))) {
                    yield "PROPN";
                }
                if (tags[i].equals("PUNCT") && words[i].codePoints().anyMatch(Character::isLetterOrDigit)) {
                    yield words[i].indexOf('-') > 0 ? "ADJ" : "NOUN";
                }
                yield tags[i];
            }
        };
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("that", "which", "who");

    /** A tag that opens a noun phrase: a determiner, a noun, a name, a pronoun, a number, an adjective. */
    private static boolean opensNounPhrase(String tag) {
        return tag.equals("DET") || tag.equals("NOUN") || tag.equals("PROPN") || tag.equals("PRON") || tag.equals("NUM")
                || tag.equals("ADJ");
    }
}
