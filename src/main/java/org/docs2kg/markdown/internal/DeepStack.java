package org.docs2kg.markdown.internal;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a parse that may recurse deeply. commonmark-java recurses in places (merging text nodes
 * under emphasis or links nested thousands deep), so a hostile page can overflow an ordinary
 * thread stack. The parse is first tried on the calling thread; on overflow it is repeated once
 * on a thread with a large stack, and only if that overflows too does it fail.
 */
public final class DeepStack {
    private static final long LARGE_STACK = 512L * 1024 * 1024;

    private DeepStack() {
    }

    /** Thrown when even the large stack is not enough. */
    public static final class TooDeepException extends RuntimeException {
        TooDeepException() {
            super("nesting too deep to parse");
        }
    }

    public static <T> T call(Supplier<T> work) {
        try {
            return work.get();
        } catch (StackOverflowError first) {
            AtomicReference<T> result = new AtomicReference<>();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread t = new Thread(null, () -> {
                try {
                    result.set(work.get());
                } catch (Throwable e) {
                    failure.set(e);
                }
            }, "docs2kg-deep-parse", LARGE_STACK);
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TooDeepException();
            }
            Throwable f = failure.get();
            if (f instanceof StackOverflowError) {
                throw new TooDeepException();
            }
            if (f instanceof RuntimeException re) {
                throw re;
            }
            if (f != null) {
                throw new IllegalStateException(f);
            }
            return result.get();
        }
    }
}
