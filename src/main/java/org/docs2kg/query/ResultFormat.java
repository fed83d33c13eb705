package org.docs2kg.query;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** How query results are printed: tables for SELECT/ASK, RDF syntaxes for CONSTRUCT/DESCRIBE. */
public enum ResultFormat {
    TABLE, CSV, TSV, JSON, TURTLE, NTRIPLES, JSONLD, RDFXML;

    public static Optional<ResultFormat> byName(String name) {
        String n = name.toUpperCase(Locale.ROOT).replace("-", "").replace("/", "");
        return Arrays.stream(values()).filter(f -> f.name().equals(n)).findFirst();
    }

    public boolean isGraphFormat() {
        return this == TURTLE || this == NTRIPLES || this == JSONLD || this == RDFXML;
    }

    @Override
    public String toString() {
        return name().toLowerCase(Locale.ROOT);
    }
}
