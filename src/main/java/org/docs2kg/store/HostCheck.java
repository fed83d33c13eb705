package org.docs2kg.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Answers only requests whose {@code Host} names this server: localhost, 127.0.0.1 or [::1] on
 * the port it listens on, or a name the user allowed. A web page whose DNS name is re-pointed at
 * 127.0.0.1 (DNS rebinding) is same-origin with a loopback endpoint in the user's browser, and
 * would read every graph; its requests carry its own name as Host, and get 421.
 */
final class HostCheck implements Filter {
    static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");

    private final Set<String> allowed;

    /** {@code extra}: more host names to answer, lower case, without port. */
    HostCheck(Set<String> extra) {
        java.util.Set<String> all = new java.util.HashSet<>(LOOPBACK);
        extra.forEach(h -> all.add(h.toLowerCase(Locale.ROOT)));
        this.allowed = Set.copyOf(all);
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String host = http.getHeader("Host");
        if (host == null || accepted(host.strip().toLowerCase(Locale.ROOT), http.getLocalPort())) {
            chain.doFilter(request, response); // no Host: HTTP/1.0, never a browser
            return;
        }
        ((HttpServletResponse) response).sendError(421, "this endpoint answers requests to localhost only "
                + "(docs2kg serve --allow-host NAME for another name)");
    }

    private boolean accepted(String host, int port) {
        String name = host;
        int colon = host.lastIndexOf(':');
        if (colon > host.lastIndexOf(']')) {
            name = host.substring(0, colon);
            if (!host.substring(colon + 1).equals(Integer.toString(port))) {
                return false;
            }
        }
        return allowed.contains(name);
    }
}
