package org.docs2kg.oscal;

/** How {@code docs2kg oscal} writes the document: OSCAL's JSON (the default) or its YAML. */
public enum OscalFormat {
    JSON("json"),
    YAML("yaml");

    private final String extension;

    OscalFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension (".json", ".yaml"). */
    public String extension() {
        return extension;
    }
}
