package org.docs2kg.extract;

import org.docs2kg.analysis.Analysis;
import org.docs2kg.analysis.SentenceAnalyzer;
import org.docs2kg.analysis.Token;
import org.docs2kg.model.Service;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recognises obligations (labels-v3 SPEC §4): sentences that state, as a requirement and not as
 * advice, what the customer, their users, clients, applications or requests must do or have, or
 * must not do ("Clients must support TLS 1.2 or later", "Requests must be signed …", "You need an
 * AWS account", "Access to X requires credentials …", "The KMS key must be in the same Region").
 *
 * <p>The cue is a form of necessity, read from the sentence's parts of speech rather than its
 * words alone: the modal "must"; "need" as a verb with an infinitive or an object ("need to",
 * "need permissions"; not "the permissions they need."); "have to"; "require(s)"; be + "required",
 * "needed", "necessary" or "mandatory". A negated cue ("you don't need to", "isn't required") is
 * none. What AWS or the service must do is not the customer's obligation: a "must" whose subject
 * is AWS or this service does not count ("X requires permissions …" does: it is what the service
 * requires of the customer). The precedence of SPEC §4 (responsibility, recommendation, then
 * obligation, then provision) is the extractor's: this class is asked only about sentences no
 * responsibility or recommendation cue claimed.
 */
public final class ObligationRecognizer {
    private static final Pattern CANDIDATE = Pattern.compile(
            "(?i)\\b(?:must|needs?|needed|requires?|required|necessary|mandatory|ha(?:ve|s) to)\\b");
    private static final Pattern CONDITIONAL_NEED = Pattern.compile(
            "(?i)\\b(?:if|as|when|where|wherever|whenever) (?:needed|necessary|required)\\b");
    private static final Pattern LABEL_DASH = Pattern.compile("^[^–—]{1,60}?\\s[–—]\\s+");
    private static final Set<String> BE = Set.of("is", "are", "be", "been", "being", "was", "were", "'s", "’s", "'re",
            "’re", "isn't", "aren't", "am");
    private static final Set<String> NOMINAL_START = Set.of("DET", "NOUN", "PROPN", "ADJ", "PRON", "NUM");

    private final Pattern serviceSubject;
    private final SentenceAnalyzer analyzer;

    /** Rules for a guide of {@code service}: a "must" of its names (or of AWS) is not the customer's. */
    public ObligationRecognizer(Service service) {
        this(service, SentenceAnalyzer.english());
    }

    /** The same, sharing {@code analyzer} (and its analyses) with the other recognisers of a run. */
    public ObligationRecognizer(Service service, SentenceAnalyzer analyzer) {
        this.analyzer = analyzer;
        this.serviceSubject = Pattern.compile("(?i)^(?:the )?(?:aws|amazon|"
                + org.docs2kg.extract.internal.Alternation.of(service.namesLongestFirst()) + ")$");
    }

    /** Whether {@code sentence} (as a reader sees it) states an obligation of the customer. */
    public boolean isObligation(String sentence) {
        String s = sentence.strip();
        if (s.endsWith("?") || !CANDIDATE.matcher(s).find()) {
            return false; // most sentences carry no necessity word at all: no analysis needed
        }
        // A label and dash ("AWS service access – You can use …") stands before the sentence proper.
        String text = LABEL_DASH.matcher(CONDITIONAL_NEED.matcher(s).replaceAll("")).replaceFirst("");
        return isObligation(analyzer.analyze(text));
    }

    boolean isObligation(Analysis a) {
        List<Token> t = a.tokens();
        boolean[] subordinate = subordinate(a);
        // "You can write a condition to specify that all requests must be sent using SSL": what the
        // reader may do, described; the requirement belongs to the thing described.
        int rest = a.clause().intro().size() + a.clause().subject().size() + a.clause().verbGroup().size();
        if (a.clause().modal().filter(m -> m.equals("can") || m.equals("may")).isPresent() && !a.clause().negated()
                && a.clause().subject().size() == 1 && a.clause().subject().get(0).lower().equals("you")) {
            for (int i = rest; i < t.size(); i++) {
                subordinate[i] = true;
            }
        }
        for (int i = 0; i < t.size(); i++) {
            if (!subordinate[i] && isCue(t, i) && !negatedBefore(t, i) && !requiresNothing(t, i) && !aboutAwsItself(a, t, i)
                    && !negatedSubject(a, t, i) && !requiredOfTheService(t, i) && !evaluationLogic(a, t, i)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Tokens that do not state the sentence's own requirement: a relative clause ("the users that
     * require those permissions", "anyone who needs it"), a condition or time clause ("If you require
     * FIPS …, use …", "when it needs to decrypt"), an indirect question ("what permissions are needed",
     * "whether an action requires …"), and a leading purpose clause that only points elsewhere
     * ("To see whether …, see …"). A requirement there describes something, or hangs on a case.
     */
    private static boolean[] subordinate(Analysis a) {
        List<Token> t = a.tokens();
        boolean[] sub = new boolean[t.size()];
        int mainStart = a.clause().intro().size();
        int mainVerb = mainStart + a.clause().subject().size();
        // Leading clauses of condition, time or purpose: a requirement in them is the case, not the point
        // ("Because X requires …, the policy grants …" gives a reason, which is stated as a fact).
        if (mainStart > 0 && !t.get(0).lower().equals("because") && !t.get(0).lower().equals("since")) {
            for (int i = 0; i < mainStart; i++) {
                sub[i] = true;
            }
        }
        // A note in brackets in a lead-in ("Call the API with the following parameters (note that … you will need to
        // substitute your own … times):") is an aside; the items carry what the lead-in itself states.
        if (a.text().strip().endsWith(":")) {
            int depth = 0;
            for (int i = 0; i < t.size(); i++) {
                String x = t.get(i).text();
                depth += x.equals("(") ? 1 : 0;
                sub[i] |= depth > 0;
                depth -= x.equals(")") && depth > 0 ? 1 : 0;
            }
        }
        // "There are operations that require …": the relative clause is what the sentence says.
        boolean existential = a.clause().subject().size() == 1 && a.clause().subject().get(0).lower().equals("there");
        // A relative clause without its pronoun: "the permissions it requires", "the access they need".
        for (int i = 1; i + 1 < t.size(); i++) {
            if (t.get(i).is("PRON") && PERSONAL.contains(t.get(i).lower()) && t.get(i - 1).isNominal()
                    && !t.get(i - 1).is("PRON") && t.get(i + 1).isVerbal()) {
                for (int k = i; k < t.size() && !t.get(k).text().equals(",") && !t.get(k).text().equals(";"); k++) {
                    sub[k] = true;
                }
            }
        }
        for (int i = 0; i < t.size(); i++) {
            String l = t.get(i).lower();
            boolean relative = i > 0 && RELATIVE.contains(l) && t.get(i - 1).isNominal() && !existential;
            boolean conditional = CONDITIONAL.contains(l) && (t.get(i).is("SCONJ") || t.get(i).is("ADV"));
            boolean question = i > 0 && QUESTION.contains(l) && t.get(i - 1).isVerbal();
            if (!relative && !conditional && !question) {
                continue;
            }
            // Inside the subject a relative clause ends where the main verb starts; elsewhere at a comma or
            // the end (a comma inside brackets, "(users, groups, and roles)", ends nothing).
            int end = i < mainVerb && relative ? mainVerb : t.size();
            int depth = 0;
            for (int k = i + 1; k < t.size(); k++) {
                String x = t.get(k).text();
                depth += x.equals("(") ? 1 : x.equals(")") ? -1 : 0;
                if (depth <= 0 && (x.equals(",") || x.equals(";"))) {
                    end = Math.min(end, k);
                    break;
                }
            }
            for (int k = i; k < end; k++) {
                sub[k] = true;
            }
        }
        return sub;
    }

    private static final Set<String> RELATIVE = Set.of("that", "which", "who", "whose", "whom");
    private static final Set<String> CONDITIONAL = Set.of("if", "unless", "when", "whenever", "once", "until");
    private static final Set<String> QUESTION = Set.of("what", "whether", "which", "how");
    private static final Set<String> PERSONAL = Set.of("it", "they", "we", "he", "she");

    /** "No additional policy is required": the subject denies what the cue would require. */
    private static boolean negatedSubject(Analysis a, List<Token> t, int i) {
        return a.clause().verbGroup().contains(t.get(i))
                && a.clause().subject().stream().anyMatch(x -> x.lower().equals("no"));
    }

    private static boolean isCue(List<Token> t, int i) {
        Token tok = t.get(i);
        String l = tok.lower();
        switch (l) {
            case "must":
                return true;
            case "mandatory", "necessary", "needed", "required":
                return afterBe(t, i);
            case "require", "requires":
                // A finite verb with a subject: not the infinitive ("to require MFA") nor an instruction
                // that opens the sentence ("Require MFA …", which is advice).
                return i > 0 && !t.get(i - 1).lower().equals("to") && !t.get(i - 1).text().equals(",")
                        && (tok.is("VERB") || tok.is("AUX") || tok.is("NOUN") && !t.get(i - 1).is("DET"));
            case "need", "needs":
                if (!(tok.is("VERB") || tok.is("AUX")) || i + 1 >= t.size()) {
                    return false;
                }
                Token next = t.get(i + 1);
                return next.lower().equals("to") || NOMINAL_START.contains(next.tag()) || next.is("ADV");
            case "have", "has":
                return i + 2 < t.size() && t.get(i + 1).lower().equals("to") && t.get(i + 2).is("VERB");
            default:
                return false;
        }
    }

    /** be (with adverbs between) right before token {@code i}: "is required", "might also be necessary". */
    private static boolean afterBe(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token p = t.get(k);
            if (BE.contains(p.lower())) {
                return true;
            }
            if (!p.is("ADV")) {
                return false;
            }
        }
        return false;
    }

    /** "require(s)/need(s) no …": what is required is nothing ("Some APIs require no prior authorization"). */
    private static boolean requiresNothing(List<Token> t, int i) {
        String l = t.get(i).lower();
        boolean verb = l.startsWith("requir") || l.startsWith("need");
        return verb && i + 1 < t.size() && t.get(i + 1).lower().equals("no");
    }

    /** "don't need to", "isn't required", "not necessary", "no longer required": the cue is denied. */
    private static boolean negatedBefore(List<Token> t, int i) {
        for (int k = i - 1; k >= 0 && k >= i - 3; k--) {
            Token p = t.get(k);
            if (p.isNegation() || p.lower().endsWith("n't") || p.lower().equals("cannot")) {
                return !t.get(i).lower().equals("must"); // "must not" is an obligation; "not must" is no English
            }
            if (!(p.is("ADV") || p.is("AUX") || p.is("PART") || p.isVerbal())) {
                return false;
            }
        }
        return false;
    }

    /**
     * "… requires the service to have permissions …", "… requires AWS to …": what the service must
     * have or do, not a requirement on the customer.
     */
    private boolean requiredOfTheService(List<Token> t, int i) {
        String l = t.get(i).lower();
        if (!l.equals("require") && !l.equals("requires")) {
            return false;
        }
        StringBuilder object = new StringBuilder();
        for (int k = i + 1; k < t.size() && k < i + 8; k++) {
            if (t.get(k).lower().equals("to")) {
                String o = object.toString().strip();
                return o.equalsIgnoreCase("the service") || namesTheService(o);
            }
            object.append(' ').append(t.get(k).text());
        }
        return false;
    }

    /**
     * IAM's and an engine's evaluation described, not asked of anyone: "All of the conditions must be met
     * before the statement's permissions are granted", "the state must have changed".
     */
    private static boolean evaluationLogic(Analysis a, List<Token> t, int i) {
        if (a.clause().verbGroup().contains(t.get(i))) {
            return a.clause().subjectHead().map(h -> EVALUATED.contains(h.lower())).orElse(false);
        }
        // a later clause ("…; the state must have changed"): the noun right before the cue is its subject
        int k = i - 1;
        while (k >= 0 && t.get(k).is("ADV")) {
            k--;
        }
        return k >= 0 && t.get(k).isNominal() && EVALUATED.contains(t.get(k).lower());
    }

    private static final Set<String> EVALUATED = Set.of("condition", "conditions", "state", "states");

    /**
     * A "must", "need(s)" or "has to" in the main clause whose subject is AWS or this service: what AWS
     * must do or needs ("App Runner needs access to your application source"), not the customer.
     * "X requires permissions …" stays: it is what the service requires of the customer.
     */
    private boolean aboutAwsItself(Analysis a, List<Token> t, int i) {
        String cue = t.get(i).lower();
        boolean own = cue.equals("must") || cue.equals("need") || cue.equals("needs") || cue.equals("have")
                || cue.equals("has");
        if (!own || !a.clause().verbGroup().contains(t.get(i)) && !a.clause().mainVerb().map(v -> v == t.get(i)).orElse(false)) {
            return false;
        }
        if (cue.startsWith("need")) {
            for (int k = i + 1; k < Math.min(t.size(), i + 5); k++) {
                if (t.get(k).lower().startsWith("permission")) {
                    return false; // "CloudTrail needs explicit permission to use the KMS key": the customer grants it
                }
            }
        }
        return namesTheService(a.clause().subject().stream().map(Token::text).reduce((x, y) -> x + " " + y).orElse(""));
    }

    /** The phrase is AWS or this service; "AWS Certificate Manager (ACM)": the short form in brackets is the same. */
    private boolean namesTheService(String phrase) {
        String bare = phrase.replaceAll("\\s*\\(.*?\\)", "").strip();
        return serviceSubject.matcher(bare.toLowerCase(Locale.ROOT)).matches();
    }
}
