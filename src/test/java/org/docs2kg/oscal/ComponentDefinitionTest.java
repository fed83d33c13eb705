package org.docs2kg.oscal;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.docs2kg.oscal.internal.Markup;
import org.docs2kg.oscal.internal.NameBasedUuid;
import org.docs2kg.support.CliRun;
import org.docs2kg.support.Oscal;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code docs2kg oscal}: every document is checked with NIST's own artifacts (the OSCAL 1.1.2 JSON
 * schema and loader of liboscal-java, the SP 800-53 Rev. 5 catalog), and files, the embedded store
 * and an endpoint give the same bytes.
 */
class ComponentDefinitionTest {
    @TempDir
    Path dir;

    private String oscal(String... args) throws Exception {
        Path out = dir.resolve("cd-" + System.nanoTime() + ".json");
        List<String> all = new ArrayList<>(List.of("oscal", "-q", "-o", out.toString()));
        all.addAll(List.of(args));
        CliRun run = CliRun.of(all.toArray(String[]::new));
        assertEquals(0, run.exitCode(), run.err());
        return Files.readString(out);
    }

    private static void assertValid(String json, Path file) throws Exception {
        assertEquals(List.of(), Oscal.schemaErrors(json), "OSCAL 1.1.2 schema");
        Files.writeString(file, json);
        assertEquals(List.of(), Oscal.constraintFindings(file), "OSCAL's Metaschema constraints");
        var cd = Oscal.load(file);
        assertFalse(cd.getMetadata().getTitle().toMarkdown().isBlank());
    }

    @Test
    void theExampleGuideIsAValidDocumentThatReadsBackTheSameTwice() throws Exception {
        String json = oscal(TestData.examples().toString());
        assertValid(json, dir.resolve("example.json"));
        assertEquals(json, oscal(TestData.examples().toString()), "the same input gives the same bytes");

        JsonNode cd = Oscal.tree(json).get("component-definition");
        assertEquals("1.1.2", cd.at("/metadata/oscal-version").asText());
        assertEquals("1970-01-01T00:00:00Z", cd.at("/metadata/last-modified").asText());
        assertEquals(Set.of("provider", "customer"), Set.copyOf(Oscal.values(cd.at("/metadata/roles").toString(), "id")));
        assertEquals(1, cd.get("components").size());
        JsonNode widget = cd.get("components").get(0);
        assertEquals("service", widget.get("type").asText());
        assertEquals("Example Widget Service", widget.get("title").asText());
        assertEquals(NameBasedUuid.of("https://w3id.org/docs2kg/id/guide/widget-service-guide"), widget.get("uuid").asText());
        JsonNode impl = widget.at("/control-implementations/0");
        assertEquals(ComponentDefinition.CATALOG, impl.get("source").asText());
        // Each control has its one statement (OSCAL allows a statement id once per requirement),
        // which lists every docs2kg statement about it with a link to its file and line.
        int links = 0;
        for (JsonNode req : impl.get("implemented-requirements")) {
            String control = req.get("control-id").asText();
            assertEquals(1, req.get("statements").size());
            JsonNode st = req.get("statements").get(0);
            assertEquals(control + "_smt", st.get("statement-id").asText());
            String[] items = st.get("description").asText().split("\n");
            assertEquals(items.length, st.get("links").size(), st.toString());
            for (JsonNode link : st.get("links")) {
                assertTrue(link.get("text").asText().matches("(AWS|Customer|Shared) [a-z]+, widget-service-guide/[a-z-]+\\.md:[0-9]+"),
                        link.toString());
                links++;
            }
            assertFalse(st.get("responsible-roles").isEmpty());
        }
        assertEquals(statementControlPairs(TestData.examples()), links, "every (statement, control) pair once");
        // The provision that encrypts at rest is the provider's, under SC-28.
        JsonNode sc28 = requirement(impl, "sc-28").at("/statements/0");
        assertTrue(sc28.get("description").asText().contains("**AWS** (provision)"), sc28.toString());
        assertEquals("provider", sc28.at("/responsible-roles/0/role-id").asText());
    }

    /** How many (statement, control) pairs the graph holds, counted by SPARQL on the export. */
    private static int statementControlPairs(Path input) {
        var data = org.docs2kg.api.GraphInputs.load(List.of(input), org.docs2kg.api.ExportOptions.defaults(),
                new org.docs2kg.diagnostics.Diagnostics(w -> { }));
        return Integer.parseInt(org.docs2kg.query.QueryRunner.rows(data, """
                PREFIX dk: <https://w3id.org/docs2kg/ontology#>
                SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?c WHERE { ?s a dk:Statement ; dk:measure/dk:control ?c } }
                """, "test").get(0).get("n"));
    }

