package org.docs2kg.model;

/** Who carries a responsibility statement: AWS, the customer, or both at once. */
public enum Party {
    AWS("AWS"), CUSTOMER("Customer"), SHARED("Shared");

    private final String label;

    Party(String label) {
        this.label = label;
    }

    /** The label used in gold files and query results ("AWS", "Customer", "Shared"). */
    public String label() {
        return label;
    }

    public static Party byLabel(String label) {
        for (Party p : values()) {
            if (p.label.equalsIgnoreCase(label)) {
                return p;
            }
        }
        throw new IllegalArgumentException("unknown party: " + label);
    }
}
