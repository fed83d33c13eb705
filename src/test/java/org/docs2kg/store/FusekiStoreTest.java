package org.docs2kg.store;

import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.auth.Auth;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.docs2kg.support.CliRun;
import org.docs2kg.support.Guides;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A real Fuseki server, started in-process on a free loopback port with basic authentication. */
class FusekiStoreTest {
    private static final String PASSWORD = "s3cret-Pa55word";

    @TempDir
    Path dir;
    private FusekiServer server;
    private DatasetGraph data;
    private String endpoint;
    private Path credentials;

    @BeforeEach
    void start() throws Exception {
        Path passwd = dir.resolve("passwd");
        Files.writeString(passwd, "loader: " + PASSWORD + "\n");
        data = DatasetGraphFactory.createTxnMem();
        server = FusekiServer.create().port(0).loopback(true)
                .passwordFile(passwd.toString()).auth(AuthScheme.BASIC).serverAuthPolicy(Auth.ANY_USER)
                .add("/ds", data, true).build().start();
        endpoint = "http://localhost:" + server.getHttpPort() + "/ds";
        credentials = dir.resolve("credentials.properties");
        Files.writeString(credentials, "user=loader\npassword=" + PASSWORD + "\n");
        Files.setPosixFilePermissions(credentials, java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private long quads() {
        return Txn.calculateRead(data, () -> data.stream().count());
    }

    @Test
    void loadReloadAndQueryThroughTheEndpoint() throws Exception {
        CliRun load = CliRun.of("load", TestData.examples().toString(), "--endpoint", endpoint,
                "--credentials", credentials.toString());
        assertEquals(0, load.exitCode(), load.err());
        long first = quads();
        assertTrue(first > 400, "quads stored: " + first);

        assertEquals(0, CliRun.of("load", "-q", TestData.examples().toString(), "--endpoint", endpoint,
                "--credentials", credentials.toString()).exitCode());
        assertEquals(first, quads(), "reloading replaces the graph instead of adding to it");

        for (String name : List.of("services", "topics", "responsibilities")) {
            CliRun remote = CliRun.of("query", "--endpoint", endpoint, "--credentials", credentials.toString(),
                    "--named", name, "-f", "csv");
            assertEquals(0, remote.exitCode(), remote.err());
            CliRun local = CliRun.of("query", TestData.examples().toString(), "--named", name, "-f", "csv");
            assertEquals(local.out(), remote.out(), name);
        }
        CliRun one = CliRun.of("query", "--endpoint", endpoint, "--credentials", credentials.toString(),
                "--graph", "widget-service-guide", "--named", "services", "-f", "csv");
        assertEquals(List.of("guide,service", "widget-service-guide,Example Widget Service"), one.out().lines().toList(), one.err());
    }

    /** Round three (first part), row 8: GRAPH ?g finds the same on guides, the embedded store and an endpoint. */
    @Test
    void graphQueriesAgreeOnFilesStoreAndEndpoint() throws Exception {
        assertEquals(0, CliRun.of("load", "-q", TestData.examples().toString(), "--endpoint", endpoint,
                "--credentials", credentials.toString()).exitCode());
        Path store = dir.resolve("kg");
        assertEquals(0, CliRun.of("load", "-q", TestData.examples().toString(), "--store", store.toString()).exitCode());
        String q = "SELECT ?g (COUNT(?s) AS ?n) WHERE { GRAPH ?g { ?s a dk:Statement } } GROUP BY ?g ORDER BY ?g";
        CliRun files = CliRun.of("query", TestData.examples().toString(), "--query", q, "-f", "csv");
        CliRun local = CliRun.of("query", "--store", store.toString(), "--query", q, "-f", "csv");
        CliRun remote = CliRun.of("query", "--endpoint", endpoint, "--credentials", credentials.toString(),
                "--query", q, "-f", "csv");
        assertEquals(0, files.exitCode() + local.exitCode() + remote.exitCode(), files.err() + local.err() + remote.err());
        assertEquals(List.of("g,n", "https://w3id.org/docs2kg/id/guide/widget-service-guide,14"), files.out().lines().toList());
        assertEquals(files.out(), local.out(), "the store");
        assertEquals(files.out(), remote.out(), "the endpoint");
    }

    /** Issue "Views that tell the truth", item 4: the dataset URL and its …/sparql URL are one endpoint. */
    @Test
    void theDatasetUrlAndItsSparqlUrlAreTheSameEndpoint() throws Exception {
        assertEquals(0, CliRun.of("load", "-q", TestData.examples().toString(), "--endpoint", endpoint + "/sparql",
                "--credentials", credentials.toString()).exitCode(), "loads through the dataset's Graph Store");
        Path viaDataset = dir.resolve("a.html");
        Path viaSparql = dir.resolve("b.html");
        CliRun a = CliRun.of("report", "-q", "--endpoint", endpoint, "--credentials", credentials.toString(),
                "-o", viaDataset.toString());
        CliRun b = CliRun.of("report", "-q", "--endpoint", endpoint + "/sparql", "--credentials", credentials.toString(),
                "-o", viaSparql.toString());
        assertEquals(0, a.exitCode() + b.exitCode(), a.err() + b.err());
        assertEquals(-1L, Files.mismatch(viaDataset, viaSparql), "the same report");
    }

    @Test
    void reloadingOneGuideLeavesTheOthers() throws Exception {
        Path in = dir.resolve("in");
        Guides.copyOfExample(in, "widget");
        Path tiny = Guides.tinyGuide(in, "tiny");
        String[] auth = {"--endpoint", endpoint, "--credentials", credentials.toString()};
        assertEquals(0, CliRun.of(concat(new String[] {"load", "-q", in.toString()}, auth)).exitCode());
        long all = quads();
        assertEquals(0, CliRun.of(concat(new String[] {"load", "-q", tiny.toString()}, auth)).exitCode());
        assertEquals(all, quads());
    }

    @Test
    void authenticationIsRequiredAndNeverPrinted() throws Exception {
        CliRun anonymous = CliRun.of("load", TestData.examples().toString(), "--endpoint", endpoint);
        assertEquals(1, anonymous.exitCode());
        assertTrue(anonymous.err().contains(endpoint) && anonymous.err().contains("401"), anonymous.err());
        assertTrue(anonymous.err().contains("DOCS2KG_USER"), anonymous.err());
        assertEquals(0, quads());

        Path wrong = dir.resolve("wrong.properties");
        Files.writeString(wrong, "user=loader\npassword=not-the-" + PASSWORD + "\n");
        CliRun refused = CliRun.of("load", "--verbose", TestData.examples().toString(), "--endpoint", endpoint,
                "--credentials", wrong.toString());
        assertEquals(1, refused.exitCode());
        CliRun ok = CliRun.of("load", "--verbose", TestData.examples().toString(), "--endpoint", endpoint,
                "--credentials", credentials.toString());
        CliRun query = CliRun.of("query", "--verbose", "--endpoint", endpoint, "--credentials", credentials.toString(),
                "--named", "services");
        for (CliRun r : List.of(anonymous, refused, ok, query)) {
            assertFalse((r.out() + r.err()).contains(PASSWORD), "password printed: " + r.err());
        }
    }

    @Test
    void serverDownIsAClearErrorNamingTheEndpoint() {
        server.stop();
        server = null;
        CliRun load = CliRun.of("load", TestData.examples().toString(), "--endpoint", endpoint, "--timeout", "5");
        assertEquals(1, load.exitCode());
        assertEquals(1, load.err().lines().count(), load.err());
        assertTrue(load.err().contains(endpoint) && load.err().contains("not reachable"), load.err());
        CliRun query = CliRun.of("query", "--endpoint", endpoint, "--named", "topics", "--timeout", "5");
        assertEquals(1, query.exitCode());
        assertTrue(query.err().contains(endpoint), query.err());
    }

    private static String[] concat(String[] a, String[] b) {
        String[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
