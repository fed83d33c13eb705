package org.docs2kg.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Graph Store Protocol reads of one named graph ({@code ?graph=IRI}: a guide, a few thousand
 * triples) are answered; reads of the whole dataset or its union default graph are refused (403),
 * since no --max-results or --query-timeout bounds them: they would stream the whole store.
 */
final class GraphStoreReads implements Filter {
    private final String dataset;

    GraphStoreReads(String dataset) {
        this.dataset = dataset;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String path = http.getRequestURI();
        boolean read = "GET".equals(http.getMethod()) || "HEAD".equals(http.getMethod());
        boolean graphStore = path != null && (path.equals(dataset) || path.equals(dataset + "/")
                || path.equals(dataset + "/get") || path.equals(dataset + "/data"));
        if (read && graphStore && http.getParameter("graph") == null && http.getParameter("query") == null) {
            ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN, "reading the whole dataset "
                    + "is refused (no limit bounds it): read one graph with ?graph=IRI, or run a query");
            return;
        }
        chain.doFilter(request, response);
    }
}
