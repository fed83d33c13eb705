package org.docs2kg.diagnostics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Collects the warnings of one run. Thread-safe, since pages are parsed in parallel; a listener
 * sees each warning as it happens (the CLI prints them), {@link #warnings()} gives them sorted.
 */
public final class Diagnostics {
    private final List<Warning> warnings = Collections.synchronizedList(new ArrayList<>());
    private final Consumer<Warning> listener;

    public Diagnostics() {
        this(w -> { });
    }

    public Diagnostics(Consumer<Warning> listener) {
        this.listener = listener;
    }

    public void warn(String file, int line, String message) {
        Warning w = new Warning(file, line, message);
        warnings.add(w);
        listener.accept(w);
    }

    public List<Warning> warnings() {
        synchronized (warnings) {
            List<Warning> copy = new ArrayList<>(warnings);
            Collections.sort(copy);
            return copy;
        }
    }

    public int count() {
        return warnings.size();
    }
}
