package org.docs2kg.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A tab-separated rule file shipped as a resource: '#' starts a comment line, blank lines are
 * skipped, every other line is one row of columns.
 */
public final class RuleTable {

    private RuleTable() {
    }

    public record Row(int line, List<String> columns) {
        public String column(int i) {
            return i < columns.size() ? columns.get(i) : "";
        }
    }

    public static List<Row> load(String resource) {
        InputStream in = RuleTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing rule resource " + resource);
        }
        List<Row> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(new Row(n, Arrays.stream(line.split("\t")).map(String::strip)
                        .filter(s -> !s.isEmpty()).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /**
     * The word class a row's first column names ("not-subject" → {@code NOT_SUBJECT}), or an error
     * naming the table and line.
     */
    public static <E extends Enum<E>> E wordClass(Row row, Class<E> classes, String resource) {
        try {
            return Enum.valueOf(classes, row.column(0).replace('-', '_').toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(resource + ":" + row.line() + ": unknown word class " + row.column(0), e);
        }
    }
}
