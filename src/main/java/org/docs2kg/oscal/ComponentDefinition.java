package org.docs2kg.oscal;

import org.apache.jena.query.Dataset;
import org.docs2kg.io.Resources;
import org.docs2kg.oscal.internal.Markup;
import org.docs2kg.oscal.internal.NameBasedUuid;
import org.docs2kg.query.QueryRunner;
import org.docs2kg.query.SourceLinks;
import org.docs2kg.vocab.DK;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The graph as one OSCAL 1.1.2 component definition (see docs/oscal.md): a component of type
 * {@code service} per guide, and under it, for the NIST SP 800-53 Rev. 5 catalog, one implemented
 * requirement per control the guide's statements touch through their security measures, with one
 * OSCAL statement per docs2kg statement. Read through SPARQL only (four queries beside this class),
 * so files, the embedded store and endpoints give the same document.
 *
 * <p>The document is a tree of ordered maps, lists and strings, which {@link OscalWriter} writes as
 * JSON or YAML. Everything in it is a function of the graph and the two {@link Settings}: every
 * {@code uuid} is name-based (version 5) on an IRI, the order is fixed, and {@code version} is a
 * digest of the content.
 */
public final class ComponentDefinition {
    public static final String OSCAL_VERSION = "1.1.2";
    /** The catalog the controls come from, as {@code ../shared/oscal/README.md} gives its canonical place. */
    public static final String CATALOG =
            "https://raw.githubusercontent.com/usnistgov/oscal-content/main/nist.gov/SP800-53/rev5/json/NIST_SP-800-53_rev5_catalog.json";
    /** The namespace of docs2kg's own props ({@code modality}, {@code measure}, {@code alias}, {@code guide}). */
    public static final String NS = DK.NS.substring(0, DK.NS.length() - 1);
    static final String AWS_PARTY = DK.AWS.getURI();

    /** What the graph does not say: the document's title and when it was last modified. */
    public record Settings(String title, Instant lastModified) {
        public static final String DEFAULT_TITLE = "AWS services: security responsibilities by NIST SP 800-53 Rev. 5 control";

        public Settings {
            title = Markup.plain(title);
            if (title.isEmpty()) {
                throw new IllegalArgumentException("the title is empty");
            }
            lastModified = lastModified.truncatedTo(ChronoUnit.SECONDS);
        }

        /** The default title; the Unix epoch, so that the bytes depend on the graph only. */
        public static Settings defaults() {
            return new Settings(DEFAULT_TITLE, Instant.EPOCH);
        }
    }

    private ComponentDefinition() {
    }

    /** The component definition of every guide in {@code data}. */
    public static Map<String, Object> of(Dataset data, Settings settings) {
        Map<String, Map<String, String>> guides = new TreeMap<>();
        for (Map<String, String> r : select(data, "components.rq")) {
            guides.putIfAbsent(r.get("guide"), r); // the first row of a guide found twice
        }
        Map<String, List<String>> aliases = new TreeMap<>();
        select(data, "aliases.rq").forEach(r -> aliases.computeIfAbsent(r.get("guide"), k -> new ArrayList<>())
                .add(r.get("alias")));
        Map<String, Map<String, String>> controls = new TreeMap<>();
        select(data, "controls.rq").forEach(r -> controls.putIfAbsent(r.get("control"), r));
        Map<String, List<Map<String, String>>> statements = new TreeMap<>();
        select(data, "statements.rq").forEach(r -> statements.computeIfAbsent(r.get("guide"), k -> new ArrayList<>())
                .add(r));

        List<Object> components = new ArrayList<>();
        StringBuilder subject = new StringBuilder("docs2kg component definition:");
        for (Map<String, String> g : guides.values()) {
            subject.append(' ').append(g.get("guideIri"));
            components.add(component(g, aliases.getOrDefault(g.get("guide"), List.of()),
                    statements.getOrDefault(g.get("guide"), List.of()), controls));
        }
        Map<String, Object> definition = new LinkedHashMap<>();
        definition.put("uuid", NameBasedUuid.of(subject.toString()));
        definition.put("metadata", metadata(settings, digest(components)));
        if (!components.isEmpty()) {
            definition.put("components", components);
        }
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("component-definition", definition);
        return document;
    }

    private static Map<String, Object> metadata(Settings settings, String version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", Markup.markdown(settings.title()));
        m.put("last-modified", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(settings.lastModified().atOffset(ZoneOffset.UTC)));
        m.put("version", version);
        m.put("oscal-version", OSCAL_VERSION);
        m.put("props", List.of(prop("generator", "docs2kg")));
        m.put("roles", List.of(
                role("provider", "Provider", "Amazon Web Services, which operates the service: the AWS side of the "
                        + "shared responsibility model (provisions and AWS responsibilities)."),
                role("customer", "Customer", "The organization that uses the service: the customer side (customer "
                        + "responsibilities, obligations and recommendations).")));
        Map<String, Object> aws = new LinkedHashMap<>();
        aws.put("uuid", NameBasedUuid.of(AWS_PARTY));
        aws.put("type", "organization");
        aws.put("name", "Amazon Web Services");
        aws.put("short-name", "AWS");
        aws.put("links", List.of(link("https://aws.amazon.com/", "website", null)));
        m.put("parties", List.of(aws));
        Map<String, Object> provider = new LinkedHashMap<>();
        provider.put("role-id", "provider");
        provider.put("party-uuids", List.of(NameBasedUuid.of(AWS_PARTY)));
        m.put("responsible-parties", List.of(provider));
        return m;
    }

