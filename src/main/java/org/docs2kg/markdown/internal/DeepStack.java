package org.docs2kg.markdown.internal;

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
            try {
                return org.docs2kg.io.LargeStack.call("docs2kg-deep-parse", LARGE_STACK, work);
            } catch (StackOverflowError again) {
                throw new TooDeepException();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new TooDeepException();
            } catch (Error e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
