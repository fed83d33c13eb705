package org.docs2kg.model;

import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** An AWS service: its name as the documentation uses it, and the short forms pages use. */
public record Service(String name, SortedSet<String> altLabels) {
    public Service {
        altLabels = new TreeSet<>(altLabels);
        altLabels.remove(name);
    }

    /** The name and every short form, longest first (so a pattern tries "AWS App Runner" before "App Runner"). */
    public List<String> namesLongestFirst() {
        return Stream.concat(Stream.of(name), altLabels.stream()).filter(n -> !n.isBlank()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }
}
