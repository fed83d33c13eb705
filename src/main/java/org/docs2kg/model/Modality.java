package org.docs2kg.model;

import java.util.Locale;

/** Whether a statement assigns responsibility or recommends a security action. */
public enum Modality {
    RESPONSIBILITY, RECOMMENDATION;

    /** The label used in gold files and query results ("responsibility", "recommendation"). */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Modality byLabel(String label) {
        return valueOf(label.trim().toUpperCase(Locale.ROOT));
    }
}
