package org.docs2kg.bench;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.docs2kg.markdown.internal.Commonmark;

import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The floor export is measured against: read and parse the same Markdown files with
 * commonmark-java (same parser configuration), then write the very triples export writes (read
 * from an N-Triples export into memory before the clock starts) with Jena's streaming Turtle
 * writer — no extraction, no model, no sorting. Usage:
 * {@code Floor <corpus-dir> <export.nt> <out.ttl> [parallel]}.
 */
public final class Floor {

    private Floor() {
    }

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of(args[0]);
        // Jena's one-off initialisation is part of any run, export's too: it stays in the wall time.
        org.apache.jena.sys.JenaSystem.init();
        org.apache.jena.riot.RDFParser.fromString("<x:s> <x:p> <x:o> .", org.apache.jena.riot.Lang.NTRIPLES)
                .parse(org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph());
        long preloadStart = System.nanoTime();
        List<Triple> toWrite = new java.util.ArrayList<>();
        org.apache.jena.riot.RDFParser.source(Path.of(args[1])).parse(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void triple(Triple t) {
                toWrite.add(t);
            }
        });
        long triples = toWrite.size();
        double preload = (System.nanoTime() - preloadStart) / 1e9;
        Path out = Path.of(args[2]);
        boolean parallel = args.length > 3 && args[3].equals("parallel");
        long start = System.nanoTime();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpus)) {
            files = walk.filter(p -> p.toString().endsWith(".md") && Files.isRegularFile(p)).sorted().toList();
        }
        Stream<Path> s = parallel ? files.parallelStream() : files.stream();
        long nodes = s.mapToLong(Floor::parse).sum();
        long parsed = System.nanoTime();
        try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
            StreamRDF w = StreamRDFWriter.getWriterStream(os, RDFFormat.TURTLE_BLOCKS);
            w.start();
            org.docs2kg.vocab.Namespaces.standard().getNsPrefixMap().forEach(w::prefix);
            toWrite.forEach(w::triple);
            w.finish();
        }
        long end = System.nanoTime();
        System.out.printf("floor: %d files, %d nodes parsed in %.2f s, %d triples written in %.2f s, total %.2f s "
                + "(preload %.2f s)%n", files.size(), nodes, (parsed - start) / 1e9, triples, (end - parsed) / 1e9,
                (end - start) / 1e9, preload);
    }

    private static long parse(Path file) {
        try {
            String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
            var doc = Commonmark.parser().parse(text);
            long n = 0;
            for (var c = doc.getFirstChild(); c != null; c = c.getNext()) {
                n++;
            }
            return n;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
