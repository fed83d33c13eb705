package org.docs2kg.markdown.internal;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.List;

/** The one commonmark parser configuration docs2kg uses: GFM tables, source spans for lines. */
public final class Commonmark {
    private static final Parser PARSER = Parser.builder()
            .extensions(List.of(TablesExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();

    private Commonmark() {
    }

    /** Parser is thread-safe and immutable once built, so one instance serves all threads. */
    public static Parser parser() {
        return PARSER;
    }

    /** Drops a byte-order mark, which would otherwise hide the first heading. */
    public static String stripBom(String source) {
        return source.startsWith("\uFEFF") ? source.substring(1) : source;
    }
}
