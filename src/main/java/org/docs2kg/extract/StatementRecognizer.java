package org.docs2kg.extract;

import org.docs2kg.extract.internal.Alternation;
import org.docs2kg.extract.internal.RuleTable;
import org.docs2kg.model.Modality;
import org.docs2kg.model.Party;
import org.docs2kg.model.Scope;
import org.docs2kg.model.Service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Recognises responsibility statements and security recommendations in single sentences.
 * The rules are the cue table {@code cues.tsv} (see docs/extraction.md): the first row whose
 * pattern matches decides modality and party, and "none" rows exclude a sentence outright.
 */
public final class StatementRecognizer {
    private static final String CUES = "/org/docs2kg/extract/cues.tsv";
    private static final Pattern OF_THE_CLOUD = Pattern.compile("(?i)\\bsecurity of the cloud\\b");
    private static final Pattern IN_THE_CLOUD = Pattern.compile("(?i)\\bsecurity in the cloud\\b");
    private static final Pattern ANY_CUE = Pattern.compile("(?i)responsib|recommend|best practice");

    /** One row of the cue table, with SERVICE already replaced by this guide's service names. */
    public record Cue(int line, Optional<Modality> modality, Party party, Pattern pattern) {
    }

    /** What a sentence was recognised as. */
    public record Recognition(Party party, Modality modality, Optional<Scope> scope) {
    }

    private final List<Cue> cues;

    /** Rules for a guide of {@code service}: its names stand for AWS in "X is responsible". */
    public StatementRecognizer(Service service) {
        String names = Alternation.of(service.namesLongestFirst());
        List<Cue> list = new ArrayList<>();
        for (RuleTable.Row row : RuleTable.load(CUES)) {
            String m = row.column(0);
            Optional<Modality> modality = m.equals("none") ? Optional.empty() : Optional.of(Modality.byLabel(m));
            Party party = modality.isEmpty() ? Party.CUSTOMER : Party.byLabel(row.column(1));
            String regex = row.column(2).replace("SERVICE", names);
            list.add(new Cue(row.line(), modality, party, Pattern.compile(regex, Pattern.CASE_INSENSITIVE)));
        }
        this.cues = List.copyOf(list);
    }

    public List<Cue> cues() {
        return cues;
    }

    public Optional<Recognition> recognise(String sentence) {
        if (!ANY_CUE.matcher(sentence).find()) {
            return Optional.empty(); // cheap pre-check: most sentences carry no cue at all
        }
        for (Cue cue : cues) {
            if (cue.pattern().matcher(sentence).find()) {
                return cue.modality().map(m -> new Recognition(cue.party(), m, scopeOf(sentence)));
            }
        }
        return Optional.empty();
    }

    static Optional<Scope> scopeOf(String sentence) {
        if (OF_THE_CLOUD.matcher(sentence).find()) {
            return Optional.of(Scope.SECURITY_OF_THE_CLOUD);
        }
        if (IN_THE_CLOUD.matcher(sentence).find()) {
            return Optional.of(Scope.SECURITY_IN_THE_CLOUD);
        }
        return Optional.empty();
    }
}
