package org.docs2kg.support;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Headless Chromium driven over the DevTools protocol (a WebSocket on a free loopback port), for
 * what a dumped DOM cannot show: a real mouse click on an element, a key pressed on the focused
 * one, what lies in the first screen, console errors. The browser gets a fresh profile, fetches
 * nothing by itself, and is killed on close.
 */
public final class Browser implements AutoCloseable {
    private final Process process;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    /** Console errors and uncaught exceptions the page reported, in order. */
    public final List<String> errors = new CopyOnWriteArrayList<>();

    private Browser(Process process, WebSocket socket) {
        this.process = process;
        this.socket = socket;
    }

    /** Starts Chromium with a window of {@code width} × {@code height} CSS pixels on a blank page. */
    public static Browser start(Path chromium, Path profile, int width, int height) throws Exception {
        Files.createDirectories(profile);
        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--hide-scrollbars", "--remote-debugging-address=127.0.0.1", "--remote-debugging-port=0",
                "--window-size=" + width + "," + height, "--user-data-dir=" + profile, "about:blank")
                .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
        Path portFile = profile.resolve("DevToolsActivePort");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!(Files.exists(portFile) && Files.readAllLines(portFile).size() >= 2)) {
            if (System.nanoTime() > deadline || !p.isAlive()) {
                p.destroyForcibly();
                throw new IOException("chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
            }
            Thread.sleep(50);
        }
        int port = Integer.parseInt(Files.readAllLines(portFile).get(0).strip());
        HttpClient http = HttpClient.newHttpClient();
        String list = http.send(java.net.http.HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
                .build(), java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        String pageSocket = null;
        for (JsonElement t : JsonParser.parseString(list).getAsJsonArray()) {
            if (t.getAsJsonObject().get("type").getAsString().equals("page")) {
                pageSocket = t.getAsJsonObject().get("webSocketDebuggerUrl").getAsString();
                break;
            }
        }
        if (pageSocket == null) {
            p.destroyForcibly();
            throw new IOException("chromium has no page: " + list);
        }
        Browser[] self = new Browser[1];
        StringBuilder frame = new StringBuilder();
        WebSocket ws = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new WebSocket.Listener() {
            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                frame.append(data);
                if (last) {
                    self[0].received(JsonParser.parseString(frame.toString()).getAsJsonObject());
                    frame.setLength(0);
                }
                webSocket.request(1);
                return null;
            }
        }).get(30, TimeUnit.SECONDS);
        self[0] = new Browser(p, ws);
        self[0].send("Runtime.enable", new JsonObject());
        self[0].send("Page.enable", new JsonObject());
        return self[0];
    }

    private void received(JsonObject message) {
        if (message.has("id")) {
            CompletableFuture<JsonObject> f = pending.remove(message.get("id").getAsInt());
            if (f != null) {
                f.complete(message);
            }
            return;
        }
        String method = message.has("method") ? message.get("method").getAsString() : "";
        JsonObject params = message.has("params") ? message.getAsJsonObject("params") : new JsonObject();
        if (method.equals("Runtime.exceptionThrown")) {
            errors.add("uncaught: " + params.getAsJsonObject("exceptionDetails"));
        } else if (method.equals("Runtime.consoleAPICalled") && params.get("type").getAsString().equals("error")) {
            errors.add("console.error: " + params.get("args"));
        }
    }

    /** Sends one DevTools command and waits for its result. */
    public JsonObject send(String method, JsonObject params) throws Exception {
        int id = ids.incrementAndGet();
        JsonObject message = new JsonObject();
        message.addProperty("id", id);
        message.addProperty("method", method);
        message.add("params", params);
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        pending.put(id, answer);
        socket.sendText(message.toString(), true).get(30, TimeUnit.SECONDS);
        JsonObject reply = answer.get(60, TimeUnit.SECONDS);
        if (reply.has("error")) {
            throw new IOException(method + ": " + reply.get("error"));
        }
        return reply.getAsJsonObject("result");
    }

    /** Opens {@code url} and waits until the report's script has run ({@code body[data-ready]}). */
    public void open(String url) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("url", url);
        send("Page.navigate", p);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!"true".equals(evalString("document.readyState === 'complete' && document.body.dataset.ready === 'true' ? 'true' : 'no'"))) {
            if (System.nanoTime() > deadline) {
                throw new IOException("the page did not get ready: " + url + " " + errors);
            }
            Thread.sleep(50);
        }
    }

    /** The value of a JavaScript expression, as JSON (a string is returned as its JSON text). */
    public JsonElement eval(String expression) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("expression", expression);
        p.addProperty("returnByValue", true);
        JsonObject result = send("Runtime.evaluate", p);
        if (result.has("exceptionDetails")) {
            throw new IOException("script failed: " + expression + ": " + result.get("exceptionDetails"));
        }
        JsonObject value = result.getAsJsonObject("result");
        return value.has("value") ? value.get("value") : com.google.gson.JsonNull.INSTANCE;
    }

    public String evalString(String expression) throws Exception {
        JsonElement e = eval(expression);
        return e.isJsonNull() ? null : e.getAsString();
    }

    public int evalInt(String expression) throws Exception {
        return eval(expression).getAsInt();
    }

    /** A real left click in the middle of the first element {@code selector} matches, scrolled into view. */
    public void click(String selector) throws Exception {
        JsonElement box = eval("(function(){var e=document.querySelector(" + new com.google.gson.Gson().toJson(selector)
                + ");if(!e)return null;e.scrollIntoView({block:'center'});var r=e.getBoundingClientRect();"
                + "return [r.left+r.width/2,r.top+r.height/2];})()");
        if (box.isJsonNull()) {
            throw new IOException("nothing to click: " + selector);
        }
        double x = box.getAsJsonArray().get(0).getAsDouble();
        double y = box.getAsJsonArray().get(1).getAsDouble();
        for (String type : List.of("mousePressed", "mouseReleased")) {
            JsonObject p = new JsonObject();
            p.addProperty("type", type);
            p.addProperty("x", x);
            p.addProperty("y", y);
            p.addProperty("button", "left");
            p.addProperty("clickCount", 1);
            send("Input.dispatchMouseEvent", p);
        }
    }

    /** Presses and releases a key ("Enter", "Tab", " ") on whatever has the focus. */
    public void press(String key, int keyCode) throws Exception {
        for (String type : List.of("keyDown", "keyUp")) {
            JsonObject p = new JsonObject();
            p.addProperty("type", type);
            p.addProperty("key", key);
            p.addProperty("code", key.equals(" ") ? "Space" : key);
            p.addProperty("windowsVirtualKeyCode", keyCode);
            if (type.equals("keyDown") && key.equals("Enter")) {
                p.addProperty("text", "\r");
            }
            send("Input.dispatchKeyEvent", p);
        }
    }

    /** A PNG of the visible window. */
    public void screenshot(Path png) throws Exception {
        JsonObject p = new JsonObject();
        p.addProperty("format", "png");
        Files.write(png, java.util.Base64.getDecoder().decode(send("Page.captureScreenshot", p).get("data").getAsString()));
    }

    @Override
    public void close() throws Exception {
        try {
            socket.abort();
        } finally {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    /** A list of the JSON array's strings. */
    public static List<String> strings(JsonElement array) {
        List<String> out = new ArrayList<>();
        array.getAsJsonArray().forEach(e -> out.add(e.getAsString()));
        return out;
    }
}
