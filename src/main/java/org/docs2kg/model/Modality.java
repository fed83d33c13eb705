package org.docs2kg.model;

import java.util.Locale;

/**
 * What kind of statement a sentence is: it assigns responsibility, recommends a security action
 * to the customer, states a requirement the customer must meet (an obligation: "Clients must
 * support TLS 1.2 or later"), or states a security measure that AWS or the service applies for
 * the customer (a provision: "All data is encrypted at rest"). The order is the precedence of
 * labels-v3 SPEC §4: a sentence takes the first that applies.
 */
public enum Modality {
    RESPONSIBILITY, RECOMMENDATION, OBLIGATION, PROVISION;

    /** The label used in gold files and query results ("responsibility", "obligation", …). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality byLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
