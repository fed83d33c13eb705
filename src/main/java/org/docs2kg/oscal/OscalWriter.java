package org.docs2kg.oscal;

import com.google.gson.stream.JsonWriter;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * Writes a document tree (ordered maps, lists, strings) as JSON or YAML, always the same bytes
 * for the same tree: two-space indentation, keys in their order, "\n" line ends, one final newline.
 */
public final class OscalWriter {
    private OscalWriter() {
    }

    public static String write(Map<String, Object> document, OscalFormat format) {
        return format == OscalFormat.YAML ? yaml(document) : json(document);
    }

    static String json(Map<String, Object> document) {
        StringWriter out = new StringWriter(1 << 16);
        try (JsonWriter w = new JsonWriter(out)) {
            w.setIndent("  ");
            w.setHtmlSafe(false); // "<" stays "<": the text is data, not a script's
            value(w, document);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.append('\n').toString();
    }

    private static void value(JsonWriter w, Object v) throws IOException {
        if (v instanceof Map<?, ?> m) {
            w.beginObject();
            for (Map.Entry<?, ?> e : m.entrySet()) {
                w.name((String) e.getKey());
                value(w, e.getValue());
            }
            w.endObject();
        } else if (v instanceof List<?> l) {
            w.beginArray();
            for (Object x : l) {
                value(w, x);
            }
            w.endArray();
        } else {
            w.value((String) v);
        }
    }

    static String yaml(Map<String, Object> document) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setIndent(2);
        o.setIndicatorIndent(0);
        o.setSplitLines(false); // a long statement stays on its line, whatever the width
        o.setAllowUnicode(true);
        o.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(o).dump(document);
    }
}
