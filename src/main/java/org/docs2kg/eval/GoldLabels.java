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
import java.util.EnumSet;
import java.util.Set;
import java.util.List;
import java.util.stream.Stream;

/**
 * Gold labels for one guide, in the format of {@code shared/labels/SPEC.md} (version 1) or
 * {@code shared/labels-v2/SPEC.md} (version 2: a {@code modalities} list, list items with
 * {@code itemOf}, provisions) or {@code shared/labels-v3/SPEC.md} (version 3: obligations, and
 * the measures of every statement). Version 2 said:
 * {@code itemOf}, provisions).
 *
 * @param modalities the modalities the file labels: only these are scored (SPEC v2 §3); a
 *                   version-1 file labels responsibilities and recommendations
 * @param itemsLabelled whether list items under a lead-in are labelled (version 2)
 * @param measuresLabelled whether statements carry their measures (version 3: {@code "measures": true})
 */
public record GoldLabels(String guide, String service, String securityRoot, Set<Modality> modalities,
                         boolean itemsLabelled, boolean measuresLabelled, List<GoldTopic> topics,
                         List<GoldStatement> statements) {

    public record GoldTopic(String page, String concept) {
    }

    /**
     * A labelled statement; {@code itemOf} is the lead-in's text for a list item, else empty;
     * {@code measures} the measure ids of a version-3 file, most important first.
     */
    public record GoldStatement(String page, Party party, Modality modality, String text, String itemOf,
                                List<String> measures) {
        public GoldStatement {
            measures = List.copyOf(measures);
        }

        public GoldStatement(String page, Party party, Modality modality, String text, String itemOf) {
            this(page, party, modality, text, itemOf, List.of());
        }

        public GoldStatement(String page, Party party, Modality modality, String text) {
            this(page, party, modality, text, "", List.of());
        }
    }

    /** Labels of version 2: the listed modalities and list items, no measures. */
    public GoldLabels(String guide, String service, String securityRoot, Set<Modality> modalities,
                      boolean itemsLabelled, List<GoldTopic> topics, List<GoldStatement> statements) {
        this(guide, service, securityRoot, modalities, itemsLabelled, false, topics, statements);
    }

    /** Labels of version 1: responsibilities and recommendations, no list items. */
    public GoldLabels(String guide, String service, String securityRoot, List<GoldTopic> topics,
                      List<GoldStatement> statements) {
        this(guide, service, securityRoot, EnumSet.of(Modality.RESPONSIBILITY, Modality.RECOMMENDATION), false,
                topics, statements);
    }

    /** All {@code *.json} label files of a directory, sorted by guide id. */
    public static List<GoldLabels> loadDirectory(Path dir) {
        return loadDirectory(dir, new org.docs2kg.diagnostics.Diagnostics(w -> { }));
    }

    /**
     * All {@code *.json} label files of a directory, sorted by guide id. Only regular files are read:
     * a FIFO would block and a folder is not a file; each other entry is a warning.
     */
    public static List<GoldLabels> loadDirectory(Path dir, org.docs2kg.diagnostics.Diagnostics diagnostics) {
        if (!Files.isDirectory(dir)) {
            throw new Docs2KgException(dir + ": labels directory does not exist");
        }
        List<GoldLabels> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                if (!Files.isRegularFile(f)) {
                    diagnostics.warn(f.toString(), 0, "not a regular file, skipped");
                    continue;
                }
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

    /** A label file is a few hundred KB; this is far more than any, and less than a heap. */
    static final long MAX_BYTES = 64L * 1024 * 1024;
    /** Jena's JSON parser recurses once per level; labels nest four deep. */
    static final int MAX_DEPTH = 200;

    public static GoldLabels load(Path file) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new Docs2KgException(file + ": too large for a label file (" + Files.size(file) + " bytes)");
            }
            String text = Files.readString(file, java.nio.charset.StandardCharsets.UTF_8);
            int depth = nesting(text);
            if (depth > MAX_DEPTH) {
                throw new Docs2KgException(file + ": JSON nested " + depth + " levels deep (a label file nests a few)");
            }
            JsonObject o = JSON.parse(text);
            List<GoldTopic> topics = new ArrayList<>();
            for (JsonValue v : array(o, "topics")) {
                JsonObject t = v.getAsObject();
                topics.add(new GoldTopic(str(t, "page"), str(t, "concept")));
            }
            List<GoldStatement> statements = new ArrayList<>();
            for (JsonValue v : array(o, "statements")) {
                JsonObject s = v.getAsObject();
                List<String> measures = new ArrayList<>();
                for (JsonValue m : array(s, "measures")) {
                    String id = m.getAsString().value();
                    if (org.docs2kg.vocab.Measure.byId(id).isEmpty()) {
                        throw new IllegalArgumentException("unknown measure '" + id + "'");
                    }
                    measures.add(id);
                }
                statements.add(new GoldStatement(str(s, "page"), Party.byLabel(str(s, "party")),
                        Modality.byLabel(str(s, "modality")), str(s, "text"), str(s, "itemOf"), measures));
            }
            if (!o.hasKey("modalities")) {
                return new GoldLabels(str(o, "guide"), str(o, "service"), str(o, "securityRoot"), topics, statements);
            }
            Set<Modality> modalities = EnumSet.noneOf(Modality.class);
            for (JsonValue v : array(o, "modalities")) {
                modalities.add(Modality.byLabel(v.getAsString().value()));
            }
            boolean measuresLabelled = o.hasKey("measures") && o.get("measures").isBoolean()
                    && o.get("measures").getAsBoolean().value();
            return new GoldLabels(str(o, "guide"), str(o, "service"), str(o, "securityRoot"), modalities, true,
                    measuresLabelled, topics, statements);
        } catch (IOException e) {
            throw new Docs2KgException(file + ": cannot read: " + e.getMessage(), e);
        } catch (Docs2KgException e) {
            throw e;
        } catch (JsonParseException e) {
            throw new Docs2KgException(file + ":" + e.getLine() + ":" + e.getColumn() + ": bad JSON: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw new Docs2KgException(file + ": not a label file in the SPEC.md format: " + e.getMessage(), e);
        }
    }

    /** The deepest nesting of arrays and objects, strings skipped; a scan, so that no parser recursion can overflow. */
    static int nesting(String json) {
        int depth = 0;
        int max = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                max = Math.max(max, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return max;
    }

    private static JsonArray array(JsonObject o, String key) {
        return o.hasKey(key) ? o.get(key).getAsArray() : new JsonArray();
    }

    private static String str(JsonObject o, String key) {
        return o.hasKey(key) ? o.get(key).getAsString().value() : "";
    }
}
