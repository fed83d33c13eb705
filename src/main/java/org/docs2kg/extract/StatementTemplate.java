package org.docs2kg.extract;

import org.docs2kg.model.Service;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The template of a statement: its text with the guide's own service names (and short forms)
 * masked, lower-cased, punctuation and white space folded, so that the same sentence in twenty
 * guides ("We recommend TLS 1.2 or later", "As a managed service, X is protected by …") has one
 * template. It depends on the statement and its guide only, never on which guides are exported
 * together. One instance per guide: the names' pattern is compiled once.
 */
public final class StatementTemplate {
    /** What a service name becomes in a template. */
    public static final String SERVICE = "{service}";
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}{}]+");

    private final Pattern names;

    private StatementTemplate(Service service) {
        this.names = service.namesLongestFirst().isEmpty() ? null : Pattern.compile(
                "(?<![\\p{L}\\p{N}])(?:" + String.join("|", service.namesLongestFirst().stream().map(Pattern::quote)
                        .toList()) + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** Templates for the statements of a guide of {@code service}. */
    public static StatementTemplate forService(Service service) {
        return new StatementTemplate(service);
    }

    public String of(String text) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        if (names != null) {
            t = names.matcher(t).replaceAll(SERVICE);
        }
        return NOT_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The template of one statement (compiles the names' pattern: use {@link #forService} for many). */
    public static String of(String text, Service service) {
        return forService(service).of(text);
    }
}
