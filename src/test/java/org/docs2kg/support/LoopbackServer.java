package org.docs2kg.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A hostile HTTP server on a free loopback port, for tests of what docs2kg does with servers that
 * misbehave: it accepts a connection, reads the request, then says nothing, trickles an answer (a
 * space every half second, for a minute), or gives one fixed answer. It counts connections.
 */
public final class LoopbackServer implements AutoCloseable {
    private final ServerSocket socket;
    /** Connections accepted so far. */
    public final AtomicInteger requests = new AtomicInteger();

    public LoopbackServer(boolean trickle, String answer) throws IOException {
        socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread accept = new Thread(() -> {
            while (!socket.isClosed()) {
                try {
                    Socket s = socket.accept();
                    requests.incrementAndGet();
                    Thread t = new Thread(() -> serve(s, trickle, answer));
                    t.setDaemon(true);
                    t.start();
                } catch (IOException closed) {
                    return;
                }
            }
        });
        accept.setDaemon(true);
        accept.start();
    }

    /** Reads one request: its headers, then the body its Content-Length gives. */
    private static void readRequest(InputStream in) throws IOException {
        StringBuilder head = new StringBuilder();
        int c;
        while ((c = in.read()) >= 0) {
            head.append((char) c);
            if (head.length() >= 4 && head.substring(head.length() - 4).equals("\r\n\r\n")) {
                break;
            }
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(head);
        if (m.find()) {
            in.readNBytes(Integer.parseInt(m.group(1)));
        }
    }

    private static void serve(Socket s, boolean trickle, String answer) {
        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
            byte[] buf = new byte[65536];
            readRequest(in);
            if (answer != null) {
                out.write(answer.getBytes(StandardCharsets.US_ASCII));
                out.flush();
                return;
            }
            if (trickle) {
                out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\n\r\n"
                        + "{\"head\":{\"vars\":[\"g\"]},\"results\":{\"bindings\":[").getBytes(StandardCharsets.US_ASCII));
                for (int i = 0; i < 120; i++) { // at most a minute, one space at a time
                    out.write(' ');
                    out.flush();
                    Thread.sleep(500);
                }
            } else {
                while (in.read(buf) >= 0) {
                    // read the request, never answer
                }
            }
        } catch (IOException | InterruptedException gone) {
            // the client gave up: what the test wants
        }
    }

    public String url() {
        return "http://127.0.0.1:" + socket.getLocalPort() + "/ds";
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
