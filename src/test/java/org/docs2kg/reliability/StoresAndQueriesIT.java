package org.docs2kg.reliability;

import org.docs2kg.support.LoopbackServer;
import org.docs2kg.support.Shell;
import org.docs2kg.support.Shell.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile input, round three (first part): outputs that would overwrite a store or a file an
 * export reads, files that would replace a guide's graph, injected and ill-typed query parameters,
 * JSON-LD that would fetch contexts, queries too deep for the engine, ill-typed lines, symbolic
 * links as inputs. Each row runs the built jar as a real process. (Rows 3, 6, 7, 8, 12 and 14 are
 * tested where their servers, browser and algorithm are: BoundsAndLinksIT, ReadOnlyEndpointTest,
 * FusekiStoreTest, ReportBrowserIT, DifferTest.)
 */
class StoresAndQueriesIT {

    private static Result sh(Path dir, String script) throws Exception {
        return Shell.run(dir, script);
    }

    private static final String COUNT = "--query 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' -f csv";

    @Test
    void row1AnOutputInsideTheStoreOrOnAFileTheExportReadsIsRefused(@TempDir Path dir) throws Exception {
        assertEquals(0, sh(dir, "$D2K load -q \"$EX\" --store kg && cp -r \"$EX\" in"
                + " && printf 'repository: github.com/a/b\\ncommit: 0123456\\n' > in/widget-service-guide/SOURCE").code());
        String before = sh(dir, "$D2K query --store kg " + COUNT).out();
        for (String cmd : List.of("$D2K report --store kg -o kg/Data-0001/SPO.dat",
                "$D2K validate --store kg --report kg/Data-0001/SPO.dat",
                "$D2K oscal --store kg -o kg/x.json",
                "$D2K diff kg in -o kg/Data-0001/SPO.dat",
                "$D2K export in -o in/widget-service-guide/SOURCE")) {
            Result r = sh(dir, cmd);
            assertEquals(2, r.code(), cmd + ": " + r.err());
            assertTrue(r.err().contains("refusing to"), r.err());
        }
        assertEquals(before, sh(dir, "$D2K query --store kg " + COUNT).out(), "the store still answers as before");
        assertTrue(Files.readString(dir.resolve("in/widget-service-guide/SOURCE")).startsWith("repository:"));
    }

    @Test
    void row2AFileNamingAGuidesGraphMustHoldThatGuide(@TempDir Path dir) throws Exception {
        assertEquals(0, sh(dir, "$D2K load -q \"$EX\" --store kg").code());
        String before = sh(dir, "$D2K query --store kg " + COUNT).out();
        Files.writeString(dir.resolve("note.trig"),
                "<https://w3id.org/docs2kg/id/guide/widget-service-guide> { <urn:a> <urn:b> \"a note\" . }\n");
        Files.writeString(dir.resolve("vocabulary.nq"),
                "<urn:a> <urn:b> \"not the vocabulary\" <https://w3id.org/docs2kg/id/graph/vocabulary> .\n");
        Result note = sh(dir, "$D2K load note.trig --store kg");
        assertEquals(1, note.code(), note.err());
        assertTrue(note.err().contains("note.trig: its graph <https://w3id.org/docs2kg/id/guide/widget-service-guide> "
                + "would replace that guide's graph with 1 triple but not the guide itself"), note.err());
        Result vocabulary = sh(dir, "$D2K load vocabulary.nq --store kg");
        assertEquals(1, vocabulary.code(), vocabulary.err());
        assertTrue(vocabulary.err().contains("is not docs2kg's vocabulary"), vocabulary.err());
        assertEquals(before, sh(dir, "$D2K query --store kg " + COUNT).out(), "nothing was replaced");
        // An export of the guide itself (TriG) still replaces it.
        Result export = sh(dir, "$D2K export -q \"$EX\" --format trig -o g.trig && $D2K load -q g.trig --store kg"
                + " && $D2K query --store kg " + COUNT);
        assertEquals(0, export.code(), export.err());
    }

