package org.docs2kg.store;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.diagnostics.Docs2KgException;
import org.docs2kg.query.QueryRunner;
import org.docs2kg.query.ResultFormat;
import org.docs2kg.vocab.Iris;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.List;
import java.util.Optional;

/**
 * The embedded store: an Apache Jena TDB2 database in a directory. A load runs in one write
 * transaction, so a load that fails or is killed half-way leaves the store as it was.
 */
public final class TdbStore implements Store {
    /** Where the store lives when the user names none: $DOCS2KG_STORE, else ~/.docs2kg/store. */
    public static Path defaultLocation() {
        String env = System.getenv("DOCS2KG_STORE");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".docs2kg", "store");
    }

    private final Path dir;
    private final DatasetGraph dsg;
    private final Iris iris;

    private TdbStore(Path dir, DatasetGraph dsg, Iris iris) {
        this.dir = dir;
        this.dsg = dsg;
        this.iris = iris;
    }

    /**
     * Opens the store in {@code dir}, creating it when {@code dir} is absent or empty. A folder that
     * holds other files is refused: a load must not plant a database among someone's files.
     */
    public static TdbStore open(Path dir, Iris iris) {
        if (Files.isDirectory(dir) && !isStore(dir) && !isEmpty(dir)) {
            throw new Docs2KgException(dir + " is not a docs2kg store and not empty: refusing to create a store in it "
                    + "(name a new or empty folder)");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new Docs2KgException("store " + dir + ": cannot create directory: " + e.getMessage(), e);
        }
        try {
            return new TdbStore(dir, DatabaseMgr.connectDatasetGraph(dir.toString()), iris);
        } catch (RuntimeException e) {
            throw new Docs2KgException("store " + dir + ": cannot open (in use by another process, or not a TDB2 "
                    + "store): " + e.getMessage(), e);
        }
    }

    /**
     * Opens an existing store for reading; fails clearly when there is none. Never creates
     * anything: a folder without a TDB2 database in it is refused, not turned into an empty store.
     */
    public static TdbStore openExisting(Path dir, Iris iris) {
        if (!Files.isDirectory(dir)) {
            throw new Docs2KgException("store " + dir + ": no such store (create one with docs2kg load)");
        }
        if (!isStore(dir)) {
            throw new Docs2KgException(dir + " is not a docs2kg store (no TDB2 database in it; create one with docs2kg load)");
        }
        return open(dir, iris);
    }

    /** Whether {@code dir} holds a TDB2 database: its lock file and at least one Data-NNNN generation. */
    public static boolean isStore(Path dir) {
        if (!Files.isRegularFile(dir.resolve("tdb.lock"))) {
            return false;
        }
        try (var children = Files.list(dir)) {
            return children.anyMatch(c -> Files.isDirectory(c) && c.getFileName().toString().matches("Data-\\d+"));
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean isEmpty(Path dir) {
        try (var children = Files.list(dir)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public LoadSummary load(List<Path> inputs, ExportOptions options, Diagnostics diagnostics, Progress progress) {
        long start = System.nanoTime();
        long[] counts = new long[2];
        java.util.Set<Node> graphs = new java.util.LinkedHashSet<>();
        boolean[] replaced = new boolean[1];
        try {
            Txn.executeWrite(dsg, () -> {
                LoadSources.load(inputs, options, diagnostics, new LoadTarget() {
                @Override
                public void startGraph(Node graph) {
                    replaced[0] |= dsg.containsGraph(graph);
                    dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
                    graphs.add(graph);
                    counts[0]++;
                }

                @Override
                public void triple(Node graph, org.apache.jena.graph.Triple t) {
                    dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
                }

                @Override
                public void finishSource(String label, long triples) {
                    progress.loaded(label, triples);
                }
                });
                // What the store holds now, not what was streamed: a triple stated twice is stored once.
                for (Node g : graphs) {
                    counts[1] += dsg.getGraph(g).size();
                }
            });
        } catch (Docs2KgException e) {
            throw new Docs2KgException(e.getMessage() + " (store " + dir + " left unchanged)", e);
        }
        if (replaced[0]) {
            compact();
        }
        return new LoadSummary((int) counts[0], counts[1], (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * TDB2 keeps the space of replaced graphs until the database is compacted: without this, every
     * reload of the same guides grew the store by about 1.7 times their data. Compaction writes a
     * new generation of the database and deletes the old one; a load that replaced nothing (a new
     * store, new guides) has nothing to reclaim and skips it.
     */
    private void compact() {
        try {
            DatabaseMgr.compact(dsg, true);
        } catch (RuntimeException e) {
            // The load itself is committed; the space is reclaimed by the next load that replaces graphs.
            throw new Docs2KgException("store " + dir + ": loaded, but could not reclaim the space of the replaced graphs: "
                    + QueryRunner.firstLine(e.getMessage()), e);
        }
    }

    @Override
    public long query(Query query, Optional<String> guideId, ResultFormat format, OutputStream out, Duration timeout) {
        QueryRunner.requireReadOnly(query);
        return Txn.calculateRead(dsg, () -> {
            if (guideId.isPresent()) {
                return QueryRunner.run(query, view(guideId), format, out, timeout);
            }
            // TDB2's own union default graph: every named graph at once, and GRAPH ?g still works.
            try (QueryExecution qe = QueryExecution.dataset(org.apache.jena.query.DatasetFactory.wrap(dsg)).query(query)
                    .set(TDB2.symUnionDefaultGraph, true).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
                return QueryRunner.print(query, qe, format, out);
            }
        });
    }

    private Graph view(Optional<String> guideId) {
        if (guideId.isEmpty()) {
            MultiUnion all = new MultiUnion();
            all.addGraph(dsg.getDefaultGraph());
            all.addGraph(dsg.getUnionGraph());
            return all;
        }
        Node g = iris.guide(guideId.get());
        if (!dsg.containsGraph(g)) {
            throw new Docs2KgException("store " + dir + ": no guide '" + guideId.get() + "' loaded");
        }
        MultiUnion one = new MultiUnion();
        one.addGraph(dsg.getGraph(g));
        one.addGraph(dsg.getGraph(iris.vocabularyGraph()));
        return one;
    }

    @Override
    public Graph snapshot() {
        return Txn.calculateRead(dsg, () -> {
            Graph copy = GraphMemFactory.createDefaultGraph();
            view(Optional.empty()).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Counts of quads per graph, for tests and `load` summaries. */
    public long size() {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) {
                n++;
            }
            return n;
        });
    }

    public DatasetGraph datasetGraph() {
        return dsg;
    }

    @Override
    public String describe() {
        return dir.toString();
    }

    /**
     * Deletes a store a failed load has just made, so that it leaves nothing behind: the folder
     * when the load made it too, else only what is inside (it was empty). The JVM's connection to
     * it is dropped first, so that a later store at that path starts afresh.
     */
    public static void discardNew(Path dir, boolean folderExisted) {
        if (!Files.isDirectory(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        org.apache.jena.tdb2.sys.DatabaseConnection.internalExpel(
                org.apache.jena.dboe.base.file.Location.create(dir.toString()), true);
        try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                if (!p.equals(dir) || !folderExisted) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (java.io.IOException e) {
            // The load's failure is what the user needs to hear; a leftover is at the path it names.
        }
    }

    @Override
    public void close() {
        // Nothing to do: TDB2 shares one connection per directory within a JVM (two handles on one
        // store see the same database) and releases it, with its process lock, when the JVM exits.
        // Expelling it here would shut the database under any other handle.
    }
}
