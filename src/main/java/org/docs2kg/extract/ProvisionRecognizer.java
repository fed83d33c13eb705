package org.docs2kg.extract;

import org.docs2kg.extract.internal.Alternation;
import org.docs2kg.extract.internal.FirstCharacterIndex;
import org.docs2kg.extract.internal.RuleTable;
import org.docs2kg.model.Service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises provisions: sentences stating, as a fact, that AWS or the service applies a security
 * measure for the customer ("App Runner encrypts all stored copies of your source",
 * "Every secret is encrypted with a unique data key"). Recognition reads the sentence's
 * structure, not a list of sentences: the main clause must have AWS, the service or a part of
 * it as the one who acts and a protective verb, or a passive "is encrypted/protected/…". Words
 * come from {@code provisions.tsv}. Customer options ("you can …"), conditions that hang on
 * the customer, negations ("doesn't encrypt") and other services as actors do not fit the shapes.
 */
public final class ProvisionRecognizer {
    private static final String WORDS = "/org/docs2kg/extract/provisions.tsv";
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Word classes of the vocabulary table. */
    private enum WordClass { ACTOR, PROTECTIVE, NEUTRAL, OBJECT, PARTICIPLE, ADVERB, CONDITION, CHOICE, NOT_SUBJECT, NOT_SUBJECT_START }

    private static final Map<WordClass, String> VOCABULARY = loadVocabulary();

    // An introductory clause or two that the main clause may follow: "If you don't provide one, ",
    // "In the console, if you choose the default key, ", "By default, ", "As a managed service, ".
    private static final String INTRO = "(?:(?:(?:if|when|whenever|after|before|once|to|as|in|by|for|with|instead"
            + "|also|additionally|then|however|because|since|at|during|unless|while|on|from|within|through|today|otherwise"
            + "|behind the scenes|under the hood)\\b[^,]{0,150}+,\\s+){1,2})?";

    // Every shape needs one of these words, at the start of a word: a test that clears most sentences
    // at once. Matched against the lower-cased sentence (the vocabulary is lower case) and only where
    // a word starts; and there only the words that start with that word's first letter are tried
    // (CANDIDATE_BY_FIRST): a search of the whole alternation at every word was, with the
    // compliance programs, the costliest step of extraction.
    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final FirstCharacterIndex CANDIDATE_BY_FIRST;
    /** The candidate words whose first letter cannot be told from their expression (null: none). */
    private static final Pattern CANDIDATE_ANYWHERE;

    static {
        Map<Character, List<String>> byFirst = new java.util.TreeMap<>();
        List<String> anywhere = new ArrayList<>();
        for (String word : Alternation.flattened(candidateExpression())) {
            java.util.Optional<java.util.Set<Character>> first = Alternation.firstCharacters(word);
            if (first.isPresent() && first.get().stream().allMatch(c -> c < 128)) {
                first.get().forEach(c -> byFirst.computeIfAbsent(c, k -> new ArrayList<>()).add(word));
            } else {
                anywhere.add(word);
            }
        }
        CANDIDATE_BY_FIRST = new FirstCharacterIndex(byFirst, WORD_START);
        CANDIDATE_ANYWHERE = anywhere.isEmpty() ? null
                : Pattern.compile(WORD_START + "(?:" + String.join("|", anywhere) + ")");
    }

    /** The candidate words as one alternation (what the scan by first letter must agree with). */
    static String candidateExpression() {
        return VOCABULARY.get(WordClass.PROTECTIVE) + "|" + VOCABULARY.get(WordClass.OBJECT) + "|"
                + VOCABULARY.get(WordClass.PARTICIPLE) + "|redundantly|automatically|transparently|never\\s+leave";
    }

    /** Whether a candidate word starts somewhere in {@code lower}, a lower-cased sentence. */
    static boolean hasCandidate(String lower) {
        FirstCharacterIndex.Scan scan = null;
        for (int i = 0; i < lower.length(); i++) {
            if (!CANDIDATE_BY_FIRST.starts(lower.charAt(i)) || (i > 0 && isLetterOrNumber(lower.codePointBefore(i)))) {
                continue; // no candidate starts with this character, or it is inside a word
            }
            scan = scan == null ? CANDIDATE_BY_FIRST.scan(lower) : scan;
            if (scan.at(i) != null) {
                return true;
            }
        }
        return CANDIDATE_ANYWHERE != null && CANDIDATE_ANYWHERE.matcher(lower).find();
    }

