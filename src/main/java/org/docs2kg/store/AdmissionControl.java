package org.docs2kg.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.concurrent.Semaphore;

/**
 * At most a fixed number of requests run at once; the next one is answered 503 with
 * {@code Retry-After} at once, rather than queued until the server's threads run out and
 * connections are dropped without any answer. The ping is always answered.
 */
final class AdmissionControl implements Filter {
    /** Seconds a refused client is told to wait. */
    static final int RETRY_AFTER_SECONDS = 2;

    private final Semaphore running;
    private final int max;

    AdmissionControl(int max) {
        this.max = max;
        this.running = new Semaphore(max);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = ((HttpServletRequest) request).getRequestURI();
        if (path != null && path.startsWith("/$/ping")) {
            chain.doFilter(request, response);
            return;
        }
        if (!running.tryAcquire()) {
            HttpServletResponse http = (HttpServletResponse) response;
            http.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
            http.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, max + " requests are running, the most this "
                    + "endpoint runs at once (docs2kg serve --max-running): retry in " + RETRY_AFTER_SECONDS + " s");
            return;
        }
        try {
            chain.doFilter(request, response);
        } finally {
            running.release();
        }
    }
}