    private static Map<String, Object> component(Map<String, String> g, List<String> aliases,
                                                 List<Map<String, String>> statements,
                                                 Map<String, Map<String, String>> controls) {
        String iri = g.get("guideIri");
        String service = orElse(Markup.plain(g.getOrDefault("service", "")), g.get("guide"));
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("uuid", NameBasedUuid.of(iri));
        c.put("type", "service");
        c.put("title", Markup.markdown(service));
        String overview = Markup.plain(g.getOrDefault("overview", ""));
        c.put("description", Markup.markdown(overview.isEmpty()
                ? service + ", as its guide's security chapter documents it." : overview));
        List<Object> props = new ArrayList<>();
        addProp(props, "guide", g.get("guide"));
        aliases.stream().map(Markup::plain).filter(a -> !a.equals(service)).distinct()
                .forEach(a -> addProp(props, "alias", a));
        if (!props.isEmpty()) {
            c.put("props", props);
        }
        String folder = SourceLinks.folder(g.get("repository"), g.get("commit"), g.get("folder"));
        if (!folder.isEmpty()) {
            String title = Markup.plain(g.getOrDefault("guideTitle", ""));
            c.put("links", List.of(link(folder, "reference", Markup.markdown(
                    (title.isEmpty() ? "The guide" : title) + " (Markdown source)"))));
        }
        Map<String, Object> provider = responsibleRole("provider");
        provider.put("party-uuids", List.of(NameBasedUuid.of(AWS_PARTY)));
        c.put("responsible-roles", List.of(provider, responsibleRole("customer")));
        if (!statements.isEmpty()) {
            Map<String, Object> ci = new LinkedHashMap<>();
            ci.put("uuid", NameBasedUuid.of(iri + "#control-implementation"));
            ci.put("source", CATALOG);
            ci.put("description", Markup.markdown("What the security chapter of " + service + "'s guide says about "
                    + "NIST SP 800-53 Rev. 5 controls, statement by statement, as docs2kg extracted it: each "
                    + "statement under the controls its security measures implement."));
            ci.put("implemented-requirements", requirements(g, service, statements, controls));
            c.put("control-implementations", List.of(ci));
        }
        return c;
    }