    @Test
    void yamlHoldsTheSameDocument() throws Exception {
        String json = oscal(TestData.examples().toString());
        Path yamlFile = dir.resolve("cd.yaml");
        CliRun run = CliRun.of("oscal", "-q", TestData.examples().toString(), "-o", yamlFile.toString());
        assertEquals(0, run.exitCode(), run.err());
        Object yaml = new Yaml().load(Files.readString(yamlFile));
        assertEquals(Oscal.tree(json), Oscal.tree(new com.google.gson.Gson().toJson(yaml)));
        assertEquals("1.1.2", Oscal.load(yamlFile).getMetadata().getOscalVersion());
    }

    @Test
    void theStoreAndAnEndpointGiveTheSameBytesAsTheFiles() throws Exception {
        String files = oscal(TestData.examples().toString());
        Path store = dir.resolve("kg");
        assertEquals(0, CliRun.of("load", "-q", "--store", store.toString(), TestData.examples().toString()).exitCode());
        assertEquals(files, oscal("--store", store.toString()));

        FusekiServer server = FusekiServer.create().port(0).loopback(true)
                .add("/ds", DatasetGraphFactory.createTxnMem(), true).build().start();
        try {
            String endpoint = "http://localhost:" + server.getHttpPort() + "/ds";
            CliRun load = CliRun.of("load", "-q", TestData.examples().toString(), "--endpoint", endpoint);
            assertEquals(0, load.exitCode(), load.err());
            assertEquals(files, oscal("--endpoint", endpoint));
        } finally {
            server.stop();
        }
    }

    @Test
    void hostileNamesAndTextsStillGiveAValidDocument() throws Exception {
        Path guide = dir.resolve("in").resolve("evil-guide");
        Files.createDirectories(guide);
        String name = "Evil \"Quoted\" {{ insert: param, ac-1_prm_1 }} Service";
        Files.writeString(guide.resolve("index.md"), "# " + name + " User Guide\n\n+ [Security](security.md)\n");
        Files.writeString(guide.resolve("security.md"), "# Security in " + name + "\n\n"
                + "The service encrypts all data at rest with AES\\-256 {{ insert: param, sc-28_prm_1 }} "
                + "and \u202Etxet desrever\u202C \u0007 *stars* <script>alert(1)</script>\\.\n\n"
                + "You must use TLS 1\\.2 or later for every request \"quoted\" \\[link\\]\\(x\\)\\.\n");
        String json = oscal(guide.getParent().toString());
        assertValid(json, dir.resolve("evil.json"));
        assertFalse(json.contains("\u202E") || json.contains("\u0007"), "no controls or overrides in the document");
        var cd = Oscal.load(dir.resolve("evil.json"));
        var component = cd.getComponents().get(0);
        assertTrue(component.getTitle().toHtml().contains("{{ insert: param, ac-1_prm_1 }}"), component.getTitle().toHtml());
        TreeSet<String> descriptions = new TreeSet<>();
        component.getControlImplementations().forEach(ci -> ci.getImplementedRequirements().forEach(
                r -> r.getStatements().forEach(st -> descriptions.add(st.getDescription().toHtml()))));
        // As NIST's library renders it: the text itself, "{{ insert: … }}" included, not an insertion.
        assertTrue(descriptions.stream().anyMatch(d -> d.contains("{{ insert: param, sc-28_prm_1 }}") && d.contains("alert(1)")),
                descriptions.toString());
        // No insertion was read out of the text: it stays text.
        assertFalse(json.contains("\"{{ insert"), json);
    }

    @Test
    void theCorpusIsOneValidDocumentWithCatalogControlsOnly() throws Exception {
        Path corpus = TestData.shared("corpus");
        Set<String> catalog = Oscal.catalogIds();
        String json = oscal(corpus.toString());
        assertValid(json, dir.resolve("corpus.json"));
        JsonNode cd = Oscal.tree(json).get("component-definition");
        int guides;
        try (var s = Files.list(corpus)) {
            guides = (int) s.filter(Files::isDirectory).count();
        }
        assertEquals(guides, cd.get("components").size(), "one component per guide");
        for (String id : Oscal.values(json, "control-id")) {
            assertTrue(catalog.contains(id), id + " is not in the catalog");
        }
        for (String id : Oscal.values(json, "statement-id")) {
            assertTrue(catalog.contains(id), id + " is not a part of the catalog");
        }
        for (JsonNode c : cd.get("components")) {
            assertTrue(c.at("/links/0/href").asText().startsWith("https://github.com/awsdocs/"), c.get("title").asText());
        }
        // DynamoDB's encryption at rest is AWS's, under SC-28; SQS's TLS statements are under SC-8.
        JsonNode dynamo = component(cd, "Amazon DynamoDB");
        JsonNode sc28 = requirement(dynamo.at("/control-implementations/0"), "sc-28").at("/statements/0");
        assertTrue(sc28.get("description").asText().lines().anyMatch(l -> l.startsWith("- **AWS** (provision): ")
                && l.contains("at rest")), sc28.toString());
        assertEquals("provider", sc28.at("/responsible-roles/0/role-id").asText());
        for (JsonNode link : sc28.get("links")) {
            assertTrue(link.get("href").asText().matches(
                    "https://github\\.com/awsdocs/amazon-dynamodb-developer-guide/blob/[0-9a-f]{40}/doc_source/.+\\.md#L[0-9]+"),
                    link.toString());
        }
        JsonNode sc8 = requirement(component(cd, "Amazon Simple Queue Service").at("/control-implementations/0"), "sc-8");
        assertTrue(sc8.at("/statements/0/description").asText().contains("TLS"), sc8.toString());
        assertEquals(statementControlPairs(corpus), countLinks(cd), "every (statement, control) pair once");
    }