    @Test
    void row4AParameterCannotChangeTheQuery(@TempDir Path dir) throws Exception {
        Result r = sh(dir, "$D2K query \"$EX\" --query 'SELECT ?s { ?s a ?type }' "
                + "--param 'type=<urn:a> AS ?x) ?s ?p ?o WHERE { ?s ?p ?o } #>' -f csv");
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("not a valid absolute IRI"), r.err());
        Result ok = sh(dir, "$D2K query \"$EX\" --query 'SELECT ?s { ?s a ?type }' "
                + "--param 'type=<https://w3id.org/docs2kg/ontology#Guide>' -f csv");
        assertEquals(List.of("s", "https://w3id.org/docs2kg/id/guide/widget-service-guide"), ok.out().lines().toList(), ok.err());
    }

    @Test
    void row5JsonLdIsReadWithoutFetchingAnything(@TempDir Path dir) throws Exception {
        try (LoopbackServer context = new LoopbackServer(true, null)) {
            Files.writeString(dir.resolve("remote.jsonld"), "{\"@context\": \"" + context.url()
                    + "/context.jsonld\", \"@id\": \"urn:a\", \"name\": \"x\"}");
            Files.writeString(dir.resolve("local.jsonld"), "{\"@context\": {\"@import\": \"file:///etc/hostname\"}, "
                    + "\"@id\": \"urn:a\", \"name\": \"x\"}");
            for (String cmd : List.of("$D2K query remote.jsonld " + COUNT, "$D2K load remote.jsonld --store kg",
                    "$D2K validate remote.jsonld", "$D2K query local.jsonld " + COUNT)) {
                Result r = sh(dir, cmd + " --timeout 5");
                assertEquals(1, r.code(), cmd + ": " + r.err());
                assertTrue(r.err().contains(".jsonld: refusing to fetch"), r.err());
                assertEquals(1, r.err().lines().count(), "one line, no logging: " + r.err());
            }
            assertEquals(0, context.requests.get(), "nothing was fetched");
        }
        Result own = sh(dir, "$D2K export -q \"$EX\" --format jsonld -o own.jsonld && $D2K query own.jsonld --named services -f csv");
        assertEquals(0, own.code(), "docs2kg's own JSON-LD is self-contained: " + own.err());
    }

    @Test
    void row9AQueryTooDeepIsOneLineNamingTheFile(@TempDir Path dir) throws Exception {
        StringBuilder unions = new StringBuilder("SELECT * { ");
        StringBuilder optionals = new StringBuilder("SELECT * { ?s ?p ?o ");
        StringBuilder ors = new StringBuilder("SELECT * { ?s ?p ?o FILTER (");
        for (int i = 0; i < 5000; i++) {
            unions.append(i == 0 ? "" : " UNION ").append("{ ?s ?p ").append(i).append(" }");
            optionals.append("OPTIONAL { ?s ?p").append(i).append(" ?o").append(i).append(" } ");
            ors.append(i == 0 ? "" : " || ").append("?o = ").append(i);
        }
        Files.writeString(dir.resolve("unions.rq"), unions.append("}").toString());
        Files.writeString(dir.resolve("optionals.rq"), optionals.append("}").toString());
        Files.writeString(dir.resolve("ors.rq"), ors.append(") }").toString());
        Files.writeString(dir.resolve("parens.rq"), "SELECT * { ?s ?p ?o FILTER (" + "(".repeat(800) + "?o"
                + ")".repeat(800) + ") }");
        // 800 parentheses are 800 levels: allowed, and parsed (on the parser's own large stack).
        Result parens = sh(dir, "$D2K query \"$EX\" --file parens.rq -f csv");
        assertEquals(0, parens.code(), parens.err());
        for (String file : List.of("unions.rq", "optionals.rq", "ors.rq")) {
            Result r = sh(dir, "$D2K query \"$EX\" --file " + file + " -f csv");
            assertEquals(1, r.code(), file + ": " + r.err());
            assertEquals(1, r.err().lines().count(), file + ": " + r.err());
            assertTrue(r.err().startsWith("docs2kg: " + file + ": "), r.err());
            assertFalse(r.err().contains("StackOverflowError") || r.err().endsWith("SPARQL syntax error: \n"), r.err());
        }
    }

    @Test
    void row10ParametersMustBeTheQuerysAndOfTheRightKind(@TempDir Path dir) throws Exception {
        for (String[] c : new String[][] {
                {"--named specific --param nosuch=1", "the query has no variable ?nosuch (its variables: "},
                {"--named specific --param =3", "is not a variable name"},
                {"--named specific --param '?maxGuides=3'", "name the variable without its '?'"},
                {"--named specific --param maxGuides=many", "compares ?maxGuides with numbers; give a number"},
                {"--query 'SELECT (COUNT(*) AS ?n) { ?s ?p ?o }' --param n=3", "a variable the query computes itself"}}) {
            Result r = sh(dir, "$D2K query \"$EX\" " + c[0] + " -f csv");
            assertEquals(2, r.code(), c[0] + ": " + r.err());
            assertTrue(r.err().contains(c[1]), r.err());
            assertFalse(r.err().contains("internal error"), r.err());
        }
        Result ok = sh(dir, "$D2K query \"$EX\" --named specific --param maxGuides=5 -f csv");
        assertEquals(0, ok.code(), ok.err());
    }

    @Test
    void row11ALineThatIsNotALineNumberIsNamed(@TempDir Path dir) throws Exception {
        assertEquals(0, sh(dir, "$D2K export -q \"$EX\" -o a.ttl").code());
        String ttl = Files.readString(dir.resolve("a.ttl"));
        int statement = ttl.indexOf("dk:Statement;");
        int line = ttl.indexOf("dk:line", statement);
        int end = ttl.indexOf(';', line);
        Files.writeString(dir.resolve("b.ttl"), ttl.substring(0, line) + "dk:line 99999999999999999999 "
                + ttl.substring(end));
        Result diff = sh(dir, "$D2K diff a.ttl b.ttl");
        assertEquals(1, diff.code(), diff.err());
        assertTrue(diff.err().contains("b.ttl: the statement \"") && diff.err().contains("has dk:line '99999999999999999999', "
                + "not a line number"), diff.err());
        assertFalse(diff.err().contains("NumberFormatException"), diff.err());
        Result validate = sh(dir, "$D2K validate b.ttl");
        assertEquals(1, validate.code(), "the shapes bound dk:line: " + validate.out());
        assertTrue(validate.out().contains("a line number from 1 to 100,000,000"), validate.out());
    }

    @Test
    void row13LinksTheUserNamesAreFollowedAndNeverZeroPagesInSilence(@TempDir Path dir) throws Exception {
        Result r = sh(dir, "mkdir -p elsewhere in links && cp -r \"$EX\"/widget-service-guide elsewhere/"
                + " && ln -s \"$PWD/elsewhere/widget-service-guide\" guide-link"
                + " && ln -s \"$PWD/elsewhere/widget-service-guide\" links/g1"
                + " && cp -r \"$EX\"/widget-service-guide in/w && ln -s w in/w2"
                + " && $D2K export guide-link -o a.ttl && $D2K export -q in -o b.ttl");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("exported 1 guide, 10 pages"), "a link to a guide is the guide: " + r.err());
        assertTrue(Files.readString(dir.resolve("b.ttl")).contains("guide/w2>"), "a link inside the input is followed");
        Result out = sh(dir, "$D2K export links -o c.ttl");
        assertEquals(1, out.code(), "no guide found is an error, not 0 pages: " + out.err());
        assertTrue(out.err().contains("links/g1: symbolic link points outside the input, not followed"), out.err());
        assertTrue(out.err().contains("links: no guide found"), out.err());
        assertFalse(Files.exists(dir.resolve("c.ttl")));
    }
}