    private static List<Object> requirements(Map<String, String> g, String service, List<Map<String, String>> rows,
                                             Map<String, Map<String, String>> controls) {
        // control → statement IRI → its rows (one per measure that leads to the control)
        Map<String, Map<String, List<Map<String, String>>>> byControl = new TreeMap<>(CONTROL_ORDER);
        for (Map<String, String> r : rows) {
            if (!CONTROL_ID.matcher(r.get("control")).matches() || !PARTIES.contains(r.get("party"))) {
                continue; // not a catalog id or not a party: a hostile graph's, never written
            }
            byControl.computeIfAbsent(r.get("control"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r.get("statement"), k -> new ArrayList<>()).add(r);
        }
        List<Object> requirements = new ArrayList<>();
        byControl.forEach((control, byStatement) -> {
            Map<String, String> info = controls.getOrDefault(control, Map.of());
            String name = Markup.plain(info.getOrDefault("notation", control.toUpperCase(java.util.Locale.ROOT)));
            String title = Markup.plain(info.getOrDefault("title", ""));
            List<List<Map<String, String>>> statements = new ArrayList<>(byStatement.values());
            // The provider's side first, then shared, then the customer's; in each, by page and line.
            statements.sort(Comparator.comparingInt((List<Map<String, String>> st) -> PARTIES.indexOf(st.get(0).get("party")))
                    .thenComparing(st -> st.get(0).get("page"))
                    .thenComparingInt(st -> lineOf(st.get(0)))
                    .thenComparing(st -> st.get(0).get("statement")));
            long aws = statements.stream().filter(st -> !st.get(0).get("party").equals("Customer")).count();
            long customer = statements.stream().filter(st -> !st.get(0).get("party").equals("AWS")).count();
            Map<String, Object> req = new LinkedHashMap<>();
            req.put("uuid", NameBasedUuid.of(g.get("guideIri") + "#" + control));
            req.put("control-id", control);
            req.put("description", Markup.markdown(name + (title.isEmpty() ? "" : " " + title) + ": "
                    + count(statements.size(), "statement") + " of " + service + "'s documentation, " + aws
                    + " on the provider's side and " + customer + " on the customer's (shared ones count on both)."));
            req.put("statements", List.of(statement(g, control, statements, aws > 0, customer > 0)));
            requirements.add(req);
        });
        return requirements;
    }

    /**
     * The control's one statement ({@code sc-28_smt}: OSCAL's constraints allow each statement id
     * once per implemented requirement) holding every docs2kg statement about it: a list item and a
     * link to its file and line each, their modalities and measures as props, and the responsible
     * roles of their sides.
     */
    private static Map<String, Object> statement(Map<String, String> g, String control,
                                                 List<List<Map<String, String>>> statements,
                                                 boolean provider, boolean customer) {
        StringBuilder description = new StringBuilder();
        List<Object> links = new ArrayList<>();
        java.util.SortedSet<String> modalities = new java.util.TreeSet<>();
        java.util.SortedSet<String> measures = new java.util.TreeSet<>();
        for (List<Map<String, String>> rows : statements) {
            Map<String, String> r = rows.get(0);
            String party = r.get("party");
            String modality = Markup.plain(r.getOrDefault("modality", ""));
            modalities.add(modality);
            rows.forEach(x -> measures.add(Markup.plain(x.getOrDefault("measure", ""))));
            String text = Markup.plain(r.getOrDefault("text", ""));
            String file = orElse(r.getOrDefault("source", ""), r.get("page"));
            String where = Markup.plain(file) + ":" + r.get("line");
            String href = SourceLinks.line(g.get("repository"), g.get("commit"), g.get("folder"), r.get("page"), r.get("line"));
            if (href.isEmpty()) {
                href = SourceLinks.encodePath(file); // relative to the input folder
            }
            if (description.length() > 0) {
                description.append('\n');
            }
            description.append("- **").append(party).append("** (").append(Markup.markdown(modality)).append("): ")
                    .append(Markup.markdown(text.isEmpty() ? "(no text)" : text)).append(" ([")
                    .append(Markup.markdown(where)).append("](").append(href).append("))");
            links.add(link(href, "source", Markup.markdown(party + " " + modality + ", " + where)));
        }
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("statement-id", control + "_smt");
        s.put("uuid", NameBasedUuid.of(g.get("guideIri") + "#" + control + "_smt"));
        s.put("description", description.toString());
        List<Object> props = new ArrayList<>();
        modalities.forEach(m -> addProp(props, "modality", m));
        measures.forEach(m -> addProp(props, "measure", m));
        if (!props.isEmpty()) {
            s.put("props", props);
        }
        s.put("links", links);
        List<Object> roles = new ArrayList<>();
        if (provider) {
            Map<String, Object> p = responsibleRole("provider");
            p.put("party-uuids", List.of(NameBasedUuid.of(AWS_PARTY)));
            roles.add(p);
        }
        if (customer) {
            roles.add(responsibleRole("customer"));
        }
        s.put("responsible-roles", roles);
        return s;
    }

    /** The parties' labels, in the order a control's statements are listed. */
    private static final List<String> PARTIES = List.of("AWS", "Shared", "Customer");

    private static int lineOf(Map<String, String> r) {
        String line = r.getOrDefault("line", "");
        return line.matches("[0-9]{1,9}") ? Integer.parseInt(line) : Integer.MAX_VALUE;
    }

    /** Catalog ids as OSCAL writes them: "sc-28", "ac-2.1". */
    static final java.util.regex.Pattern CONTROL_ID = java.util.regex.Pattern.compile("[a-z]{2}-[0-9]{1,2}(\\.[0-9]{1,2})?");

    /** By family, then by number: "sc-7" before "sc-12" before "sc-28". */
    static final Comparator<String> CONTROL_ORDER = Comparator
            .comparing((String id) -> id.substring(0, id.indexOf('-')))
            .thenComparingInt(id -> number(id, 0))
            .thenComparingInt(id -> number(id, 1))
            .thenComparing(Comparator.naturalOrder());

    private static int number(String id, int part) {
        String[] n = id.substring(id.indexOf('-') + 1).split("\\.");
        return part < n.length ? Integer.parseInt(n[part]) : -1;
    }

    private static Map<String, Object> prop(String name, String value) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("ns", NS);
        p.put("value", value);
        return p;
    }

    /** Adds the prop when its value, as plain text, is not empty (OSCAL's strings never are). */
    private static void addProp(List<Object> props, String name, String value) {
        String v = value == null ? "" : Markup.plain(value);
        if (!v.isEmpty()) {
            props.add(prop(name, v));
        }
    }

    private static Map<String, Object> role(String id, String title, String description) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", id);
        r.put("title", title);
        r.put("description", description);
        return r;
    }

    private static Map<String, Object> responsibleRole(String id) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("role-id", id);
        return r;
    }

    private static Map<String, Object> link(String href, String rel, String text) {
        Map<String, Object> l = new LinkedHashMap<>();
        l.put("href", href);
        l.put("rel", rel);
        if (text != null) {
            l.put("text", text);
        }
        return l;
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isEmpty() ? fallback : s;
    }

    /** The content's own version: the first 16 hex digits of the SHA-256 of its components. */
    private static String digest(List<Object> components) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] h = sha.digest(OscalWriter.json(Map.of("components", components)).getBytes(StandardCharsets.UTF_8));
            return "sha256-" + HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static List<Map<String, String>> select(Dataset data, String query) {
        return QueryRunner.rows(data, Resources.text("/org/docs2kg/oscal/" + query), "oscal query " + query);
    }
}
