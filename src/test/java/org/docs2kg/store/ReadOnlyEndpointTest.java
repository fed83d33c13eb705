package org.docs2kg.store;

import org.apache.jena.fuseki.main.FusekiServer;
import org.docs2kg.api.ExportOptions;
import org.docs2kg.diagnostics.Diagnostics;
import org.docs2kg.support.TestData;
import org.docs2kg.vocab.Iris;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `docs2kg serve`'s endpoint, started for real on a free loopback port. */
class ReadOnlyEndpointTest {
    @TempDir
    Path dir;
    private FusekiServer server;
    private String base;
    /**
     * A new client (so a new connection) per request: after the endpoint refuses a write it may
     * close the connection, and a pooled client that sends the next request on it reads no answer
     * ("header parser received no bytes") — a race of the test's client, not of the endpoint.
     */
    private static HttpClient http() {
        return HttpClient.newHttpClient();
    }

    @BeforeEach
    void start() {
        TdbStore store = TdbStore.open(dir.resolve("kg"), Iris.defaults());
        store.load(List.of(TestData.examples()), ExportOptions.defaults(), new Diagnostics(), Store.Progress.NONE);
        server = ReadOnlyEndpoint.start(store, 0, false, Duration.ofSeconds(5), 7, 4096);
        base = "http://localhost:" + server.getHttpPort() + ReadOnlyEndpoint.DATASET;
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    private HttpResponse<String> post(String path, String contentType, String body) throws Exception {
        return http().send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> query(String sparql) throws Exception {
        return post("/sparql", "application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8));
    }

    @Test
    void answersQueriesOverTheUnionOfAllGuides() throws Exception {
        HttpResponse<String> r = query("SELECT (COUNT(*) AS ?n) { ?s a <https://w3id.org/docs2kg/ontology#Statement> }");
        assertEquals(200, r.statusCode());
        assertTrue(r.body().contains("\"14\""), r.body());
    }

    @Test
    void refusesEveryWrite() throws Exception {
        int update = post("/update", "application/sparql-update", "INSERT DATA { <x:a> <x:b> <x:c> }").statusCode();
        int viaQuery = post("/sparql", "application/sparql-update", "INSERT DATA { <x:a> <x:b> <x:c> }").statusCode();
        int gspPut = http().send(HttpRequest.newBuilder(URI.create(base + "/data?default"))
                .header("Content-Type", "text/turtle").PUT(HttpRequest.BodyPublishers.ofString("<x:a> <x:b> <x:c> ."))
                .build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        for (int status : List.of(update, viaQuery, gspPut)) {
            assertTrue(status >= 400, "write refused: " + status);
        }
        HttpResponse<String> r = query("ASK { <x:a> <x:b> <x:c> }");
        assertTrue(r.body().contains("false"), "nothing was written: " + r.body());
    }

    @Test
    void capsTheNumberOfResults() throws Exception {
        String body = query("SELECT ?s { ?s ?p ?o }").body();
        assertEquals(7, body.split("\"s\"\\s*:").length - 1, body);
        String smaller = query("SELECT ?s { ?s ?p ?o } LIMIT 3").body();
        assertEquals(3, smaller.split("\"s\"\\s*:").length - 1, "a smaller LIMIT is kept");
    }

    @Test
    void refusesFederatedQueries() throws Exception {
        HttpResponse<String> r = query("SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }");
        assertTrue(r.statusCode() >= 400, "SERVICE refused: " + r.statusCode() + " " + r.body());
    }

    @Test
    void listensOnLoopbackOnly() {
        var connector = (org.eclipse.jetty.server.ServerConnector) server.getJettyServer().getConnectors()[0];
        assertEquals("localhost", connector.getHost());
    }

    @Test
    void refusesARequestLargerThanTheCapBeforeParsingIt() throws Exception {
        String big = "SELECT * { ?s ?p ?o } # " + "x".repeat(8192);
        assertEquals(413, post("/sparql", "application/sparql-query", big).statusCode(), "body over the cap");
        String longUrl = base + "/sparql?query=" + java.net.URLEncoder.encode(big, java.nio.charset.StandardCharsets.UTF_8);
        int status = http().send(HttpRequest.newBuilder(URI.create(longUrl)).GET().build(),
                HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status == 413 || status == 414, "query string over the cap: " + status);
        assertEquals(200, post("/sparql", "application/sparql-query", "ASK { ?s ?p ?o }").statusCode(), "small ones pass");
    }

    /** A body without a length: Transfer-Encoding: chunked, as the JDK client sends a publisher of unknown size. */
    private HttpResponse<String> chunked(String contentType, String body) throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        return client.send(HttpRequest.newBuilder(URI.create(base + "/sparql")).header("Content-Type", contentType)
                .header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Round three (first part), row 6: the cap holds whatever the framing, forms included. */
    @Test
    void aChunkedBodyOverTheCapIsRefusedFormsIncluded() throws Exception {
        String big = "SELECT * { ?s ?p ?o } LIMIT 1 #" + "x".repeat(10_000);
        HttpResponse<String> form = chunked("application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode(big, StandardCharsets.UTF_8));
        assertEquals(413, form.statusCode(), form.body());
        assertEquals(413, chunked("application/sparql-query", big).statusCode());
        HttpResponse<String> small = chunked("application/x-www-form-urlencoded",
                "query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8));
        assertEquals(200, small.statusCode(), small.body());
        assertTrue(small.body().contains("true"), small.body());
        assertEquals(200, chunked("application/sparql-query", "ASK { ?s ?p ?o }").statusCode());
    }

    /** Row 7: beyond the running limit, 503 with Retry-After at once; never a dropped connection. */
    @Test
    void beyondTheRunningLimitRequestsAreRefusedWithRetryAfter() throws Exception {
        TdbStore store = TdbStore.open(dir.resolve("kg-busy"), Iris.defaults());
        store.load(List.of(TestData.examples()), ExportOptions.defaults(), new Diagnostics(), Store.Progress.NONE);
        FusekiServer busy = ReadOnlyEndpoint.start(store, 0, false, Duration.ofSeconds(3), 7, 4096, 2);
        try {
            String url = "http://localhost:" + busy.getHttpPort() + ReadOnlyEndpoint.DATASET + "/sparql";
            String slow = "query=" + URLEncoder.encode("SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }",
                    StandardCharsets.UTF_8);
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            List<java.util.concurrent.CompletableFuture<HttpResponse<String>>> all = new java.util.ArrayList<>();
            for (int i = 0; i < 40; i++) {
                all.add(client.sendAsync(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(slow)).build(),
                        HttpResponse.BodyHandlers.ofString()));
            }
            int refused = 0;
            for (var f : all) {
                HttpResponse<String> r = f.get(90, java.util.concurrent.TimeUnit.SECONDS); // an answer, never a dropped connection
                if (r.headers().firstValue("Retry-After").isPresent()) {
                    assertEquals(503, r.statusCode());
                    refused++;
                }
            }
            assertTrue(refused >= 30, "40 slow queries at once, at most 2 run: " + refused + " refused");
            HttpResponse<String> after = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("query=ASK%20%7B%3Fs%20%3Fp%20%3Fo%7D")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, after.statusCode(), "answered normally once they are done");
        } finally {
            busy.stop();
        }
    }

    /** Row 9: a query too deep for the engine is one clear 400, never a StackOverflowError in the body. */
    @Test
    void aQueryTooDeepIsAClearBadRequest() throws Exception {
        StringBuilder unions = new StringBuilder("SELECT * { ");
        for (int i = 0; i < 5000; i++) {
            unions.append(i == 0 ? "" : " UNION ").append("{ ?s ?p ").append(i).append(" }");
        }
        unions.append(" }");
        StringBuilder ors = new StringBuilder("SELECT * { ?s ?p ?o FILTER (");
        for (int i = 0; i < 5000; i++) {
            ors.append(i == 0 ? "" : " || ").append("?o = ").append(i);
        }
        ors.append(") }");
        FusekiServer roomy = ReadOnlyEndpoint.start(TdbStore.openExisting(dir.resolve("kg"), Iris.defaults()), 0, false,
                Duration.ofSeconds(5), 7, 1 << 20);
        try {
            String url = "http://localhost:" + roomy.getHttpPort() + ReadOnlyEndpoint.DATASET + "/sparql";
            for (String q : List.of(unions.toString(), ors.toString())) {
                HttpResponse<String> r = http().send(HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(q))
                        .build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(400, r.statusCode(), r.body());
                assertTrue(r.body().contains("nested too deeply"), r.body());
                assertTrue(!r.body().contains("StackOverflowError"), r.body());
            }
        } finally {
            roomy.stop();
        }
    }

    /** A raw HTTP/1.1 request with the Host header given (the JDK client will not set one). */
    private static String rawGet(int port, String host, String path) throws Exception {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Round three (third part), row 1: only requests to localhost by name or address are answered (DNS rebinding). */
    @Test
    void aForeignHostHeaderIsMisdirected() throws Exception {
        int port = server.getHttpPort();
        String ask = ReadOnlyEndpoint.DATASET + "/sparql?query=" + URLEncoder.encode("ASK { ?s ?p ?o }", StandardCharsets.UTF_8);
        for (String host : List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "LOCALHOST:" + port)) {
            assertTrue(rawGet(port, host, ask).startsWith("HTTP/1.1 200"), host);
        }
        for (String host : List.of("attacker.example:" + port, "attacker.example", "localhost:1", "127.0.0.1.attacker.example")) {
            String answer = rawGet(port, host, ask);
            assertTrue(answer.startsWith("HTTP/1.1 421"), host + ": " + answer.lines().findFirst().orElse(""));
            assertTrue(!answer.contains("\"boolean\""), "no data for " + host);
        }
    }

    /** Row 6: a Graph Store read of the whole dataset is refused; one graph is answered. */
    @Test
    void graphStoreReadsOfTheWholeDatasetAreRefused() throws Exception {
        for (String path : List.of("/get", "/data", "", "/get?default")) {
            // (No Accept header: Jetty writes its error page only for the types it knows.)
            HttpResponse<String> r = http().send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(403, r.statusCode(), path + ": " + r.body().lines().findFirst().orElse(""));
            assertTrue(r.body().contains("read one graph with ?graph=IRI"), r.body());
        }
        String guide = URLEncoder.encode("https://w3id.org/docs2kg/id/guide/widget-service-guide", StandardCharsets.UTF_8);
        HttpResponse<String> one = http().send(HttpRequest.newBuilder(URI.create(base + "/get?graph=" + guide))
                .header("Accept", "application/n-triples").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, one.statusCode());
        assertTrue(one.body().lines().count() > 100, "one guide's graph");
    }

    /** Row 4: 1,500 guides behind an endpoint: the query is sent alone, never with every graph's name. */
    @Test
    void anEndpointOfThousandsOfGuidesIsQueriedWithoutListingThem() throws Exception {
        TdbStore many = TdbStore.open(dir.resolve("kg-many"), Iris.defaults());
        Iris iris = Iris.defaults();
        org.apache.jena.sparql.core.DatasetGraph dsg = many.datasetGraph();
        org.apache.jena.system.Txn.executeWrite(dsg, () -> {
            for (int i = 0; i < 1500; i++) {
                org.apache.jena.graph.Node g = iris.guide("guide-" + i);
                org.apache.jena.graph.Node service = iris.service("Service " + i);
                dsg.add(g, g, org.apache.jena.vocabulary.RDF.type.asNode(), org.docs2kg.vocab.DK.Guide);
                dsg.add(g, g, org.apache.jena.vocabulary.DCTerms.identifier.asNode(),
                        org.apache.jena.graph.NodeFactory.createLiteralString("guide-" + i));
                dsg.add(g, g, org.docs2kg.vocab.DK.documents, service);
                dsg.add(g, service, org.apache.jena.vocabulary.SKOS.prefLabel.asNode(),
                        org.apache.jena.graph.NodeFactory.createLiteralString("Service " + i));
            }
        });
        // A request cap of 4 KB: listing 1,500 graph names in the request would be refused with 413.
        FusekiServer big = ReadOnlyEndpoint.start(many, 0, false, Duration.ofSeconds(30), 100_000, 4096);
        try {
            String endpoint = "http://localhost:" + big.getHttpPort() + ReadOnlyEndpoint.DATASET;
            org.docs2kg.support.CliRun q = org.docs2kg.support.CliRun.of("query", "--endpoint", endpoint, "--named", "services", "-f", "csv");
            assertEquals(0, q.exitCode(), q.err());
            assertEquals(1501, q.out().lines().count(), "every guide, and the header");
            Path report = dir.resolve("many.html");
            org.docs2kg.support.CliRun r = org.docs2kg.support.CliRun.of("report", "-q", "--endpoint", endpoint, "-o", report.toString());
            assertEquals(0, r.exitCode(), r.err());
            assertTrue(Files.readString(report).contains("1500 guides"), "the report of all of them");
        } finally {
            big.stop();
        }
    }
}
