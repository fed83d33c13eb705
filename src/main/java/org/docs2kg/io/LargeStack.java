package org.docs2kg.io;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs work that may recurse deeply (a parser of hostile input) on a thread of its own with a
 * large stack, and hands back its result or rethrows what it threw: a RuntimeException or an
 * Error (a StackOverflowError above all) as it was.
 */
public final class LargeStack {

    private LargeStack() {
    }

    public static <T> T call(String threadName, long stackBytes, Supplier<T> work) throws InterruptedException {
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread t = new Thread(null, () -> {
            try {
                result.set(work.get());
            } catch (Throwable e) {
                failure.set(e);
            }
        }, threadName, stackBytes);
        t.start();
        t.join();
        Throwable f = failure.get();
        if (f instanceof RuntimeException re) {
            throw re;
        }
        if (f instanceof Error e) {
            throw e;
        }
        return result.get();
    }
}