    /** {@code [\\p{L}\\p{N}]} of a regular expression. */
    private static boolean isLetterOrNumber(int codePoint) {
        int type = Character.getType(codePoint);
        return Character.isLetter(codePoint) || type == Character.DECIMAL_DIGIT_NUMBER
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    private final Pattern active;
    private final Pattern passive;
    private final Pattern adverbial;
    private final Pattern neverExposed;
    private final Pattern enabling;
    private final Pattern object;
    private final Pattern condition;
    private final Pattern choice;
    private final ProvisionRoles roles;
    private final org.docs2kg.analysis.SentenceAnalyzer analyzer;
    private final MeasureClassifier measures;

    /** Shapes for a guide of {@code service}: its names act for AWS ("Secrets Manager encrypts"). */
    public ProvisionRecognizer(Service service) {
        this(service, org.docs2kg.analysis.SentenceAnalyzer.english(), new MeasureClassifier(service.namesLongestFirst()));
    }

    /**
     * The same, sharing {@code analyzer} (and its analyses) with the other recognisers of a run, and
     * reading with {@code measures} (made for this guide's service) whether a sentence is about a measure.
     */
    public ProvisionRecognizer(Service service, org.docs2kg.analysis.SentenceAnalyzer analyzer, MeasureClassifier measures) {
        this.analyzer = analyzer;
        this.measures = measures;
        // An actor may carry its short form in brackets: "AWS Key Management Service (AWS KMS) is …".
        String actor = "(?:" + Alternation.of(service.namesLongestFirst()) + "|" + VOCABULARY.get(WordClass.ACTOR)
                + ")(?:\\s+\\([^)]{1,40}\\))?";
        String adverbs = "(?:(?:" + VOCABULARY.get(WordClass.ADVERB) + ")\\s+)*";
        // A subject noun phrase: up to fourteen words, no comma, none of them the reader or a negation, not
        // opened by a clause opener ("indicate to Athena that a dataset is encrypted" is an instruction)
        // or by another AWS service ("AWS KMS keys are protected …" describes KMS, not this service).
        String word = "(?!(?:" + VOCABULARY.get(WordClass.NOT_SUBJECT) + ")\\b)[\\w()'’/-]+";
        // It may hold one aside between commas: "GuardDuty data, such as findings, is encrypted …".
        String phrase = "(?!(?:" + VOCABULARY.get(WordClass.NOT_SUBJECT_START) + ")\\b)" + word
                + "(?:\\s+" + word + "){0,13}?(?:,\\s+(?:such as|including|like)\\s+[^,]{1,60},)?";
        String subject = "(?:" + actor + "|" + phrase + ")";
        int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
        this.active = Pattern.compile("^" + INTRO + "(" + actor + ")\\s+" + adverbs
                + "(?:(?<protective>" + VOCABULARY.get(WordClass.PROTECTIVE) + ")|(?<neutral>"
                + VOCABULARY.get(WordClass.NEUTRAL) + "))\\b", flags);
        this.passive = Pattern.compile("^" + INTRO + subject + "\\s+(?:is|are)\\s+" + adverbs
                + "(?:" + VOCABULARY.get(WordClass.PARTICIPLE) + ")\\b", flags);
        // A plain subject that stores redundantly or encrypts automatically ("The queue redundantly stores …").
        this.adverbial = Pattern.compile("^" + INTRO + phrase
                + "\\s+(?:redundantly|automatically|transparently)\\s+(?:stores|" + VOCABULARY.get(WordClass.PROTECTIVE)
                + ")\\b", flags);
        // "The endpoints allow AWS to protect …": a subject enables AWS itself (a key policy line that
        // "Allows CloudTrail to encrypt" grants a permission instead, and has no subject).
        // A property enforced by a negation: "Key material never leaves the HSMs unencrypted."
        this.neverExposed = Pattern.compile("^" + INTRO + "(?:" + actor + "|" + phrase + ")\\s+never\\s+leaves?\\b"
                + "[^,;]*\\b(?:unencrypted|in plaintext|in plaintext form|in the clear)\\b", flags);
        this.enabling = Pattern.compile("^.+\\b(?:allows?|lets|enables)\\s+(?:aws|amazon)\\s+to\\s+(?:protect|encrypt|secure)",
                flags);
        this.object = Pattern.compile(VOCABULARY.get(WordClass.OBJECT), flags);
        this.condition = Pattern.compile(VOCABULARY.get(WordClass.CONDITION), flags);
        this.choice = Pattern.compile(VOCABULARY.get(WordClass.CHOICE), flags);
        List<String> own = new ArrayList<>(service.altLabels());
        own.add(service.name());
        this.roles = new ProvisionRoles(measures, ServiceCatalog.defaults(), own);
    }

    /**
     * Whether {@code sentence} (as a reader sees it) is a provision: one of the sentence shapes
     * below, or the roles of its analysed main clause ({@link ProvisionRoles}).
     */
    public boolean isProvision(String sentence) {
        if (hasShape(sentence)) {
            return true;
        }
        String s = sentence.strip();
        // The roles need a verb or property of their classes and a sentence about a security measure:
        // both tests are cheap, the analysis is not.
        if (s.endsWith("?") || SPACES.split(s).length < 4 || !roles.mayApply(s)
                || measures.classify(s).isEmpty()) {
            return false;
        }
        boolean chosen = choice.matcher(s).find();
        return ProvisionRoles.clauseText(s)
                .map(text -> roles.isProvision(analyzer.analyze(text), chosen))
                .orElse(false);
    }

    /**
     * The same, read in its paragraph: a sentence whose subject is "it" or "they" and acts (not a
     * passive: "… it cannot be removed" says what is done to it) is a provision only when the
     * nearest sentence before it with a subject of its own ({@code before}: the paragraph's earlier
     * sentences, in order) has this service as its subject — "Secrets Manager uses the data key …
     * It stores the encrypted copy …" is the service's act; "The typical SSL validation process …
     * It also checks the certificate …" and "To do that, it denies some actions" (a policy) are not.
     */
    public boolean isProvision(String sentence, List<String> before) {
        if (!isProvision(sentence)) {
            return false;
        }
        String s = sentence.strip();
        if (!PRONOUN_SUBJECT.matcher(s).find()
                || ProvisionRoles.clauseText(s).map(text -> analyzer.analyze(text).clause().passive()).orElse(false)) {
            return true;
        }
        for (int i = before.size() - 1; i >= Math.max(0, before.size() - 3); i--) {
            Optional<org.docs2kg.analysis.Clause> clause = ProvisionRoles.clauseText(before.get(i))
                    .map(text -> analyzer.analyze(text).clause());
            Optional<String> head = clause.flatMap(org.docs2kg.analysis.Clause::subjectHead)
                    .map(t -> t.lower());
            if (head.isEmpty() || REFERRING.contains(head.get())) {
                continue; // "There is no data …", another "It …": look further back
            }
            return roles.hasOwnSubject(clause.get());
        }
        return false;
    }

    /** Subjects that refer to something named earlier, or to nothing. */
    private static final java.util.Set<String> REFERRING = java.util.Set.of("it", "they", "there", "this", "these");

    /** "It stores …", "They are …", "To do that, it denies …": a pronoun as the main clause's subject. */
    private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)^(?:[^,]{1,80},\\s+)?(?:it|they)\\s+(?!is\\s+\\w+\\s+to\\b)");