    private static int countLinks(JsonNode cd) {
        int n = 0;
        for (JsonNode c : cd.get("components")) {
            for (JsonNode r : c.at("/control-implementations/0/implemented-requirements")) {
                n += r.at("/statements/0/links").size();
            }
        }
        return n;
    }

    @Test
    void badOptionsAreUsageErrors() {
        CliRun format = CliRun.of("oscal", TestData.examples().toString(), "--format", "xml");
        assertEquals(2, format.exitCode());
        assertTrue(format.err().contains("json or yaml"), format.err());
        CliRun time = CliRun.of("oscal", TestData.examples().toString(), "--last-modified", "yesterday");
        assertEquals(2, time.exitCode());
        assertTrue(time.err().contains("--last-modified"), time.err());
        CliRun early = CliRun.of("oscal", TestData.examples().toString(), "--last-modified", "1800-01-01");
        assertEquals(2, early.exitCode());
        assertEquals(2, CliRun.of("oscal", TestData.examples().toString(), "--title", " \u0007 ").exitCode());
    }

    @Test
    void lastModifiedAndTitleAreTheUsers() throws Exception {
        String json = oscal(TestData.examples().toString(), "--last-modified", "2026-11-30", "--title", "Our *AWS* services");
        assertValid(json, dir.resolve("dated.json"));
        JsonNode metadata = Oscal.tree(json).at("/component-definition/metadata");
        assertEquals("2026-11-30T00:00:00Z", metadata.get("last-modified").asText());
        assertEquals("Our \\*AWS\\* services", metadata.get("title").asText());
        String versionBefore = metadata.get("version").asText();
        assertEquals(versionBefore, Oscal.tree(oscal(TestData.examples().toString())).at("/component-definition/metadata/version").asText(),
                "the version is the content's, not the date's or the title's");
    }

    @Test
    void theChecksCatchWhatOscalForbids() throws Exception {
        String json = oscal(TestData.examples().toString());
        String uuid = Oscal.tree(json).at("/component-definition/uuid").asText();
        String version3 = uuid.substring(0, 14) + "3" + uuid.substring(15);
        assertFalse(Oscal.schemaErrors(json.replace(uuid, version3)).isEmpty(), "a version-3 uuid is not OSCAL's");
        // The same statement id twice under one control is against OSCAL's constraints.
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) Oscal.tree(json);
        var statements = (com.fasterxml.jackson.databind.node.ArrayNode) tree.at(
                "/component-definition/components/0/control-implementations/0/implemented-requirements/0/statements");
        var twin = statements.get(0).deepCopy();
        ((com.fasterxml.jackson.databind.node.ObjectNode) twin).put("uuid", "00000000-0000-4000-8000-000000000000");
        statements.add(twin);
        Path file = dir.resolve("twice.json");
        Files.writeString(file, tree.toString());
        assertEquals(List.of(), Oscal.schemaErrors(tree.toString()), "the schema does not see it");
        assertFalse(Oscal.constraintFindings(file).isEmpty(), "the constraints do");
    }

    @Test
    void uuidsAreVersion5InTheUrlNamespace() {
        // Python: uuid.uuid5(uuid.NAMESPACE_URL, 'http://example.org/')
        assertEquals("715d503b-5f95-5532-9100-00663eb45ade", NameBasedUuid.of("http://example.org/"));
    }

    @Test
    void markupEscapesMarkdownAndDropsControls() {
        assertEquals("a \\*b\\* \\{\\{ insert: param, x \\}\\} \\[c\\](d)", Markup.markdown("a *b* {{ insert: param, x }} [c](d)"));
        assertEquals("\\- item", Markup.markdown("- item"));
        assertEquals("1\\. first", Markup.markdown("1. first"));
        assertEquals("ab c", Markup.plain("\u202Ea\u0000b\t\n c \u200F"));
    }

    private static JsonNode component(JsonNode cd, String title) {
        for (JsonNode c : cd.get("components")) {
            if (c.get("title").asText().equals(title)) {
                return c;
            }
        }
        throw new AssertionError("no component " + title);
    }

    private static JsonNode requirement(JsonNode impl, String control) {
        for (JsonNode r : impl.get("implemented-requirements")) {
            if (r.get("control-id").asText().equals(control)) {
                return r;
            }
        }
        throw new AssertionError("no implemented requirement for " + control + " in " + impl);
    }


}
