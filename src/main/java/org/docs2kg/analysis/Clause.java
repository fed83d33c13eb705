package org.docs2kg.analysis;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The shallow structure of a sentence's main clause: what comes before it (a leading adverbial or
 * purpose clause: "To increase durability, ", "If you don't use the AWS tools, "), its subject
 * phrase, its verb group (auxiliaries, modal, negation, voice, main verb) and the rest. Found
 * from parts of speech alone, left to right; a relative clause inside the subject ("All of the
 * data that you create are encrypted") and a participle after its noun ("Data stored in X is …")
 * stay part of the subject.
 *
 * @param intro     tokens of up to two leading clauses, each ended by a comma
 * @param subject   the subject phrase (empty for an imperative or when no verb was found)
 * @param verbGroup auxiliaries, adverbs, negation and main verb, in order
 * @param mainVerb  the last full verb of the group, or the last auxiliary of a copula ("is responsible")
 * @param modal     the modal auxiliary's lemma (must, can, should, may, might, could, will, would)
 * @param negated   whether the verb group holds a negation ("doesn't", "not", "never", "cannot")
 * @param passive   whether it is be/get + past participle ("is encrypted")
 * @param rest      the tokens after the verb group
 */
public record Clause(List<Token> intro, List<Token> subject, List<Token> verbGroup, Optional<Token> mainVerb,
                     Optional<String> modal, boolean negated, boolean passive, List<Token> rest) {

    private static final Set<String> MODALS = Set.of("must", "can", "cannot", "should", "may", "might", "could",
            "will", "would", "shall");
    /** The forms of "be" and "get" that make a passive: a closed class, so read from the form, not a model. */
    private static final Set<String> BE_OR_GET = Set.of("be", "is", "are", "was", "were", "been", "being", "'s", "’s",
            "'re", "’re", "am", "get", "gets", "got", "gotten", "getting");
    private static final Set<String> RELATIVES = Set.of("that", "which", "who", "whose", "whom");
    /** Pronouns that open a relative clause without "that" after a noun ("the keys you create"). */
    private static final Set<String> ZERO_RELATIVE_SUBJECTS = Set.of("you", "we", "they");
    private static final Set<String> HELP = Set.of("help", "helps", "helping", "helped");
    private static final Set<String> SUBORDINATORS = Set.of("before", "after", "when", "whenever", "while", "until",
            "because", "since", "if", "unless", "once", "although", "so", "where", "wherever", "as", "whereas");
    /** Words that open a leading clause or adverbial ending in a comma. */
    private static final Set<String> INTRO_TAGS = Set.of("SCONJ", "ADP", "ADV", "PART", "VERB", "CCONJ");

    public static final Clause NONE = new Clause(List.of(), List.of(), List.of(), Optional.empty(), Optional.empty(),
            false, false, List.of());

    /**
     * The head of the subject phrase: its last noun, proper noun or pronoun before what modifies it
     * (a preposition other than "of", a relative pronoun or the "you" of a relative clause without one, a
     * participle or a comma): "configurations"
     * in "All of the data and configurations that you create", "Data" in "Data at rest stored in X".
     */
    public Optional<Token> subjectHead() {
        Token head = null;
        for (int i = 0; i < subject.size(); i++) {
            Token t = subject.get(i);
            boolean modifier = t.is("ADP") && !t.lower().equals("of") || t.is("VERB") || t.text().equals(",")
                    || i > 0 && RELATIVES.contains(t.lower())
                    || opensZeroRelative(subject, i);
            if ((modifier || t.is("ADV")) && head != null) {
                break;
            }
            if (isNominal(t) && !t.text().equals(")")) {
                head = t;
            }
        }
        return Optional.ofNullable(head);
    }

    /** The lemma of the main verb, or "" when there is none. */
    public String verbLemma() {
        return mainVerb.map(Token::lemma).orElse("");
    }

    public static Clause of(List<Token> tokens) {
        int start = introEnd(tokens);
        int verb = mainVerbStart(tokens, start);
        // Adverbs just before the verb belong to its group: "X synchronously stores".
        while (verb > start + 1 && tokens.get(verb - 1).is("ADV") && !RELATIVES.contains(tokens.get(verb - 1).lower())) {
            verb--;
        }
        if (verb < 0) {
            return new Clause(tokens.subList(0, start), tokens.subList(start, tokens.size()), List.of(),
                    Optional.empty(), Optional.empty(), false, false, List.of());
        }
        return withVerbGroup(tokens.subList(0, start), tokens.subList(start, verb), tokens, verb, false);
    }

    /**
     * The clause whose verb group starts at {@code verb} in {@code tokens} (what comes after the
     * group is the rest), with the given leading clauses and subject.
     *
     * @param sharedBe a "be" of an earlier group that this one shares ("is non-exportable and never
     *                 transmitted": the participle is passive)
     */
    private static Clause withVerbGroup(List<Token> intro, List<Token> subject, List<Token> tokens, int verb,
                                        boolean sharedBe) {
        int end = verb;
        Optional<String> modal = Optional.empty();
        boolean negated = false;
        boolean passive = false;
        boolean sawBe = sharedBe;
        Token main = null;
        for (; end < tokens.size(); end++) {
            Token t = tokens.get(end);
            String l = t.lower();
            boolean first = end == verb && t.is("NOUN"); // a verb the tagger took for a noun, found above
            if (t.isVerbal() || first || isVerbLike(tokens, end)) {
                if (MODALS.contains(l)) {
                    modal = Optional.of(l.equals("cannot") ? "can" : l);
                }
                negated |= t.isNegation() || l.equals("cannot");
                if (t.is("VERB") || first || isVerbLike(tokens, end)) {
                    passive = sawBe && isParticiple(l);
                    main = t;
                    end++;
                    break; // the main verb ends the group
                }
                sawBe |= BE_OR_GET.contains(l);
                main = t;
            } else if (t.isNegation() || t.is("ADV") || (t.is("PART") && !l.equals("to"))) {
                negated |= t.isNegation();
            } else if ((t.text().indexOf('-') > 0 || sawBe && Token.isAcronym(t.text())) && end + 1 < tokens.size()
                    && tokens.get(end + 1).is("VERB")) {
                continue; // a hyphenated adverb or a protocol before the verb: "is … server-side encrypted", "are TLS encrypted"
            } else {
                break;
            }
        }
        return new Clause(intro, subject, tokens.subList(verb, end), Optional.ofNullable(main), modal, negated, passive,
                tokens.subList(end, tokens.size()));
    }

    /**
     * The second predicate of the same subject, when the rest goes on with "and" and a verb group
     * ("AWS Transfer Family supports up to 3 Availability Zones and is backed by … a redundant fleet"):
     * the same leading clauses and subject, that verb group and what follows it.
     */
    public Optional<Clause> coordinated() {
        for (int i = 1; i + 1 < rest.size(); i++) {
            Token t = rest.get(i);
            if (t.isClauseBreak() && !t.text().equals(",")) {
                return Optional.empty(); // past a semicolon or a full stop: another sentence's verbs
            }
            if (!(t.lower().equals("and") || t.lower().equals("but")) || rest.get(i - 1).text().equals(",")) {
                continue; // ", and …" more often joins a new clause with its own subject
            }
            if (i >= 2 && rest.get(i - 1).is("VERB") && rest.get(i - 2).lower().equals("to")) {
                continue; // "uses this certificate to identify and authenticate …": two infinitives, no predicate
            }
            int v = i + 1;
            while (v < rest.size() && (rest.get(v).is("ADV") || rest.get(v).isNegation())) {
                v++;
            }
            if (v < rest.size() && (rest.get(v).is("AUX") || rest.get(v).is("VERB") && !rest.get(v).lower().endsWith("ing"))) {
                boolean be = verbGroup.stream().anyMatch(g -> BE_OR_GET.contains(g.lower()))
                        && !rest.get(v).is("AUX"); // "… and is backed by …" has its own
                return Optional.of(withVerbGroup(intro, subject, rest, i + 1, be));
            }
        }
        return Optional.empty();
    }

    /** Where the main clause starts: after up to two leading clauses that each end in a comma. */
    private static int introEnd(List<Token> tokens) {
        int i = 0;
        // One word and a comma before a determiner or pronoun open the sentence whatever the tagger calls the word:
        // "Rather/PROPN, the state must have changed …", "Instead, it …"
        if (tokens.size() > 3 && tokens.get(1).text().equals(",") && tokens.get(0).text().chars().allMatch(Character::isLetter)
                && (tokens.get(2).is("DET") || tokens.get(2).is("PRON"))) {
            i = 2;
        }
        for (int round = 0; round < 2 && i < tokens.size(); round++) {
            Token first = tokens.get(i);
            boolean timeClause = i + 2 < tokens.size() && first.is("DET") && tokens.get(i + 2).lower().equals("time");
            if (!INTRO_TAGS.contains(first.tag()) && !first.lower().equals("if") && !timeClause
                    || first.is("VERB") && !first.lower().endsWith("ing") && !first.lower().endsWith("ed")) {
                break; // an imperative ("Use the console, the CLI, or …") opens no leading clause
            }
            int comma = -1;
            boolean finite = false;
            for (int k = i + 1; k < Math.min(tokens.size(), i + 40); k++) {
                if (tokens.get(k).text().equals(",")) {
                    comma = k;
                    break;
                }
                finite |= tokens.get(k).is("AUX");
            }
            if (first.is("VERB") && finite) {
                break; // a gerund subject: "Maintaining a history for X is useful for a, b, and c"
            }
            if (first.is("ADV") && !SUBORDINATORS.contains(first.lower()) && comma - i > 3) {
                break; // "However, " opens; "then you or your administrator might need to …, " is the clause itself
            }
            if (comma < 0 || comma + 2 >= tokens.size()) {
                break;
            }
            i = comma + 1;
        }
        return i;
    }

    /**
     * The first token of the main verb group, skipping relative clauses and participles inside the
     * subject. A verb found only after a subordinating conjunction ("… before it is made available")
     * is that clause's: the main verb is then a word before it that the tagger took for a noun
     * ("Widget Service tests each release … before …").
     */
    private static int mainVerbStart(List<Token> tokens, int start) {
        int found = firstVerb(tokens, start);
        for (int k = start + 1; found > 0 && k < found; k++) {
            Token t = tokens.get(k);
            if ((t.is("SCONJ") || t.is("ADP")) && SUBORDINATORS.contains(t.lower())) {
                for (int c = start + 1; c < k; c++) {
                    if (verbCandidateWithin(tokens, c, k)) {
                        return c;
                    }
                }
                break;
            }
        }
        return found;
    }

    private static boolean verbCandidateWithin(List<Token> tokens, int i, int limit) {
        return verbCandidate(tokens.subList(0, limit), i, false);
    }

    private static int firstVerb(List<Token> tokens, int start) {
        boolean inRelative = false;
        boolean relativeVerbSeen = false;
        for (int i = start; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String l = t.lower();
            // ", which …," is an aside whatever the tagger makes of its words: "… signed by the FIPS key, which AWS
            // does not have access to, can be installed", "These cipher suites, which combine/NOUN …, ensure …"
            if (i > start && l.equals("which") && tokens.get(i - 1).text().equals(",")) {
                int close = nextComma(tokens, i + 1);
                if (close > 0 && close + 1 < tokens.size()) {
                    i = close;
                    continue;
                }
            }
            if (i > start && RELATIVES.contains(l) && (t.is("PRON") || t.is("DET") || t.is("SCONJ"))
                    && isNominal(tokens.get(i - 1))) {
                inRelative = true;
                // "… (HSMs) that store/NOUN key material … is permitted": a lower-case noun right after the
                // relative pronoun, not followed by a verb of its own, is the relative clause's verb
                relativeVerbSeen = i + 2 < tokens.size() && tokens.get(i + 1).is("NOUN")
                        && tokens.get(i + 1).text().equals(tokens.get(i + 1).lower()) && !tokens.get(i + 2).isVerbal()
                        && !tokens.get(i + 2).is("NOUN");
                continue;
            }
            // A relative clause without "that": "The metrics you configure … are collected", "The keys we create … can be
            // rotated" — a personal pronoun right after the subject's noun, its own verb, and a finite verb later.
            if (i > start && !inRelative && opensZeroRelative(tokens, i) && i + 1 < tokens.size()
                    && tokens.get(i + 1).is("VERB") && finiteLater(tokens, i + 2)) {
                inRelative = true;
                relativeVerbSeen = false;
                continue;
            }
            if (l.equals("such") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("as") && i > start
                    && tokens.get(i - 1).text().equals(",")) {
                int close = closingComma(tokens, i + 2);
                if (close > 0) {
                    i = close; // ", such as a cache, logs, and build results," is an aside: its words are no verb
                    continue;
                }
            }
            boolean verbal = t.isVerbal() || isVerbLike(tokens, i);
            if (verbal && i > start && tokens.get(i - 1).lower().equals("to")) {
                continue; // an infinitive is never the main verb: "Preventive controls attempt to prevent …"
            }
            if (verbal && i > start && HELP.contains(tokens.get(i - 1).lower())) {
                continue; // nor the bare infinitive after "help": "… controls to help ensure that …"
            }
            if (inRelative) {
                if (!relativeVerbSeen && t.is("NOUN") && l.endsWith("s") && t.text().equals(l) && i + 1 < tokens.size()
                        && (tokens.get(i - 1).is("PROPN") || tokens.get(i - 1).is("NOUN") && !tokens.get(i - 1).text().endsWith("s"))
                        && (tokens.get(i + 1).is("ADP") || tokens.get(i + 1).is("DET"))) {
                    relativeVerbSeen = true; // "… that AWS KMS generates/NOUN for KMS keys is …": the relative's verb
                    continue;
                }
                if (t.is("VERB") && relativeVerbSeen && isNominal(tokens.get(i - 1)) && isParticiple(l)
                        && i + 1 < tokens.size() && tokens.get(i + 1).is("ADP")) {
                    continue; // "… fields used for names may be used": a participle inside the relative clause
                }
                if (verbal && relativeVerbSeen && !tokens.get(i - 1).isVerbal() && !tokens.get(i - 1).is("CCONJ")
                        || verbal && relativeVerbSeen && t.is("AUX") && tokens.get(i - 1).is("VERB")) {
                    return i; // the verb after the relative clause's own
                }
                relativeVerbSeen |= t.is("VERB");
                continue;
            }
            if (!verbal) {
                continue;
            }
            // A participle or gerund with no auxiliary is not finite while a finite verb follows:
            // "The APIs created with X expose …", "Using Transfer Family … is disabled", "the client using the
            // access point uses …" (documentation is written in the present tense).
            if (t.is("VERB") && (l.endsWith("ing") || l.endsWith("ed")) && !tokens.get(Math.max(start, i - 1)).isVerbal()
                    && finiteLater(tokens, i + 1)) {
                continue;
            }
            // A gerund after a preposition or determiner is a noun: "This practice of using a KMS key is …".
            if (t.is("VERB") && l.endsWith("ing") && i > start
                    && (tokens.get(i - 1).is("ADP") || tokens.get(i - 1).is("DET"))) {
                continue;
            }
            // A participle right after its noun, before a preposition: "Data stored in X is encrypted".
            if (t.is("VERB") && i > start && isNominal(tokens.get(i - 1)) && isParticiple(l)
                    && i + 1 < tokens.size() && tokens.get(i + 1).is("ADP") && laterVerb(tokens, i + 1)) {
                continue;
            }
            return i;
        }
        return -1;
    }

    /** The first comma from {@code from} on, or -1. */
    private static int nextComma(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).text().equals(",")) {
                return k;
            }
        }
        return -1;
    }

    /**
     * The comma that closes an aside opened before {@code from}: the first comma followed by a finite
     * verb (an auxiliary, or a verb not in -ed/-ing: ", exported raw test files" is still the list), or -1.
     */
    private static int closingComma(List<Token> tokens, int from) {
        for (int k = from; k + 1 < tokens.size(); k++) {
            Token next = tokens.get(k + 1);
            String l = next.lower();
            if (tokens.get(k).text().equals(",")
                    && (next.is("AUX") || next.is("VERB") && !isParticiple(l) && !l.endsWith("ing"))) {
                return k;
            }
        }
        return -1;
    }

    /** A finite verb (an auxiliary, a verb not in -ing/-ed, or a verb the tagger took for a noun) from {@code from} on. */
    private static boolean finiteLater(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            String l = t.lower();
            if (t.is("AUX") || t.is("VERB") && !l.endsWith("ing") && !l.endsWith("ed") && !tokens.get(k - 1).lower().equals("to")
                    || isVerbLike(tokens, k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean laterVerb(List<Token> tokens, int from) {
        for (int k = from; k < tokens.size(); k++) {
            if (tokens.get(k).is("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** A "you", "we" or "they" right after a noun: the subject of a relative clause without "that" ("the keys you create"). */
    private static boolean opensZeroRelative(List<Token> tokens, int i) {
        Token t = tokens.get(i);
        return i > 0 && t.is("PRON") && ZERO_RELATIVE_SUBJECTS.contains(t.lower()) && isNominal(tokens.get(i - 1));
    }

    /** A nominal, or the bracket that closes an aside after one ("AWS Key Management Service (AWS KMS)"). */
    private static boolean isNominal(Token t) {
        return t.isNominal() || t.text().equals(")");
    }

    /**
     * A third-person verb the tagger took for a noun, after a noun subject: "The HSM detects and replaces …",
     * "Gateway endpoints support only …". Only a word ending in -s after a singular head, or a plural head
     * followed by an adverb or determiner, and only when the sentence has no verb before it.
     */
    private static boolean isVerbLike(List<Token> tokens, int i) {
        if (!verbCandidate(tokens, i, false)) {
            return false;
        }
        if (verbCandidate(tokens, i, true)) {
            return true;
        }
        // Followed by a noun ("validates permissions"): only when no token has the clearer shape
        // ("Gateway endpoints support only …" is "support", not "endpoints").
        for (int k = 0; k < tokens.size(); k++) {
            if (k != i && verbCandidate(tokens, k, true)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #isVerbLike}'s shape; {@code strict}: followed by what opens an object, never by a noun. */
    private static boolean verbCandidate(List<Token> tokens, int i, boolean strict) {
        Token t = tokens.get(i);
        // X: the model's "foreign word" for what it cannot place ("API Gateway expose/X HTTPS/X endpoints")
        if (!(t.is("NOUN") || t.is("X")) || i == 0 || i + 1 >= tokens.size()) {
            return false;
        }
        if (!t.text().equals(t.lower())) {
            return false; // "APIs", "HSMs": names and acronyms, not verbs
        }
        boolean subordinate = false; // past "when", "if", …: that clause's verbs
        for (int k = 0; k < tokens.size(); k++) {
            Token o = tokens.get(k);
            String ol = o.lower();
            subordinate |= k > i && SUBORDINATORS.contains(ol);
            boolean nonFinite = ol.endsWith("ing") || isParticiple(ol) || ol.equals("be") || ol.equals("been")
                    || k > 0 && tokens.get(k - 1).lower().equals("to");
            if ((o.is("AUX") && !nonFinite || k != i && o.is("VERB") && !nonFinite) && !subordinate
                    && !(k > i && coordinatedVerb(tokens, k))) {
                // the clause has a finite verb of its own ("created with …" is a participle); a verb right
                // after "and" is coordinated with this one ("X encrypts/NOUN customer content and doesn't support …")
                return false;
            }
        }
        Token before = tokens.get(i - 1);
        Token after = tokens.get(i + 1);
        boolean headBefore = before.is("PROPN") || before.is("NOUN");
        boolean objectAfter = after.is("DET") || after.is("ADV") || after.is("ADJ") || after.is("CCONJ")
                || after.is("PRON") || after.is("ADP") || !strict && (after.is("NOUN") || after.is("X") || after.is("PROPN"));
        String l = t.lower();
        // A plural ends in a lower-case "s" ("APIs", "endpoints"); a name in capitals is one thing ("EFS", "SQS").
        boolean pluralBefore = before.text().endsWith("s");
        boolean agrees = l.endsWith("s") && !pluralBefore
                || !l.endsWith("s") && (pluralBefore || before.is("PROPN")) && (after.is("ADV") || after.is("DET")
                || after.is("X"));
        return headBefore && objectAfter && agrees;
    }

    /** The verb group at {@code k} follows a conjunction or comma directly: "… and doesn't support", "…, and delivers". */
    private static boolean coordinatedVerb(List<Token> tokens, int k) {
        for (int j = k - 1; j > 0; j--) {
            Token t = tokens.get(j);
            if (t.is("CCONJ") || t.text().equals(",")) {
                return true;
            }
            if (!(t.is("AUX") || t.is("PART") || t.is("ADV") || t.isNegation())) {
                return false;
            }
        }
        return false;
    }

    /** A past participle by its form: -ed, -en, or one of English's irregular ones. */
    static boolean isParticiple(String lower) {
        return lower.endsWith("ed") || lower.endsWith("en") || lower.endsWith("wn") || lower.endsWith("ne")
                || Set.of("kept", "held", "sent", "built", "set", "put", "run", "made", "found", "left", "read",
                "stored", "told", "bound", "led", "met", "paid", "said", "sold", "shut", "split", "spread", "hit",
                "cut", "let", "lost", "meant", "brought", "thought", "caught", "taught", "sought", "dealt").contains(lower);
    }
}
