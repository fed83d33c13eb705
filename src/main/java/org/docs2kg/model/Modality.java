package org.docs2kg.model;

import java.util.Locale;

/**
 * What kind of statement a sentence is: it assigns responsibility, recommends a security action
 * to the customer, or states a security measure that AWS or the service applies for the customer
 * (a provision: "All data is encrypted at rest").
 */
public enum Modality {
    RESPONSIBILITY, RECOMMENDATION, PROVISION;

    /** The label used in gold files and query results ("responsibility", "recommendation", "provision"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality byLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
