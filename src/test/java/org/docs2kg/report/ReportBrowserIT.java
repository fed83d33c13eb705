package org.docs2kg.report;

import org.docs2kg.support.Browser;
import org.docs2kg.support.JarCommand;
import org.docs2kg.support.TestData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report in a real browser: headless Chromium (Debian's package; .ci/run installs it) opens the
 * report the built jar writes, runs its script, and the test reads the resulting DOM: the matrix
 * against the {@code matrix} named query, the filter (driven through the URL hash) against the
 * statements it must leave, no console error; screenshots of the corpus report at desktop and phone sizes are kept in
 * target/report-screenshots/.
 */
class ReportBrowserIT {
    private static Path jar;
    private static Path chromium;

    @BeforeAll
    static void tools() {
        jar = Path.of(System.getProperty("docs2kg.jar", "target/docs2kg.jar")).toAbsolutePath();
        chromium = List.of("/usr/bin/chromium", "/usr/bin/chromium-browser").stream().map(Path::of)
                .filter(Files::isExecutable).findFirst().orElse(null);
        org.docs2kg.support.TestData.assume(chromium != null,
                "no chromium on this machine (apt-get install chromium; .ci/run installs it): browser test skipped");
    }

    private static String run(Path dir, List<String> cmd, Path stderr) throws Exception {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectError(stderr.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(3, TimeUnit.MINUTES), String.join(" ", cmd));
        assertEquals(0, p.exitValue(), String.join(" ", cmd) + "\n" + Files.readString(stderr));
        return out;
    }

    private static String docs2kg(Path dir, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(JarCommand.java());
        cmd.addAll(List.of(args));
        return run(dir, cmd, dir.resolve("docs2kg.err"));
    }

    /** Chromium, headless, with a fresh profile and nothing fetched from the network. */
    private static List<String> browser(Path dir, String... args) {
        List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--user-data-dir=" + dir.resolve("profile"), "--enable-logging=stderr", "--v=0"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static String dom(Path dir, Path html, String hash, Path log) throws Exception {
        return run(dir, browser(dir, "--virtual-time-budget=5000", "--dump-dom", html.toUri() + hash), log);
    }

    private static final Pattern CELL = Pattern.compile("<td data-concept=\"([^\"]+)\" data-aws=\"(\\d+)\" "
            + "data-customer=\"(\\d+)\" data-shared=\"(\\d+)\" data-specific=\"(\\d+)\" style=\"background: rgba\\([\\d,]+,([\\d.]+)\\)\"");
    private static final Pattern ROW = Pattern.compile("<tr data-guide=\"([^\"]+)\"[^>]*>(.*?)</tr>", Pattern.DOTALL);

    /** {@code screenshots}: also render it at desktop and phone sizes into target/report-screenshots. */
    private void checkReport(Path dir, String source, String name, boolean screenshots) throws Exception {
        // Export once; the report and the queries that check it read the same file.
        String input = dir.resolve(name + ".ttl").toString();
        docs2kg(dir, "export", "-q", source, "-o", input);
        Path html = dir.resolve(name + ".html");
        docs2kg(dir, "report", "-q", input, "-o", html.toString());
        String page = Files.readString(html);
        assertTrue(!page.contains("<script src") && !page.contains("<link") && !page.contains("http://fonts")
                && !page.contains("cdn"), "self-contained: nothing to fetch when viewed");

        Path log = dir.resolve(name + "-chromium.log");
        String dom = dom(dir, html, "", log);
        assertTrue(dom.contains("data-ready=\"true\""), "the script ran to its end");
        // The matrix shows what the matrix query says, cell by cell (asked here of the same export).
        org.apache.jena.rdf.model.Model graph = org.docs2kg.support.Rdf.parse(Files.readAllBytes(Path.of(input)),
                org.apache.jena.riot.Lang.TURTLE);
        Map<String, String> expected = new HashMap<>();
        java.util.Set<String> guides = new java.util.TreeSet<>();
        java.util.Set<String> concepts = new java.util.TreeSet<>();
        for (Map<String, String> r : org.docs2kg.support.Rdf.select(graph, org.docs2kg.query.NamedQueries.text("matrix"))) {
            guides.add(r.get("guide"));
            concepts.add(r.get("concept"));
            if (!(r.get("aws").equals("0") && r.get("customer").equals("0") && r.get("shared").equals("0"))) {
                expected.put(r.get("guide") + "|" + r.get("concept"), r.get("aws") + "/" + r.get("customer") + "/" + r.get("shared"));
            }
        }
        Map<String, String> specific = new HashMap<>();
        for (Map<String, String> r : org.docs2kg.support.Rdf.select(graph, SPECIFIC_PER_CELL)) {
            specific.put(r.get("guide") + "|" + r.get("concept"), r.get("n"));
        }
        Map<String, String> shown = new HashMap<>();
        Map<String, String> shownSpecific = new HashMap<>();
        java.util.TreeMap<Integer, java.util.TreeSet<Double>> shadeBySpecific = new java.util.TreeMap<>();
        Matcher row = ROW.matcher(section(dom, "matrix"));
        int rows = 0;
        while (row.find()) {
            rows++;
            Matcher cell = CELL.matcher(row.group(2));
            while (cell.find()) {
                String key = row.group(1) + "|" + cell.group(1);
                shown.put(key, cell.group(2) + "/" + cell.group(3) + "/" + cell.group(4));
                if (!cell.group(5).equals("0")) {
                    shownSpecific.put(key, cell.group(5));
                }
                shadeBySpecific.computeIfAbsent(Integer.parseInt(cell.group(5)), k -> new java.util.TreeSet<>())
                        .add(Double.parseDouble(cell.group(6)));
            }
        }
        assertEquals(guides.size(), rows, "one matrix row per guide");
        assertEquals(concepts.size(), countOf(section(dom, "matrix"), "<th scope=\"col\" data-concept="),
                "one column per top-level concept");
        // Every side counted, shared ones included (a cell of shared statements only is not "0/0" and empty).
        assertEquals(expected, shown, "the cells are the matrix query's, shared counts included");
        assertEquals(specific, shownSpecific, "each cell's specific statements, as SPARQL counts them");
        // The shade says what is specific: more specific statements, never a lighter cell; boilerplate alone, the palest.
        double darkest = -1;
        for (java.util.TreeSet<Double> shades : shadeBySpecific.values()) {
            assertTrue(shades.size() == 1 && shades.first() >= darkest, "shade by specific count: " + shadeBySpecific);
            darkest = shades.first();
        }
        assertTrue(shadeBySpecific.size() < 2 || shadeBySpecific.firstKey() > 0
                || shadeBySpecific.get(0).first() < shadeBySpecific.higherEntry(0).getValue().first(),
                "a cell of boilerplate only is paler than one with a specific statement: " + shadeBySpecific);

        checkByControl(dir, html, dom, graph, guides.size(), log);

        // The filter narrows the statements to exactly those of the party and modality asked for.
        int all = countOf(dom, "<li class=\"st\"");
        String filtered = dom(dir, html, "#party=AWS&modality=provision", log);
        int visible = countOf(filtered, "<li class=\"st\" ") - countOf(filtered, "\" hidden=\"\"><span class=\"badge");
        int expectedVisible = Integer.parseInt(org.docs2kg.support.Rdf.select(graph,
                "SELECT (COUNT(?s) AS ?n) { ?s a dk:Statement ; dk:party dk:AWS ; dk:modality dk:provision }").get(0).get("n"));
        assertEquals(expectedVisible, visible, "statements left by the filter");
        assertTrue(visible < all, "the filter narrowed " + all + " statements to " + visible);
        assertTrue(filtered.contains(visible + " of " + all + " statements"), "the count says so");

        String console = Files.readString(log);
        for (String line : console.lines().toList()) {
            assertTrue(!(line.contains("CONSOLE") && (line.contains("ERROR") || line.contains("Uncaught"))),
                    "console error: " + line);
        }
        if (!screenshots) {
            return;
        }
        interact(dir, html, name, graph, expected);
    }

    /**
     * What a reader does with the corpus report, with a real mouse and keyboard (the DevTools
     * protocol): a click on a matrix cell shows exactly that cell's statements; a party chosen in
     * the filter recounts every cell; the text filter reads sentences and pages, not badges; a
     * guide's customer-side statements are one click away, boilerplate unfolded; a folded group
     * opens with the keyboard; a phone's first screen holds numbers. Screenshots of both sizes
     * are kept in target/report-screenshots/.
     */
    private void interact(Path dir, Path html, String name, org.apache.jena.rdf.model.Model graph,
                          Map<String, String> matrix) throws Exception {
        Path shots = Files.createDirectories(Path.of("target", "report-screenshots"));
        String appRunner = "aws-app-runner-developer-guide";
        try (Browser browser = Browser.start(chromium, dir.resolve("cdp-desktop"), 1280, 1000)) {
            browser.open(html.toUri().toString());
            browser.screenshot(shots.resolve(name + "-desktop.png").toAbsolutePath());
            int all = browser.evalInt("document.querySelectorAll('li.st').length");

            // A click on App Runner's data-protection cell: its statements, all of them, and no other.
            String cell = "tr[data-guide='" + appRunner + "'] td[data-concept='data-protection'] a.cell";
            browser.click(cell);
            int visible = browser.evalInt("document.querySelectorAll('li.st:not([hidden])').length");
            int wrong = browser.evalInt("Array.prototype.filter.call(document.querySelectorAll('li.st:not([hidden])'),"
                    + "function(li){return li.dataset.guide!=='" + appRunner + "'||li.dataset.concept!=='data-protection';}).length");
            assertEquals(count(graph, "?s dk:topic ?t . ?t dk:securityTopicOf/dcterms:identifier \"" + appRunner + "\" ; "
                    + "dcterms:subject/skos:broader* dkt:data-protection"), visible, "the clicked cell's statements");
            assertEquals(0, wrong, "only the clicked cell's statements");
            assertEquals("#service=AWS%20App%20Runner&concept=data-protection", browser.evalString("location.hash"));

            // The filter recounts the cells: with party Customer, every cell is 0 AWS-side and the matrix query's customer count.
            browser.open(html.toUri().toString());
            browser.eval("(function(){var s=document.getElementById('f-party');s.value='Customer';"
                    + "s.dispatchEvent(new Event('change'));})()");
            Map<String, String> recounted = new HashMap<>();
            browser.eval("Array.prototype.map.call(document.querySelectorAll('table.concepts td[data-aws]'),function(td){"
                    + "return td.parentNode.dataset.guide+'|'+td.dataset.concept+'='+td.querySelector('.aws').textContent+'/'"
                    + "+td.querySelector('.customer').textContent+'/'+td.querySelector('.shared').textContent;})")
                    .getAsJsonArray().forEach(e -> {
                        String[] kv = e.getAsString().split("=", 2);
                        recounted.put(kv[0], kv[1]);
                    });
            matrix.forEach((k, v) -> assertEquals("0/" + v.split("/")[1] + "/", recounted.get(k), "recounted " + k));

            // Text: "md" no longer matches every statement through its "page.md:line".
            browser.eval("(function(){var s=document.getElementById('f-party');s.value='';s.dispatchEvent(new Event('change'));"
                    + "var t=document.getElementById('f-text');t.value='md';t.dispatchEvent(new Event('input'));})()");
            int md = browser.evalInt("document.querySelectorAll('li.st:not([hidden])').length");
            int mdInText = count(graph, "?s dk:text ?text ; prov:wasDerivedFrom/dk:fileName ?page . "
                    + "OPTIONAL { ?s dk:itemOf/dk:text ?lead } "
                    + "FILTER (CONTAINS(LCASE(CONCAT(?text, ' ', COALESCE(?lead, ''), ' ', REPLACE(?page, '\\\\.md$', '', 'i'))), 'md'))");
            assertEquals(mdInText, md, "'md' matches the statements that say it, not all " + all);
            assertTrue(md < all / 10, md + " of " + all);

            // Where do I carry the load for App Runner: its customer-side statements, boilerplate unfolded.
            browser.open(html.toUri().toString());
            browser.click("#" + Html.anchor(appRunner) + " p.load a.customer");
            int mine = browser.evalInt("document.querySelectorAll('li.st:not([hidden])').length");
            assertEquals(count(graph, "?s dk:party dk:Customer ; dk:topic/dk:securityTopicOf/dcterms:identifier \""
                    + appRunner + "\""), mine, "App Runner's customer-side statements");
            assertEquals(0, browser.evalInt("Array.prototype.filter.call(document.querySelectorAll('li.st:not([hidden])'),"
                    + "function(li){return li.dataset.party!=='Customer'||li.closest('details:not([open])');}).length"),
                    "all of them customer-side and none folded away");

            // A folded group opens with the keyboard, and says how many guides share it.
            browser.open(html.toUri().toString());
            String summary = "#" + Html.anchor(appRunner) + " details.boilerplate > summary";
            assertTrue(browser.evalString("document.querySelector('" + summary + "').textContent").matches(".* guides.*\\)"),
                    "the fold says how many guides share its statements");
            browser.eval("document.querySelector('" + summary + "').focus()");
            browser.press("Enter", 13);
            assertEquals("true", browser.evalString("String(document.querySelector('" + summary + "').parentNode.open)"),
                    "Enter on the focused summary unfolds it");
            assertEquals(List.of(), browser.errors, "no console error");
        }
        try (Browser phone = Browser.start(chromium, dir.resolve("cdp-phone"), 390, 844)) {
            phone.open(html.toUri().toString());
            phone.screenshot(shots.resolve(name + "-phone.png").toAbsolutePath());
            int numbers = phone.evalInt("Array.prototype.filter.call(document.querySelectorAll('#summary td'),function(td){"
                    + "var r=td.getBoundingClientRect();return r.bottom<=innerHeight&&r.right<=innerWidth&&/\\d/.test(td.textContent);}).length");
            assertTrue(numbers >= 20, "the phone's first screen holds numbers: " + numbers);
            assertEquals(List.of(), phone.errors, "no console error");
        }
    }

    private static int count(org.apache.jena.rdf.model.Model graph, String pattern) {
        return Integer.parseInt(org.docs2kg.support.Rdf.select(graph, "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?s a dk:Statement . "
                + pattern + " }").get(0).get("n"));
    }

    /** Per guide and top-level concept, the matrix-side statements fewer than three guides share. */
    private static final String SPECIFIC_PER_CELL = """
            SELECT ?guide ?concept (COUNT(DISTINCT ?s) AS ?n) {
              { SELECT ?tpl (COUNT(DISTINCT ?g2) AS ?sharedBy) { ?s2 dk:template ?tpl ; dk:topic/dk:securityTopicOf ?g2 } GROUP BY ?tpl }
              FILTER (?sharedBy < 3)
              ?s dk:template ?tpl ; dk:party ?party ; dk:modality ?modality ; dk:topic ?t .
              ?t dk:securityTopicOf/dcterms:identifier ?guide ; dcterms:subject/skos:broader* ?c .
              ?c skos:topConceptOf <https://w3id.org/docs2kg/taxonomy/scheme> ; skos:notation ?concept .
              FILTER (?party = dk:Shared || ?party = dk:AWS && ?modality IN (dk:responsibility, dk:provision)
                      || ?party = dk:Customer && ?modality IN (dk:responsibility, dk:recommendation, dk:obligation))
            } GROUP BY ?guide ?concept""";

    private static final Pattern MEASURE_CELL = Pattern.compile("<td data-measure=\"([^\"]+)\" data-aws=\"(\\d+)\" "
            + "data-customer=\"(\\d+)\" data-shared=\"(\\d+)\"[^>]*><a class=\"cell\" href=\"([^\"]+)\"");

    /**
     * The by-control section: one column per security measure (with its NIST controls), each cell
     * the {@code measures} query's three counts, and a cell's link shows exactly its statements.
     */
    private void checkByControl(Path dir, Path html, String dom, org.apache.jena.rdf.model.Model graph, int guides,
                                Path log) throws Exception {
        String table = section(dom, "by-control");
        int measures = Integer.parseInt(org.docs2kg.support.Rdf.select(graph,
                "SELECT (COUNT(?m) AS ?n) { ?m skos:inScheme <https://w3id.org/docs2kg/measure/scheme> }").get(0).get("n"));
        assertEquals(measures, countOf(table, "<th scope=\"col\" data-measure="), "one column per measure");
        assertTrue(table.contains("(SC-28)") && table.contains("(SC-8)"), "the columns name their NIST controls");
        Map<String, String> expected = new HashMap<>();
        for (Map<String, String> r : org.docs2kg.support.Rdf.select(graph, org.docs2kg.query.NamedQueries.text("measures"))) {
            expected.put(r.get("guide") + "|" + r.get("measure"), r.get("aws") + "/" + r.get("customer") + "/" + r.get("shared"));
        }
        Map<String, String> shown = new HashMap<>();
        Map<String, String> links = new HashMap<>();
        Matcher row = ROW.matcher(table);
        int rows = 0;
        while (row.find()) {
            rows++;
            Matcher cell = MEASURE_CELL.matcher(row.group(2));
            while (cell.find()) {
                String key = row.group(1) + "|" + cell.group(1);
                shown.put(key, cell.group(2) + "/" + cell.group(3) + "/" + cell.group(4));
                links.put(key, cell.group(5).replace("&amp;", "&"));
            }
        }
        assertEquals(guides, rows, "one by-control row per guide");
        assertEquals(expected, shown, "the cells are the measures query's");
        assertFalse(expected.isEmpty(), "some statement has a measure");
        // The busiest cell, a click away: its link leaves exactly its statements.
        String busiest = expected.keySet().stream().max(java.util.Comparator.comparingInt((String k) -> total(expected.get(k)))
                .thenComparing(java.util.Comparator.reverseOrder())).orElseThrow();
        String filtered = dom(dir, html, links.get(busiest), log);
        int visible = countOf(filtered, "<li class=\"st\" ") - countOf(filtered, "\" hidden=\"\"><span class=\"badge");
        assertEquals(total(expected.get(busiest)), visible, busiest + " via " + links.get(busiest));
    }

    private static int total(String counts) {
        int n = 0;
        for (String c : counts.split("/")) {
            n += Integer.parseInt(c);
        }
        return n;
    }

    /** The HTML of the section with that id. */
    private static String section(String dom, String id) {
        int start = dom.indexOf("<section id=\"" + id + "\"");
        assertTrue(start >= 0, "the page has a section " + id);
        return dom.substring(start, dom.indexOf("</section>", start));
    }

    private static int countOf(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    private static final Pattern ARTICLE = Pattern.compile("<article class=\"guide\" id=\"([^\"]+)\"[^>]*><h2>.*?<small><bdi>([^<]*)</bdi></small>");
    private static final Pattern ROW_LINK = Pattern.compile("<tr data-guide=\"([^\"]+)\"[^>]*><th scope=\"row\"><a href=\"#([^\"]+)\"");

    /**
     * Reliability round three: guide ids that differ only in punctuation or script keep their own
     * anchors (second part, row 11), and a right-to-left override in a sentence or a service name
     * is isolated, never reversing the file:line link beside it (first part, row 12). One report,
     * one browser start.
     */
    @Test
    void anchorsAreInjectiveAndDocumentTextIsIsolated(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String id : List.of("a.b", "a_b", "日本", "中文")) {
            org.docs2kg.support.Guides.tinyGuide(in, id);
        }
        Path rtl = org.docs2kg.support.Guides.tinyGuide(in, "rtl");
        Files.writeString(rtl.resolve("index.md"), "# Rtl \u202EWidget User Guide\n\n## Contents\n"
                + "+ [Security in Rtl Widget](security.md)\n");
        Files.writeString(rtl.resolve("security.md"), "# Security in Rtl \u202EWidget<a name=\"security\"></a>\n\n"
                + "Security is a shared responsibility between AWS and you \u202Eesrever\\.\n");
        Path html = dir.resolve("ids.html");
        docs2kg(dir, "report", "-q", in.toString(), "-o", html.toString());
        String dom = dom(dir, html, "", dir.resolve("ids.log"));
        Map<String, String> articleOf = new HashMap<>();
        Matcher a = ARTICLE.matcher(dom);
        while (a.find()) {
            assertTrue(articleOf.put(a.group(2), a.group(1)) == null, "one article per guide: " + a.group(2));
        }
        assertEquals(5, articleOf.size(), articleOf.toString());
        assertEquals(5, new java.util.HashSet<>(articleOf.values()).size(), "five distinct anchors: " + articleOf);
        Matcher row = ROW_LINK.matcher(section(dom, "matrix"));
        int rows = 0;
        while (row.find()) {
            rows++;
            assertEquals(articleOf.get(row.group(1)), row.group(2), "the matrix row of " + row.group(1) + " links to its article");
        }
        assertEquals(5, rows);

        String article = dom.substring(dom.indexOf("id=\"" + articleOf.get("rtl") + "\""));
        Matcher st = Pattern.compile("<li class=\"st\"[^>]*>(.*?)</li>", Pattern.DOTALL).matcher(article);
        assertTrue(st.find(), "a statement");
        String item = st.group(1);
        assertTrue(item.matches("(?s).*<bdi>[^<]*\u202Eesrever[^<]*</bdi>.*<span class=\"src\"><bdi>security\\.md:3</bdi></span>"),
                "the sentence and its source are each isolated: " + item);
        assertTrue(dom.contains("<bdi>Rtl \u202EWidget"), "so is the service name");
    }

    /** Round three (second part), row 12: a guide the data holds twice (a second service name beside it) is one article. */
    @Test
    void aGuideTheDataHoldsTwiceIsOneArticle(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("guide.ttl");
        docs2kg(dir, "export", "-q", TestData.examples().toString(), "-o", export.toString());
        Path rename = dir.resolve("rename.ttl");
        Files.writeString(rename, "<https://w3id.org/docs2kg/id/service/example-widget-service> "
                + "<http://www.w3.org/2004/02/skos/core#prefLabel> \"Widget Service (its old name)\" .\n");
        Path twice = dir.resolve("twice.html");
        docs2kg(dir, "report", "-q", export.toString(), rename.toString(), "-o", twice.toString());
        String two = dom(dir, twice, "", dir.resolve("twice.log"));
        int statements = Integer.parseInt(org.docs2kg.support.Rdf.select(org.docs2kg.support.Rdf.parse(
                Files.readAllBytes(export), org.apache.jena.riot.Lang.TURTLE),
                "SELECT (COUNT(?s) AS ?n) { ?s a dk:Statement }").get(0).get("n"));
        assertEquals(1, countOf(two, "<article class=\"guide\""), "one article");
        assertTrue(two.contains("1 guide, "), "the header counts one guide");
        assertEquals(statements, countOf(two, "<li class=\"st\""), "each statement once");
        assertTrue(two.contains("This guide is in the data more than once: also named "), "the other name is said");
    }

    @Test
    void theExampleReportInABrowser(@TempDir Path dir) throws Exception {
        checkReport(dir, TestData.examples().toString(), "example", false);
    }

    @Test
    void theCorpusReportInABrowser(@TempDir Path dir) throws Exception {
        checkReport(dir, TestData.shared("corpus").toString(), "corpus", true);
    }
}
