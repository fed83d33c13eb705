package org.docs2kg.eval;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonParseException;
import org.apache.jena.atlas.json.JsonValue;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.model.Modality;
import org.docs2kg.model.Party;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Gold labels for one guide, in the format of {@code shared/labels/SPEC.md}. */
public record GoldLabels(String guide, String service, String securityRoot, List<GoldTopic> topics,
                         List<GoldStatement> statements) {

    public record GoldTopic(String page, String concept) {
    }

    public record GoldStatement(String page, Party party, Modality modality, String text) {
    }

    /** All {@code *.json} label files of a directory, sorted by guide id. */
    public static List<GoldLabels> loadDirectory(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new Docs2KgException(dir + ": labels directory does not exist");
        }
        List<GoldLabels> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                all.add(load(f));
            }
        } catch (IOException e) {
            throw new Docs2KgException(dir + ": cannot list: " + e.getMessage(), e);
        }
        if (all.isEmpty()) {
            throw new Docs2KgException(dir + ": no *.json label files");
        }
        all.sort(java.util.Comparator.comparing(GoldLabels::guide));
        return all;
    }

    public static GoldLabels load(Path file) {
        try {
            JsonObject o = JSON.read(file.toString());
            List<GoldTopic> topics = new ArrayList<>();
            for (JsonValue v : array(o, "topics")) {
                JsonObject t = v.getAsObject();
                topics.add(new GoldTopic(str(t, "page"), str(t, "concept")));
            }
            List<GoldStatement> statements = new ArrayList<>();
            for (JsonValue v : array(o, "statements")) {
                JsonObject s = v.getAsObject();
                statements.add(new GoldStatement(str(s, "page"), Party.byLabel(str(s, "party")),
                        Modality.byLabel(str(s, "modality")), str(s, "text")));
            }
            return new GoldLabels(str(o, "guide"), str(o, "service"), str(o, "securityRoot"), topics, statements);
        } catch (JsonParseException e) {
            throw new Docs2KgException(file + ":" + e.getLine() + ":" + e.getColumn() + ": bad JSON: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new Docs2KgException(file + ": not a label file in the SPEC.md format: " + e.getMessage(), e);
        }
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.hasKey(key) ? o.get(key).getAsArray() : new JsonArray();
    }

    private static String str(JsonObject o, String key) {
        return o.hasKey(key) ? o.get(key).getAsString().value() : "";
    }
}
