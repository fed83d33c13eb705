package org.docs2kg.bench;

import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;

/**
 * Jena's own TDB2 bulk loader (the tdb2.tdbloader machinery), for comparison with
 * {@code docs2kg load}. Usage: {@code BulkLoad <new-store-dir> <file> basic|sequential|phased|parallel}.
 */
public final class BulkLoad {

    private BulkLoad() {
    }

    public static void main(String[] args) {
        var dsg = DatabaseMgr.connectDatasetGraph(args[0]);
        var out = MonitorOutputs.nullOutput();
        long start = System.nanoTime();
        DataLoader loader = switch (args[2]) {
            case "basic" -> LoaderFactory.basicLoader(dsg, out);
            case "sequential" -> LoaderFactory.sequentialLoader(dsg, out);
            case "phased" -> LoaderFactory.phasedLoader(dsg, out);
            default -> LoaderFactory.parallelLoader(dsg, out);
        };
        loader.startBulk();
        try {
            loader.load(args[1]);
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        System.out.printf("bulk loader %s: %d quads in %.2f s%n", args[2], loader.countQuads() + loader.countTriples(),
                (System.nanoTime() - start) / 1e9);
    }
}
