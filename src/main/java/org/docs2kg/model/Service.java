package org.docs2kg.model;

import java.util.SortedSet;
import java.util.TreeSet;

/** An AWS service: its name as the documentation uses it, and the short forms pages use. */
public record Service(String name, SortedSet<String> altLabels) {
    public Service {
        altLabels = new TreeSet<>(altLabels);
        altLabels.remove(name);
    }
}