    /** The sentence shapes of the regular expressions (the families they were written for). */
    private boolean hasShape(String sentence) {
        String s = sentence.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (s.endsWith("?") || !hasCandidate(lower) || SPACES.split(s).length < 4
                || choice.matcher(s).find()) {
            return false;
        }
        Matcher m = active.matcher(s);
        if (m.find()) {
            String rest = s.substring(m.start(1));
            boolean measure = m.group("protective") != null || object.matcher(rest).find();
            return measure && !condition.matcher(s.substring(m.end())).find();
        }
        // Each shape needs a word of its own; a sentence without it is not tried (the shapes backtrack
        // over their long subject phrase, which costs more than all the rest of the test).
        for (Pattern shape : List.of(passive, adverbial, neverExposed)) {
            if (shape == passive && !BE.matcher(lower).find()
                    || shape == adverbial && !ADVERBIAL_WORD.matcher(lower).find()
                    || shape == neverExposed && !lower.contains("never")) {
                continue;
            }
            m = shape.matcher(s);
            if (m.find()) {
                return !condition.matcher(s.substring(m.end())).find();
            }
        }
        return ENABLED_ACT.matcher(lower).find() && enabling.matcher(s).find();
    }

    /** What the passive shape needs: "is" or "are". */
    private static final Pattern BE = Pattern.compile("\\b(?:is|are)\\s");
    /** What the adverbial shape needs. */
    private static final Pattern ADVERBIAL_WORD = Pattern.compile("\\b(?:redundantly|automatically|transparently)\\s");
    /** What the enabling shape needs: "… to protect", "… to encrypt", "… to secure". */
    private static final Pattern ENABLED_ACT = Pattern.compile("\\bto\\s+(?:protect|encrypt|secure)");

    private static Map<WordClass, String> loadVocabulary() {
        Map<WordClass, List<String>> words = new EnumMap<>(WordClass.class);
        for (RuleTable.Row row : RuleTable.load(WORDS)) {
            WordClass c = RuleTable.wordClass(row, WordClass.class, WORDS);
            words.computeIfAbsent(c, k -> new ArrayList<>()).add(row.column(1));
        }
        Map<WordClass, String> result = new EnumMap<>(WordClass.class);
        for (WordClass c : WordClass.values()) {
            List<String> list = words.get(c);
            if (list == null) {
                throw new IllegalStateException(WORDS + ": no rows for word class " + c.name().toLowerCase(Locale.ROOT));
            }
            result.put(c, "(?:" + String.join("|", list) + ")");
        }
        return result;
    }
}
