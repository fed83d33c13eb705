package org.docs2kg.store;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses requests larger than a cap (413), so that one request cannot pin a core while a huge
 * query is parsed: by Content-Length and query-string length up front. A body of unknown length
 * (chunked) is read here, at most the cap, and refused the moment it passes it; under the cap it
 * is handed on from memory — form parameters included, which the servlet container would
 * otherwise read past any wrapper of the body stream.
 */
final class RequestSizeLimit implements Filter {
    private final long maxBytes;

    RequestSizeLimit(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        HttpServletResponse out = (HttpServletResponse) response;
        String query = http.getQueryString();
        if (http.getContentLengthLong() > maxBytes || (query != null && query.length() > maxBytes)) {
            tooLarge(out);
            return;
        }
        if (http.getContentLengthLong() >= 0 || http.getHeader("Transfer-Encoding") == null) {
            chain.doFilter(http, response);
            return;
        }
        byte[] body;
        try (InputStream in = http.getInputStream()) {
            body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        }
        if (body.length > maxBytes) {
            tooLarge(out);
            return;
        }
        chain.doFilter(new Buffered(http, body), response);
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close"); // the rest of the body is not read
        response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
                "request larger than " + maxBytes + " bytes (docs2kg serve --max-request-size)");
    }

    /** A request whose body was read into memory: the stream, the reader and form parameters all come from it. */
    private static final class Buffered extends HttpServletRequestWrapper {
        private final byte[] body;
        private Map<String, String[]> parameters;

        Buffered(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buf, int off, int len) {
                    return in.read(buf, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already in memory");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
        }

        private Map<String, String[]> parameters() {
            if (parameters == null) {
                Map<String, List<String>> all = new LinkedHashMap<>();
                decode(getQueryString(), all);
                String type = getContentType();
                if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded")) {
                    decode(new String(body, StandardCharsets.UTF_8), all);
                }
                Map<String, String[]> m = new LinkedHashMap<>();
                all.forEach((k, v) -> m.put(k, v.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(m);
            }
            return parameters;
        }

        private static void decode(String form, Map<String, List<String>> into) {
            if (form == null || form.isEmpty()) {
                return;
            }
            for (String pair : form.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String k = eq < 0 ? pair : pair.substring(0, eq);
                String v = eq < 0 ? "" : pair.substring(eq + 1);
                try {
                    into.computeIfAbsent(URLDecoder.decode(k, StandardCharsets.UTF_8), x -> new java.util.ArrayList<>())
                            .add(URLDecoder.decode(v, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // a malformed escape: the parameter is left out, as the container would
                }
            }
        }

        @Override
        public String getParameter(String name) {
            String[] v = parameters().get(name);
            return v == null || v.length == 0 ? null : v[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            return parameters().get(name);
        }
    }
}
