package org.docs2kg.extract;

import org.docs2kg.analysis.Analysis;
import org.docs2kg.analysis.Clause;
import org.docs2kg.analysis.Token;
import org.docs2kg.extract.internal.RuleTable;
import org.docs2kg.extract.internal.WordPattern;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Provisions decided by the roles of the main clause (see {@link org.docs2kg.analysis.Clause}), the
 * families that the sentence shapes of {@link ProvisionRecognizer} cannot reach: plural and long
 * subjects with relative clauses ("All of the data and configurations that you create are encrypted
 * at rest"), a purpose or adverb first ("To increase durability, X synchronously stores …"),
 * operational verbs beyond encrypt/protect ("X manages backups", "The HSM detects and replaces …"),
 * components as actors, restrictions ("can be decrypted only by …", "endpoints support only secure
 * connections"), enforced negations ("doesn't support unencrypted (HTTP) endpoints", "cannot be
 * disabled") and data-handling facts ("… they aren't stored"). Word classes are lemmas, in
 * {@code provision-roles.tsv}; whether a sentence is about a security measure at all is the measure
 * rules' answer ({@link MeasureClassifier}).
 */
final class ProvisionRoles {
    private static final String WORDS = "/org/docs2kg/extract/provision-roles.tsv";

    private enum WordClass { PROTECTIVE, OPERATIONAL, PASSIVE, COPULA, PROPERTY, EXPOSURE, WEAKENING, INSECURE, SECURE,
        CUSTOMER, NOT_ACTOR }

    private static final Map<WordClass, Set<String>> CLASSES = load();
    /** What the customer may, should or might do is an option, not a provision. */
    private static final Set<String> OPTION_MODALS = Set.of("can", "may", "might", "should", "could", "would", "must");
    /** An offer to the reader or plumbing of a request, anywhere in the sentence: not a measure applied. */
    private static final WordPattern OFFER = WordPattern.of("you can", "you could", "you may", "you might", "helps? you",
            "lets? you", "allows? you", "enables? you", "you want", "for you to", "if you", "unless you", "whether you",
            "provides? you with", "gives? you",
            // "the following" leads in a list of API operations or an example, but "sends the following metrics
            // to CloudWatch" is monitoring the service does
            "the following(?!\\s+(?:metrics|dimensions)\\b)", "for example", "such as the following", "api operations?",
            "calls? the", "passes", "returns?", "the request", "sends? (?:an? )?(?:\\w+ )?requests?", "encryption context",
            "uses? (?:this|the|that) information", "tools?", "ways to", "as follows", "only if", "to decrypt",
            "so (?:that )?you");
    /**
     * What is offered, named as a thing: refuses in the verb group and after it ("AWS Glue offers several
     * features …"), not as the subject that acts ("SageMaker geospatial capabilities encrypts all your data").
     */
    private static final Pattern OFFERED_THING = Pattern.compile(
            "(?i)\\b(?:features?(?!\\s+(?:sets?|suites?))|options?|capabilit(?:y|ies))\\b");
    /**
     * IAM's machinery is access control the customer configures (SPEC v2 §2), in every family — unless
     * the service itself checks it: "Amazon EFS checks their user IDs … to verify that each user has permission".
     */
    private static final WordPattern IAM_MACHINERY = WordPattern.of("service-linked roles?", "slr", "iam", "permissions?",
            "grants?", "polic(?:y|ies)", "statements?", "(?:resource|action|principal|condition|effect|sid|not(?:resource|action|principal)) elements?", "acls?", "roles?", "condition keys?", "conditions?");
    /** The verbs by which a service applies access control itself. */
    private static final Set<String> CHECKS = Set.of("check", "verify", "validate", "enforce", "evaluate");
    /** A definition or label before a dash ("kms:Decrypt – (Required) Decrypts ciphertext."): the clause is after it. */
    private static final Pattern LABEL_DASH = Pattern.compile("^(?:[^–—:]{1,60}?\\s[–—-]\\s+|(?:[\\w-]+ ){0,5}[\\w-]+:\\s+"
            // "Encrypted connections—both the server and …": an em dash ("read–only" is one word)
            + "|(?:[\\w-]+ ){0,4}[\\w-]+—(?=\\w))");
    /** An example describes one case; it states no measure of the service. */
    private static final Pattern EXAMPLE = Pattern.compile("(?i)\\b(?:for example|for instance|e\\.g\\.|following example)");
    private static final Pattern BY_DEFAULT = Pattern.compile(
            "(?i)\\bby default\\b|\\bautomatically\\b|\\balways\\b|\\bfor all\\b|\\bat all times\\b|\\bcannot be (?:disabled|turned off)\\b"
            // a routine the service keeps on its own: "… service updates are released on a regular basis"
            + "|\\bon a (?:regular|continuous|periodic) basis\\b|\\b(?:regularly|periodically|continuously|continually)\\b"
            // every time a case arises: "Whenever any one of these validation exceptions occur, it is logged"
            + "|^whenever\\b");

    /** A choice that gives the service a value rather than turning a feature on. */
    private static final Pattern GIVEN_VALUE = Pattern.compile(
            "(?i)\\b(?:when|once|after|if) you (?:specify|provide|select|choose|configure|set|add|enter)\\b");

    private final MeasureClassifier measures;
    private final ServiceCatalog catalog;
    private final Set<String> ownNames;

    ProvisionRoles(MeasureClassifier measures, ServiceCatalog catalog, List<String> ownNames) {
        this.measures = measures;
        this.catalog = catalog;
        Set<String> names = new HashSet<>();
        ownNames.forEach(n -> names.add(n.toLowerCase(Locale.ROOT)));
        this.ownNames = Set.copyOf(names);
        this.checksItself = afterOwnName("\\s+(?:(?:also|always|then|first|will|will also)\\s+)?(?:checks?|verif(?:ies|y)|validates?|enforces?|evaluates?)\\b");
        this.byTheService = Pattern.compile("(?i)\\bby (?:the )?(?:aws" + ownNames.stream().map(n -> "|" + Pattern.quote(n))
                .collect(java.util.stream.Collectors.joining()) + ")\\b");
        this.checksWithIt = afterOwnName("\\s+(?:also\\s+)?uses\\b[^.,;]{1,80}?\\bto (?:check|verify|validate|enforce|evaluate)\\b");
    }

    /** One of the own names followed by {@code tail} (case-insensitive); never matches without names. */
    private Pattern afterOwnName(String tail) {
        if (ownNames.isEmpty()) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?i)\\b(?:" + String.join("|", ownNames.stream().map(Pattern::quote).toList()) + ")" + tail);
    }

    /** The own service's name followed by a verb of checking: "Amazon EFS checks …". */
    private final Pattern checksItself;
    /** "… by AWS", "… by the Widget Service": the one who acts in a passive, when it is the service. */
    private final Pattern byTheService;
    /** The own service using something to check: "Amazon EFS uses the mapped numeric IDs to check permissions". */
    private final Pattern checksWithIt;

    /** The subject names this service ("Secrets Manager", "The Amazon EFS mount helper"). */
    boolean hasOwnSubject(Clause c) {
        String subject = text(c.subject()).toLowerCase(Locale.ROOT);
        return ownNames.stream().anyMatch(subject::contains);
    }

    /** The subject is this service itself (one of its names). */
    private boolean ownSubject(Clause c) {
        String subject = text(c.subject()).toLowerCase(Locale.ROOT);
        return ownNames.stream().anyMatch(n -> subject.equals(n) || subject.equals("the " + n));
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}-]+");
    private static final Pattern NEVER = Pattern.compile("(?i)\\bnever\\b");
    /**
     * A sentence that opens with the reader ("You …"; not "Your backups are managed by X", whose subject is
     * what the service holds), offers the reader something, or gives an example.
     */
    private static final Pattern OPENS_WITH_READER = Pattern.compile("(?i)you\\b");
    private static final WordPattern READER_ACTS = WordPattern.of("you can", "you could", "you may", "you might",
            "helps? you", "lets? you", "allows? you", "enables? you", "for example", "for instance");

    /** A sentence that refers the reader elsewhere states nothing itself ("For more information, see …"). */
    private static final Pattern OPENS_A_REFERENCE = Pattern.compile("(?i)for (?:more )?(?:information|details)\\b");
    private static final WordPattern REFERENCE = WordPattern.of("see");

    /**
     * Whether the roles could apply at all, by the sentence's words alone, so that most sentences are
     * never analysed: some word is of a protective, passive, property, exposure or weakening class, or
     * is "only" (by its form or a stem of it); or an operational verb is followed by words the measure
     * rules find about a measure (its object must be). Never for a reference to elsewhere.
     */
    boolean mayApply(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (OPENS_WITH_READER.matcher(sentence).lookingAt() || READER_ACTS.foundIn(lower)
                || OPENS_A_REFERENCE.matcher(sentence).lookingAt() || REFERENCE.foundIn(lower)) {
            return false; // the reader acts or may act, an example, a reference: never a provision
        }
        // An offer or IAM's machinery after the last comma is in the main clause whatever the analysis finds
        // (leading clauses end at a comma), and the main clause may hold none: no need to analyse.
        int lastComma = sentence.lastIndexOf(',');
        String tail = sentence.substring(lastComma + 1).toLowerCase(Locale.ROOT);
        for (WordPattern refused : List.of(OFFER, IAM_MACHINERY)) {
            if (!refused.foundIn(tail)) {
                continue; // the common case, told by the words' literal beginnings alone (the regex gives what matched)
            }
            boolean checked = checksItself.matcher(sentence).find();
            // "… is never exported … in API operations": the roles decide (neverReleased)
            boolean never = refused == OFFER && NEVER.matcher(sentence).find();
            java.util.regex.Matcher offer = refused.matcher(sentence);
            while (offer.find()) {
                String offered = offer.group().toLowerCase(Locale.ROOT);
                boolean requestChecked = refused == OFFER && checked && offered.endsWith("request");
                boolean leadIn = refused == OFFER && offered.equals("the following") && sentence.endsWith(":");
                if (offer.start() > lastComma && !requestChecked && !leadIn && !never && (refused == OFFER || !checked
                        && !checksWithIt.matcher(sentence).find())) {
                    return false;
                }
            }
        }
        java.util.regex.Matcher m = WORD.matcher(lower);
        int operationalAt = -1;
        while (m.find()) {
            String w = m.group();
            if (w.equals("only") || isOf(w, STRONG_WORDS)) {
                return true;
            }
            if (operationalAt < 0 && isOf(w, CLASSES.get(WordClass.OPERATIONAL))) {
                operationalAt = m.end();
            }
        }
        // the measure after the verb ("X manages the keys"), a routine of what the subject names
        // ("… service updates are released on a regular basis"), or the service as the passive's agent
        // ("The key is managed by X")
        return operationalAt >= 0 && (!measures.classify(sentence.substring(operationalAt)).isEmpty()
                || BY_DEFAULT.matcher(sentence).find() || byTheService.matcher(sentence).find());
    }

    private static boolean isOf(String word, Set<String> lemmas) {
        return lemmas.contains(word) || hasStemIn(word, lemmas);
    }

    /** Some stem of {@code word} ("logged" → "log", "encrypted" → "encrypt") is one of {@code lemmas}. */
    private static boolean hasStemIn(String word, Set<String> lemmas) {
        for (String stem : stems(word)) {
            if (lemmas.contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** The lemmas of the classes that name a measure by themselves or with the clause's shape. */
    private static final Set<String> STRONG_WORDS = strongWords();

    private static Set<String> strongWords() {
        Set<String> all = new HashSet<>();
        for (WordClass c : List.of(WordClass.PROTECTIVE, WordClass.PASSIVE, WordClass.PROPERTY, WordClass.EXPOSURE,
                WordClass.WEAKENING)) {
            all.addAll(CLASSES.get(c));
        }
        return Set.copyOf(all);
    }

    /**
     * The part of a sentence to analyse: a complete sentence (a heading-like line without a full
     * stop states nothing), after a short label and dash.
     */
    static java.util.Optional<String> clauseText(String sentence) {
        String s = sentence.strip();
        if (!s.endsWith(".") && !s.endsWith(":")) {
            return java.util.Optional.empty();
        }
        java.util.regex.Matcher m = LABEL_DASH.matcher(s);
        return java.util.Optional.of(m.find() ? s.substring(m.end()) : s);
    }

    /**
     * Whether the analysed sentence states a provision by the roles of its main clause.
     *
     * @param chosen whether the sentence hangs on a choice of the customer ("When you enable …"): then
     *               only a protective verb (or a default) is the service's measure, not an operational one
     */
    boolean isProvision(Analysis a, boolean chosen) {
        if (holds(a, chosen)) {
            return true;
        }
        // The second of two predicates of one subject: "… supports up to 3 Availability Zones and is backed by
        // an auto scaling, redundant fleet …" (not after a modal: "can be … and is …" is still the option)
        return a.clause().modal().isEmpty() && a.coordinated().map(second -> holds(second, chosen)).orElse(false);
    }

    private boolean holds(Analysis a, boolean chosen) {
        Clause c = a.clause();
        // The leading clauses are the case ("When you enable key rotation, "); the main clause states the measure.
        String main = text(c.subject()) + " " + text(c.verbGroup()) + " " + text(c.rest());
        String predicate = text(c.verbGroup()) + " " + text(c.rest());
        if (c.mainVerb().isEmpty() || c.subject().isEmpty() || OFFER.matcher(main).find() && !checksRequest(a)
                && !protectiveLeadIn(a, main) && !neverReleased(a)
                || OFFERED_THING.matcher(predicate).find() || EXAMPLE.matcher(a.text()).find()
                || IAM_MACHINERY.matcher(main).find() && !checkedByService(a)
                || measures.classify(a.text()).isEmpty()) {
            return false;
        }
        if (!c.subject().isEmpty() && c.subject().get(c.subject().size() - 1).is("CCONJ")) {
            // The verb follows "and"/"or" directly: the "subject" is verbs the tagger took for nouns, an
            // imperative ("Use aws:ResourceTag/… to allow or deny …") or a permission item ("Create, describe,
            // update, and delete EventBridge rules on your behalf"), and names no one who acts.
            return false;
        }
        if (callsAnOperation(c)) {
            return false; // the plumbing of a mechanism: "X uses a DescribeKey operation to determine …" (SPEC v2 §2)
        }
        if (existentialDenial(c)) {
            return true; // "There is no data that is stored within X unencrypted."
        }
        boolean only = hasOnly(a);
        if (!actorOk(c, only) && !protectedThey(a)) {
            return false;
        }
        Token verb = a.mainVerb().orElseThrow(); // with its lemma, asked for only now
        if (otherService(c) && (c.passive() || !in(verb, WordClass.PROTECTIVE)) && !namesThisService(a.text())) {
            // "AWS KMS keys are protected by HSMs" describes KMS; AWS KMS rotating this service's keys is its measure
            return false;
        }
        // a participle that shares an earlier "be" ("is non-exportable and never transmitted") is passive
        boolean hasAux = c.verbGroup().stream().anyMatch(t -> t.is("AUX")) || c.passive();
        String form = verb.lower();
        // "… are resilient to …": a linking verb and a property; any other bare copula states nothing here
        // (after a bare "is"/"are" only an adjective counts: "is to verify …" states a purpose, not a property)
        boolean property = in(verb, WordClass.COPULA) && startsWithProperty(c)
                && !(verb.is("AUX") && c.rest().stream().filter(t -> !t.is("ADV")).findFirst()
                        .map(t -> t.lower().equals("to")).orElse(false));
        if (!hasAux && (form.endsWith("ing") || form.endsWith("ed")) || verb.is("AUX") && !c.passive() && !property) {
            return false; // a participle fragment ("Encryption … enabled using …"), a gerund, or a copula
        }
        // "If you configure your VPC so that …, jobs … do not have access": a consequence of the customer's setup
        boolean customerCase = c.intro().stream().anyMatch(t -> t.lower().equals("you") || t.lower().equals("your"));
        if (c.negated()) {
            return !customerCase && (enforcedNegation(c, verb) || neverReleased(a) || keepsNothing(c, verb));
        }
        // "If you have a default VPC and don't specify a subnet …, the cluster launches into your default VPC": what
        // follows from a setup the customer chose; "The first time you use …, AWS KMS creates …" is the service's act
        // — also when the condition names the customer's side or a value given ("If the client has not configured
        // a client policy, …", "If SANs are provided, …"), also after a leading adverbial ("However, if you include …")
        int condition = conditionStart(c.intro());
        boolean customerSetup = condition >= 0
                && (customerCase || configuredCase(c.intro().subList(condition, c.intro().size())));
        // A restriction may carry "can" ("can be decrypted only by …"); "might be used only once" is a possibility.
        boolean can = c.modal().filter("can"::equals).isPresent();
        if (c.modal().filter(OPTION_MODALS::contains).isPresent() && !(only && can)) {
            return false;
        }
        if (particleAfter(a, verb)) {
            return false; // "signed up", "turned off": another verb than the lemma says
        }
        if (property) {
            return true; // "… remains encrypted", "… are resilient to …", "… are designed to be highly available"
        }
        // A restriction of who may act: "Only your client and your HSMs can decrypt …", "… can be decrypted
        // only by your client and your HSM".
        boolean onlyWho = !c.subject().isEmpty() && c.subject().get(0).lower().equals("only")
                || c.passive() && only && agentFollows(c.rest());
        // A restriction of what an actor can reach: "Applications using the access point can only access data in
        // its own directory and below" (the verb is a way in; "supports only symmetric keys" is a limit)
        boolean onlyReach = only && can && !c.passive()
                && isVerbOf(verb, ACCESS_VERBS);
        if (onlyWho || onlyReach) {
            return true;
        }
        if (c.passive()) {
            // a restriction in the passive: "Traffic to the HSMs is permitted only from known hosts",
            // "… are accepted only over HTTPS"
            // (what "is supported only" for some resources is a limit of the feature, unless only what is secure is)
            return in(verb, WordClass.PROTECTIVE) || coordinated(c.rest(), WordClass.PROTECTIVE)
                    || only && in(verb, WordClass.EXPOSURE) && (!isVerbOf(verb, SUPPORT) || namesSecure(c.rest()))
                    || !customerSetup && doneByTheService(c, verb)
                    || !customerSetup && in(verb, WordClass.PASSIVE) && BY_DEFAULT.matcher(a.text()).find()
                    || !chosen && !customerSetup && in(verb, WordClass.OPERATIONAL) && (only || BY_DEFAULT.matcher(a.text()).find());
        }
        // Active voice: an actor (never the customer) applies a protective measure, or an operational
        // one to a security object ("X manages the keys", not "X uses the mesh configuration").
        boolean we = c.subjectHead().map(t -> t.lower().equals("we")).orElse(false);
        if (in(verb, WordClass.PROTECTIVE) && !verb.lemma().equals("use") || byProtective(c.rest())) {
            return true;
        }
        if (only && in(verb, WordClass.EXPOSURE) && namesSecure(c.rest())) {
            // a restriction to what is secure: "… endpoints support only secure connections over HTTPS";
            // "supports only symmetric KMS keys" is a limit, not a protection
            return true;
        }
        // Under the customer's choice the service itself may still act: "When user enforcement is enabled, Amazon
        // EFS replaces the NFS client's user and group IDs …" is the mechanism the choice turns on; what it does
        // with a value the customer gave ("When you specify the subnets, X creates network interfaces …") is
        // that value applied, the customer's configuration.
        boolean actsItself = ownSubject(c) && c.modal().isEmpty() && !GIVEN_VALUE.matcher(a.text()).find();
        // "can only" passed above for the restrictions; an operational verb after it is a limit ("can only use
        // symmetric KMS keys"), not a measure applied
        return !we && !can && (!chosen && !customerSetup || actsItself) && in(verb, WordClass.OPERATIONAL)
                && (!measures.classify(text(c.rest())).isEmpty() || disposes(a, verb));
    }

    /**
     * "… as data and metadata are read, they are automatically decrypted …": a passive "they" is what is
     * acted on, and a protective verb (or a default one) says what is done to it. As an actor "they" is
     * the customer's side ("they can …"), so only these passives pass.
     */
    private static boolean protectedThey(Analysis a) {
        Clause c = a.clause();
        if (!c.passive() || !c.subjectHead().map(t -> t.lower().equals("they")).orElse(false)) {
            return false;
        }
        Token verb = a.mainVerb().orElseThrow();
        return in(verb, WordClass.PROTECTIVE) || in(verb, WordClass.PASSIVE) && BY_DEFAULT.matcher(a.text()).find();
    }

    /**
     * The active voice turned round: "The AWS KMS key is owned and managed by DynamoDB", "The backups
     * are managed by AWS" — the service or AWS, named after "by" ({@link #byTheService}), applies an
     * operational verb (the main one or one joined to it by "and") to what the subject names, and the
     * subject is about a measure, as the object of "X manages the keys" must be.
     */
    private boolean doneByTheService(Clause c, Token verb) {
        List<Token> rest = c.rest();
        for (int i = 0; i < rest.size() && !rest.get(i).isClauseBreak(); i++) {
            if (rest.get(i).lower().equals("by")) {
                boolean operational = in(verb, WordClass.OPERATIONAL) || coordinated(rest.subList(0, i), WordClass.OPERATIONAL);
                return operational && byTheService.matcher(text(rest.subList(i, rest.size()))).lookingAt()
                        && !measures.classify(text(c.subject())).isEmpty();
            }
        }
        return false;
    }

    /**
     * The service itself does not keep what it handles: "X does not store your credentials", "AWS
     * doesn't retain the audio" — the active form of "… aren't stored", a data-handling fact. Only
     * the service or AWS as the subject: "the log group doesn't retain …" describes a setting.
     */
    private boolean keepsNothing(Clause c, Token verb) {
        return !c.passive() && c.modal().isEmpty() && isVerbOf(verb, KEPT)
                && (ownSubject(c) || text(c.subject()).equalsIgnoreCase("aws"));
    }

    /**
     * Deleting or purging what the service holds is data handling by the verb itself, whatever its
     * object is called, in a sentence the measure rules find about data handling: "X deletes the data
     * after the job completes", "… erases the recordings after 30 days".
     */
    private boolean disposes(Analysis a, Token verb) {
        return isVerbOf(verb, DISPOSED) && measures.classify(a.text()).contains(org.docs2kg.vocab.Measure.DATA_HANDLING);
    }

    private static final Set<String> DISPOSED = Set.of("delete", "purge", "erase", "remove", "destroy");

    /** A condition on the customer's side ("the client has not configured …") or on a value given ("SANs are provided"). */
    /**
     * Where a leading clause opened by "if" or "unless" starts in {@code intro}: at its start, or after
     * a comma that ends a leading adverbial ("However, if …"); -1 when none does.
     */
    private static int conditionStart(List<Token> intro) {
        for (int i = 0; i < intro.size(); i++) {
            String l = intro.get(i).lower();
            if ((l.equals("if") || l.equals("unless")) && (i == 0 || intro.get(i - 1).text().equals(","))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean configuredCase(List<Token> intro) {
        for (int i = 1; i < intro.size(); i++) {
            Token t = intro.get(i);
            if (i <= 3 && CLASSES.get(WordClass.CUSTOMER).contains(t.lower()) && (t.is("NOUN") || t.is("PRON"))) {
                return true;
            }
            if (t.is("VERB") && GIVEN.contains(t.lower()) && intro.get(i - 1).is("AUX")) {
                return true;
            }
        }
        return false;
    }

    /** Participles of a value given: "If SANs are provided", "if a key is specified". */
    private static final Set<String> GIVEN = Set.of("provided", "specified", "configured", "supplied", "set", "selected",
            "chosen", "given", "entered");

    /**
     * IAM's machinery checked by the service itself, not configured by the customer: "Amazon EFS checks
     * their user IDs …", "Amazon EFS uses the mapped numeric IDs to check permissions …", "File ownership
     * and access permissions are always enforced".
     */
    private boolean checkedByService(Analysis a) {
        Clause c = a.clause();
        boolean checks = isVerbOf(a.mainVerb().orElseThrow(), CHECKS);
        if (ownSubject(c) && (checks || checksWithIt.matcher(a.text()).find())) {
            return true;
        }
        return c.passive() && checks && c.modal().isEmpty()
                && c.verbGroup().stream().anyMatch(t -> t.lower().equals("always"));
    }

    /**
     * What is never let out: "Key material that AWS KMS generates … is never exported or transmitted in
     * AWS KMS API operations", "Plaintext key material never leaves the HSMs" — a property enforced
     * whatever the sentence names beside it (the API operations here are where it is not exported).
     * "never" with an exposing or weakening verb, in the passive or with what is insecure as the subject.
     */
    private static boolean neverReleased(Analysis a) {
        Clause c = a.clause();
        if (!c.negated() || c.verbGroup().stream().noneMatch(t -> t.lower().equals("never"))) {
            return false;
        }
        Token verb = a.mainVerb().orElseThrow();
        boolean releasing = in(verb, WordClass.EXPOSURE) || in(verb, WordClass.WEAKENING);
        boolean insecureSubject = c.subject().stream().anyMatch(t -> CLASSES.get(WordClass.INSECURE).contains(t.lower()));
        return releasing && (c.passive() || insecureSubject);
    }

    /**
     * A lead-in whose verb is protective: "When enabled on a replication group, it encrypts the following
     * aspects:" states a measure its items spell out ("the following" otherwise leads in API operations
     * or an example, which is no measure applied).
     */
    private static boolean protectiveLeadIn(Analysis a, String main) {
        return a.text().strip().endsWith(":") && a.mainVerb().map(v -> in(v, WordClass.PROTECTIVE)).orElse(false)
                && !OFFER.matcher(main.replaceAll("(?i)\\bthe following\\b", "")).find();
    }

    /**
     * The service itself checks a request, which is access control it applies, not the plumbing of a
     * request (SPEC v2 §2): "Application Auto Scaling validates permissions for requests … before
     * proceeding with the request".
     */
    private boolean checksRequest(Analysis a) {
        return ownSubject(a.clause()) && a.mainVerb().map(v -> isVerbOf(v, CHECKS)).orElse(false)
                && !OFFER.matcher(text(a.clause().rest()).replaceAll("(?i)\\b(?:the|a|each|every) requests?\\b", "")).find();
    }

    /** The rest opens with a security property: "encrypted", "resilient", "designed to be highly available". */
    private static boolean startsWithProperty(Clause c) {
        List<Token> rest = c.rest();
        List<Token> group = c.verbGroup();
        // "is highly available": the adverb is the verb group's last word
        boolean highlyInGroup = !group.isEmpty() && group.get(group.size() - 1).lower().equals("highly");
        for (int i = 0; i < Math.min(rest.size(), 5); i++) {
            Token t = rest.get(i);
            // "available" is a property only as "highly available": "is available in all Regions" says where it is offered
            boolean offered = t.lower().equals("available")
                    && (i == 0 ? !highlyInGroup : !rest.get(i - 1).lower().equals("highly"));
            if (i == 0 && RESTRICTED_ACCESS.contains(t.lower()) && i + 1 < rest.size() && rest.get(i + 1).lower().equals("only")) {
                return true; // a restriction as a property: "… are accessible only to the management account"
            }
            if (CLASSES.get(WordClass.PROPERTY).contains(t.lower()) && !offered || t.is("VERB") && in(t, WordClass.PROTECTIVE)) {
                return true;
            }
            if (!(t.is("ADV") || t.is("PART") || t.is("AUX") || t.lower().equals("designed") || t.lower().equals("to"))) {
                return false;
            }
        }
        return false;
    }

    /**
     * Something secure is named: "secure connections", "HTTPS", "TLS 1.2" — not TLS from version 1.0 or
     * 1.1 on ("only supports TLS 1.0–1.2" keeps the old versions: a limit, not a protection).
     */
    private static boolean namesSecure(List<Token> rest) {
        for (int i = 0; i < rest.size(); i++) {
            Token t = rest.get(i);
            boolean oldTls = t.lower().equals("tls") && i + 1 < rest.size()
                    && (rest.get(i + 1).lower().startsWith("1.0") || rest.get(i + 1).lower().startsWith("1.1"));
            if (in(t, WordClass.SECURE) && !oldTls) {
                return true;
            }
        }
        return false;
    }

    /**
     * "There is no …" with what is denied insecure and an exposing verb: "There is no data that is stored
     * within X unencrypted" enforces a property, as "X never stores data unencrypted" would.
     */
    private static boolean existentialDenial(Clause c) {
        if (c.subject().size() != 1 || !c.subject().get(0).lower().equals("there") || c.negated()
                || c.rest().isEmpty() || !c.rest().get(0).lower().equals("no")) {
            return false;
        }
        boolean exposing = c.rest().stream().anyMatch(t -> t.is("VERB") && in(t, WordClass.EXPOSURE));
        return exposing && c.rest().stream().anyMatch(t -> CLASSES.get(WordClass.INSECURE).contains(t.lower()));
    }

    /** Verbs of reaching something: with "can only", a restriction of access. */
    private static final Set<String> ACCESS_VERBS = Set.of("access", "retrieve", "read", "reach", "view", "connect");

    /** Adjectives of who may reach something, a restriction when "only" follows. */
    private static final Set<String> RESTRICTED_ACCESS = Set.of("accessible", "visible", "readable", "reachable");

    /**
     * The means is protective: "… provides an additional layer of data protection by always securing
     * your data", "… provides enhanced security by encrypting all your data at rest".
     */
    private static boolean byProtective(List<Token> rest) {
        for (int i = 0; i + 1 < rest.size(); i++) {
            if (rest.get(i).isClauseBreak()) {
                return false;
            }
            if (rest.get(i).lower().equals("by")) {
                int k = i + 1;
                while (k < rest.size() && rest.get(k).is("ADV")) {
                    k++;
                }
                return k < rest.size() && rest.get(k).lower().endsWith("ing") && in(rest.get(k), WordClass.PROTECTIVE);
            }
        }
        return false;
    }

    /**
     * "… are stored in DynamoDB and encrypted at rest": a participle of {@code kind} coordinated with the
     * verb ("and" + verb), before the clause ends.
     */
    private static boolean coordinated(List<Token> rest, WordClass kind) {
        for (int i = 1; i < rest.size(); i++) {
            Token t = rest.get(i);
            if (t.isClauseBreak() && !t.text().equals(",")) {
                return false;
            }
            if (t.is("VERB") && rest.get(i - 1).lower().equals("and") && in(t, kind)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The passive's agent: a "by" before any other verb of the rest ("… can be decrypted only by your
     * client"), not one inside a later phrase ("… can only be used to rotate the secret specified by that ARN").
     */
    private static boolean agentFollows(List<Token> rest) {
        for (Token t : rest) {
            if (t.lower().equals("by")) {
                return true;
            }
            if (t.is("VERB")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The service uses or calls an API operation: which call it makes, not a measure it applies
     * ("DynamoDB uses a DescribeKey operation to determine whether the KMS key … exists").
     */
    private static boolean callsAnOperation(Clause c) {
        if (c.mainVerb().isEmpty() || !isVerbOf(c.mainVerb().get(), CALLS)) {
            return false;
        }
        for (Token t : c.rest()) {
            String l = t.lower();
            if (l.equals("to") || t.isClauseBreak()) {
                return false; // a purpose or another clause: "uses the key to encrypt …"
            }
            if (OPERATION_WORDS.contains(l)) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> CALLS = Set.of("use", "call", "invoke");
    private static final Set<String> SUPPORT = Set.of("support");
    private static final Set<String> OPERATION_WORDS = Set.of("operation", "operations", "api", "apis");

    /** The rest opens with "or"/"and" and a participle that is not of {@code kind}: "… modified or recovered". */
    private static boolean coordinatedOtherThan(List<Token> rest, WordClass kind) {
        return rest.size() > 1 && rest.get(0).is("CCONJ") && rest.get(1).is("VERB") && !in(rest.get(1), kind);
    }

    /** The main verb is followed by a particle that makes it another verb ("sign up", "turn off", "set up"). */
    private static boolean particleAfter(Analysis a, Token verb) {
        List<Token> t = a.tokens();
        for (int i = 0; i + 1 < t.size(); i++) {
            if (t.get(i).start() == verb.start()) {
                String next = t.get(i + 1).lower();
                return next.equals("up") || next.equals("off") || next.equals("out") || next.equals("down");
            }
        }
        return false;
    }

    private static String text(List<Token> tokens) {
        StringBuilder b = new StringBuilder();
        tokens.forEach(t -> b.append(b.length() == 0 ? "" : " ").append(t.text()));
        return b.toString();
    }

    /** "doesn't support unencrypted (HTTP) endpoints", "can't have public IP addresses", "cannot be disabled". */
    private static boolean enforcedNegation(Clause c, Token verb) {
        if (c.passive() && in(verb, WordClass.WEAKENING) && c.modal().filter("can"::equals).isPresent()) {
            // "cannot be disabled", "can no longer be changed"; not when a verb of another kind shares the
            // denial: "it cannot be modified or recovered after a hardware failure" states a loss
            return !coordinatedOtherThan(c.rest(), WordClass.WEAKENING);
        }
        if (!in(verb, WordClass.EXPOSURE)) {
            return false; // "doesn't encrypt backlogged messages" states a missing measure
        }
        for (Token t : c.rest()) {
            if (CLASSES.get(WordClass.INSECURE).contains(t.lower())) {
                return true;
            }
        }
        // A passive "… aren't stored" of what the service holds: a data-handling fact.
        return c.passive() && isVerbOf(verb, KEPT);
    }

    /**
     * Another AWS service as the one who acts ("CloudTrail provides a record …", "Security Hub uses
     * security controls …"): a tool offered beside this service, not what this service does (SPEC v2 §2).
     */
    private boolean otherService(Clause c) {
        StringBuilder subject = new StringBuilder();
        for (Token t : c.subject()) {
            String l = t.lower();
            if (l.equals("that") || l.equals("which") || l.equals("who")) {
                break;
            }
            subject.append(subject.length() == 0 ? "" : " ").append(t.text());
        }
        String text = subject.toString();
        if (ownNames.stream().anyMatch(n -> text.toLowerCase(Locale.ROOT).contains(n))) {
            return false;
        }
        return !catalog.mentions(text).isEmpty();
    }

    private boolean namesThisService(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return ownNames.stream().anyMatch(lower::contains);
    }

    /** The subject is not the customer's side, not the page itself, and not the reader in the active voice. */
    private static boolean actorOk(Clause c, boolean only) {
        Token head = c.subjectHead().orElse(null);
        if (head == null) {
            return false;
        }
        String h = head.lower();
        if (CLASSES.get(WordClass.NOT_ACTOR).contains(h) || h.equals("this") || h.equals("that") || h.equals("these")
                || h.equals("there") || h.equals("which")) {
            return false;
        }
        if (c.passive()) {
            return !CLASSES.get(WordClass.CUSTOMER).contains(h) || h.equals("account") || h.equals("accounts");
        }
        if (CLASSES.get(WordClass.CUSTOMER).contains(h) && !only) {
            return false; // "Applications using the access point can only access …" is a restriction the service enforces
        }
        // "Only your client and your HSMs can decrypt …": a restriction the service enforces.
        if (c.subject().get(0).lower().equals("only")) {
            return true;
        }
        // "Your application uses …": the reader's own thing acts ("traffic to your API" does not).
        for (Token t : c.subject()) {
            String l = t.lower();
            if (l.equals("that") || l.equals("which") || l.equals("who") || t.is("ADP")) {
                break;
            }
            if (l.equals("you") || l.equals("your")) {
                return false;
            }
        }
        return true;
    }

    /** "only" in or right after the verb group, or opening the subject: a restriction. */
    private static boolean hasOnly(Analysis a) {
        Clause c = a.clause();
        if (!c.subject().isEmpty() && c.subject().get(0).lower().equals("only")) {
            return true;
        }
        if (c.verbGroup().stream().anyMatch(t -> t.lower().equals("only"))) {
            return true;
        }
        List<Token> rest = c.rest();
        for (int i = 0; i < Math.min(rest.size(), 8); i++) {
            if (rest.get(i).lower().equals("only")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a verb token is of a class: by its lemma, or by a stem of its form where the
     * lemmatizer slipped ("encrypted" → "encrypte").
     */
    static boolean in(Token verb, WordClass c) {
        return isVerbOf(verb, CLASSES.get(c));
    }

    /**
     * Whether a verb token is one of {@code lemmas}: by its lemma, its form, or a stem of its form,
     * because the lemmatizer slips on regular forms ("encrypted" → "encrypte", "logged" → "logd",
     * "validated" and "audited" left as they are).
     */
    static boolean isVerbOf(Token verb, Set<String> lemmas) {
        return lemmas.contains(verb.lemma()) || isOf(verb.lower(), lemmas);
    }

    /**
     * What a passive "… aren't stored", or the service's own "X does not store …", says of the data the
     * service holds: a data-handling fact. Not "log": "TestInvokeMethod is not logged in CloudTrail"
     * is a gap in the audit trail, not a protection.
     */
    private static final Set<String> KEPT = Set.of("store", "retain", "persist");

    private static List<String> stems(String w) {
        List<String> s = new ArrayList<>(4);
        if (w.length() > 5 && w.endsWith("ed") && w.charAt(w.length() - 3) == w.charAt(w.length() - 4)) {
            s.add(w.substring(0, w.length() - 3)); // "logged" → "log"
        }
        if (w.endsWith("ied")) {
            s.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("ies")) {
            s.add(w.substring(0, w.length() - 3) + "y");
        }
        for (String suffix : List.of("ed", "es", "s", "ing", "d")) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                s.add(w.substring(0, w.length() - suffix.length()));
            }
        }
        if (w.endsWith("ing") && w.length() > 5) {
            s.add(w.substring(0, w.length() - 3) + "e");
        }
        return s;
    }

    private static Map<WordClass, Set<String>> load() {
        Map<WordClass, Set<String>> m = new EnumMap<>(WordClass.class);
        for (WordClass c : WordClass.values()) {
            m.put(c, new HashSet<>());
        }
        for (RuleTable.Row row : RuleTable.load(WORDS)) {
            WordClass c = RuleTable.wordClass(row, WordClass.class, WORDS);
            for (String w : row.column(1).split("\\s+")) {
                m.get(c).add(w.toLowerCase(Locale.ROOT));
            }
        }
        m.replaceAll((k, v) -> Set.copyOf(v));
        return m;
    }
}
