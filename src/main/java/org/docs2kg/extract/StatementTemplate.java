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
 * together.
 */
public final class StatementTemplate {
    /** What a service name becomes in a template. */
    public static final String SERVICE = "{service}";
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}{}]+");

    private StatementTemplate() {
    }

    public static String of(String text, Service service) {
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC);
        for (String name : service.namesLongestFirst()) {
            t = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(t).replaceAll(SERVICE);
        }
        return NOT_WORD.matcher(t.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
