package org.docs2kg.query;

import org.docs2kg.diagnostics.Docs2KgException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** The SPARQL queries that ship with docs2kg, by name ({@code queries/index.properties}). */
public final class NamedQueries {
    private static final String DIR = "/org/docs2kg/queries/";

    private NamedQueries() {
    }

    /** Name → one-line description, in the order of the index file. */
    public static Map<String, String> list() {
        Map<String, String> result = new LinkedHashMap<>();
        try (InputStream in = NamedQueries.class.getResourceAsStream(DIR + "index.properties")) {
            if (in == null) {
                throw new IllegalStateException("named query index missing from the jar");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Properties p = new Properties();
            p.load(new java.io.StringReader(text));
            // Properties forgets order: take names in file order.
            for (String line : text.split("\n")) {
                int eq = line.indexOf('=');
                if (!line.startsWith("#") && eq > 0) {
                    String name = line.substring(0, eq).strip();
                    result.put(name, p.getProperty(name));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(result);
    }

    public static String text(String name) {
        if (!list().containsKey(name)) {
            throw new Docs2KgException("no named query '" + name + "' (docs2kg query --list shows them: "
                    + String.join(", ", list().keySet()) + ")");
        }
        try (InputStream in = NamedQueries.class.getResourceAsStream(DIR + name + ".rq")) {
            if (in == null) {
                throw new IllegalStateException("named query " + name + " missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
