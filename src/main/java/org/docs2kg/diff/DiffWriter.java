package org.docs2kg.diff;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.docs2kg.rdf.DeterministicWriter;
import org.docs2kg.rdf.OutputFormat;
import org.docs2kg.rdf.Terms;
import org.docs2kg.vocab.DK;
import org.docs2kg.vocab.Iris;
import org.docs2kg.vocab.Namespaces;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes a list of changes as a table, CSV, JSON, or an RDF change set (Turtle). */
public final class DiffWriter {

    /** The formats of `docs2kg diff`. */
    public enum Format {
        TABLE, CSV, JSON, TURTLE;

        public static java.util.Optional<Format> byName(String name) {
            for (Format f : values()) {
                if (f.name().equalsIgnoreCase(name)) {
                    return java.util.Optional.of(f);
                }
            }
            return java.util.Optional.empty();
        }
    }

    private static final String[] COLUMNS = {"guide", "change", "page", "old_line", "new_line", "party", "modality",
        "old", "new"};

    private DiffWriter() {
    }

    public static void write(List<Change> changes, Version older, Version newer, Format format, Iris iris,
                             OutputStream out) {
        switch (format) {
            case CSV -> csv(changes, out);
            case JSON -> json(changes, older, newer, out);
            case TURTLE -> turtle(changes, older, newer, iris, out);
            default -> table(changes, older, newer, out);
        }
    }

    private static List<String> values(Change c) {
        return List.of(c.guide(), c.kind().label(), c.page(), c.oldLine() == 0 ? "" : Integer.toString(c.oldLine()),
                c.newLine() == 0 ? "" : Integer.toString(c.newLine()), c.party(), c.modality(), c.oldValue(),
                c.newValue());
    }

    private static PrintWriter writer(OutputStream out) {
        return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), false);
    }

    private static void table(List<Change> changes, Version older, Version newer, OutputStream out) {
        PrintWriter w = writer(out);
        w.printf("%s -> %s: %d change%s%n", older.label(), newer.label(), changes.size(), changes.size() == 1 ? "" : "s");
        String guide = null;
        for (Change c : changes) {
            if (!c.guide().equals(guide)) {
                guide = c.guide();
                w.println();
                w.println("== " + guide);
            }
            String where = c.page().isEmpty() ? "" : c.page() + (c.newLine() > 0 ? ":" + c.newLine()
                    : c.oldLine() > 0 ? ":" + c.oldLine() : "");
            String who = c.party().isEmpty() ? "" : " [" + c.party() + "/" + c.modality() + "]";
            if (c.kind() == Change.Kind.OTHER_PAGES) {
                w.printf("  %-24s %s outside the security chapter (--all-pages lists them)%n", c.kind().label(),
                        String.join(", ", java.util.stream.Stream.of(c.newValue(), c.oldValue())
                                .filter(v -> !v.isEmpty()).toList()));
                continue;
            }
            w.printf("  %-24s %s%s%n", c.kind().label(), where, who);
            if (!c.oldValue().isEmpty()) {
                w.println("      - " + c.oldValue());
            }
            if (!c.newValue().isEmpty()) {
                w.println("      + " + c.newValue());
            }
        }
        w.flush();
    }

    private static void csv(List<Change> changes, OutputStream out) {
        PrintWriter w = writer(out);
        w.print(String.join(",", COLUMNS) + "\r\n");
        for (Change c : changes) {
            w.print(String.join(",", values(c).stream().map(DiffWriter::csvField).toList()) + "\r\n");
        }
        w.flush();
    }

    private static String csvField(String v) {
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private static void json(List<Change> changes, Version older, Version newer, OutputStream out) {
        JsonObject root = new JsonObject();
        root.put("old", older.label());
        root.put("new", newer.label());
        JsonArray list = new JsonArray();
        for (Change c : changes) {
            JsonObject o = new JsonObject();
            List<String> v = values(c);
            for (int i = 0; i < COLUMNS.length; i++) {
                if (COLUMNS[i].endsWith("_line")) {
                    if (!v.get(i).isEmpty()) {
                        o.put(COLUMNS[i], Integer.parseInt(v.get(i)));
                    }
                } else if (!v.get(i).isEmpty()) {
                    o.put(COLUMNS[i], v.get(i));
                }
            }
            list.add(o);
        }
        root.put("changes", list);
        PrintWriter w = writer(out);
        w.println(root);
        w.flush();
    }

    /**
     * The change set: one dk:ChangeSet (a prov:Activity that used both versions) and a dk:Change per
     * difference, pointing to the guide (dk:guide) so that it loads next to the guides' graphs.
     */
    private static void turtle(List<Change> changes, Version older, Version newer, Iris iris, OutputStream out) {
        Node oldVersion = iris.version(older.label());
        Node newVersion = iris.version(newer.label());
        Node set = iris.changeSet(older.label(), newer.label());
        List<Triple> t = new ArrayList<>();
        for (Node[] v : new Node[][] {{oldVersion, Terms.text(older.label())}, {newVersion, Terms.text(newer.label())}}) {
            t.add(Triple.create(v[0], Terms.TYPE, DK.DocumentationVersion));
            t.add(Triple.create(v[0], Terms.SOURCE, v[1]));
        }
        t.add(Triple.create(set, Terms.TYPE, DK.ChangeSet));
        t.add(Triple.create(set, Terms.USED, oldVersion));
        t.add(Triple.create(set, Terms.USED, newVersion));
        t.add(Triple.create(set, DK.oldVersion, oldVersion));
        t.add(Triple.create(set, DK.newVersion, newVersion));
        for (Change c : changes) {
            Node n = iris.change(String.join("\u0000", values(c)));
            t.add(Triple.create(set, DK.change, n));
            t.add(Triple.create(n, Terms.TYPE, DK.Change));
            t.add(Triple.create(n, DK.changeKind, Terms.text(c.kind().label())));
            t.add(Triple.create(n, DK.guide, iris.guide(c.guide())));
            t.add(Triple.create(n, Terms.WAS_GENERATED_BY, set));
            t.add(Triple.create(n, Terms.WAS_DERIVED_FROM, oldVersion));
            t.add(Triple.create(n, Terms.WAS_DERIVED_FROM, newVersion));
            if (!c.page().isEmpty()) {
                t.add(Triple.create(n, DK.fileName, Terms.text(c.page())));
            }
            if (c.oldLine() > 0) {
                t.add(Triple.create(n, DK.oldLine, Terms.integer(c.oldLine())));
            }
            if (c.newLine() > 0) {
                t.add(Triple.create(n, DK.newLine, Terms.integer(c.newLine())));
            }
            if (!c.oldValue().isEmpty()) {
                t.add(Triple.create(n, DK.oldValue, Terms.text(c.oldValue())));
            }
            if (!c.newValue().isEmpty()) {
                t.add(Triple.create(n, DK.newValue, Terms.text(c.newValue())));
            }
            if (!c.party().isEmpty()) {
                t.add(Triple.create(n, DK.party, switch (c.party()) {
                    case "Customer" -> DK.Customer;
                    case "Shared" -> DK.Shared;
                    default -> DK.AWS;
                }));
                t.add(Triple.create(n, DK.modality, switch (c.modality().toLowerCase(Locale.ROOT)) {
                    case "recommendation" -> DK.recommendation;
                    case "provision" -> DK.provision;
                    case "obligation" -> DK.obligation;
                    default -> DK.responsibility;
                }));
            }
        }
        try (DeterministicWriter w = new DeterministicWriter(out, OutputFormat.TURTLE, Namespaces.standard())) {
            w.write(null, t);
        }
    }
}
