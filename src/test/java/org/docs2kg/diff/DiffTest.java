package org.docs2kg.diff;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.docs2kg.support.CliRun;
import org.docs2kg.support.Rdf;
import org.docs2kg.support.TestData;
import org.docs2kg.validate.ShapesValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `docs2kg diff` on the real history in ../shared/history (two guides, each at two dates). The
 * expected changes below were checked by reading the two versions of the files.
 */
class DiffTest {

    private static Path older() {
        return TestData.shared("history").resolve("older");
    }

    private static Path newer() {
        return TestData.shared("history").resolve("newer");
    }

    private static List<String> csv(String... args) {
        CliRun r = CliRun.of(args);
        assertEquals(0, r.exitCode(), r.err());
        return r.out().replace("\r", "").lines().toList();
    }

    @Test
    void theRealChangesOfBothGuidesAreListed() {
        List<String> rows = csv("diff", older().toString(), newer().toString(), "-f", "csv");
        assertEquals("guide,change,page,old_line,new_line,party,modality,old,new", rows.get(0));
        String all = String.join("\n", rows);
        for (String expected : List.of(
                // SQS: a managed-policies page joined the IAM sub-chapter
                "amazon-sqs-developer-guide,topic-added,sqs-access-policy-aws-managed-policies.md,,,,,,iam-managed-policies",
                // SQS: advice about credentials in URLs was added, a root-user sentence removed
                "amazon-sqs-developer-guide,statement-added,sqs-data-protection.md,,13,Customer,recommendation,,"
                        + "\"If you provide a URL to an external server, we strongly recommend",
                "amazon-sqs-developer-guide,statement-removed,sqs-authentication-and-access-control.md,17,,Customer,"
                        + "recommendation,\"Instead, adhere to the best practice of using the root user only to create "
                        + "your first IAM user.\"",
                // Secrets Manager: "TLS 1.2 or later" became "TLS 1.2"
                "aws-secrets-manager-docs,statement-reworded,infrastructure-security.md,5,5,Customer,recommendation,"
                        + "We recommend TLS 1.2 or later.,We recommend TLS 1.2.",
                // Secrets Manager: the compliance page moved out of the security chapter, its statement with it
                "aws-secrets-manager-docs,left-chapter,secretsmanager-compliance.md,,,,,compliance-validation,",
                "aws-secrets-manager-docs,statement-left-chapter,secretsmanager-compliance.md,9,,Customer,responsibility,"
                        + "\"Your compliance responsibility",
                // the pages outside the chapters: one line per guide
                "amazon-sqs-developer-guide,other-pages,,,,,,1 removed,10 added",
                "aws-secrets-manager-docs,other-pages,,,,,,94 removed,88 added")) {
            assertTrue(all.contains(expected), "expected a row starting " + expected + "\nin\n" + all);
        }
        assertFalse(all.contains("statement-removed,secretsmanager-compliance.md"), "a page that left the chapter removed nothing");
    }

    /**
     * Only the security chapters: every change names a page that is a chapter topic in the old or
     * the new version (or is a guide's other-pages summary); --all-pages lists the others too.
     */
    @Test
    void onlyChangesInOrIntoOrOutOfTheChaptersAreListed() {
        java.util.Set<String> topics = new java.util.HashSet<>();
        for (Path side : List.of(older(), newer())) {
            Rdf.select(Rdf.export(side), "SELECT ?guide ?page { ?t a dk:SecurityTopic ; dk:fileName ?page ; "
                    + "dk:securityTopicOf/dcterms:identifier ?guide }").forEach(r -> topics.add(r.get("guide") + "," + r.get("page")));
        }
        List<String> rows = csv("diff", older().toString(), newer().toString(), "-f", "csv");
        for (String row : rows.subList(1, rows.size())) {
            String[] f = row.split(",", 4);
            assertTrue(f[1].equals("other-pages") || topics.contains(f[0] + "," + f[2]), "outside the chapters: " + row);
        }
        List<String> all = csv("diff", "--all-pages", older().toString(), newer().toString(), "-f", "csv");
        long pages = all.stream().filter(r -> r.contains(",page-added,") || r.contains(",page-removed,")).count();
        assertEquals(1 + 10 + 2 + 94 + 88 + 1, pages, "--all-pages: every page added or removed");
        assertTrue(all.stream().noneMatch(r -> r.contains(",other-pages,")));
    }

    /** Exit codes as diff(1) and git diff say them: 0 same, 1 different, 2 trouble; -q is git's --quiet. */
    @Test
    void exitCodesAndQuietAreThoseOfDiffAndGit() {
        CliRun quiet = CliRun.of("diff", "-q", older().toString(), newer().toString());
        assertEquals(1, quiet.exitCode(), "-q implies --exit-code");
        assertEquals("", quiet.out() + quiet.err(), "-q prints nothing");
        assertEquals(0, CliRun.of("diff", "-q", older().toString(), older().toString()).exitCode());
        String missing = older().resolveSibling("no-such-version").toString();
        for (String flag : List.of("-q", "--exit-code")) {
            CliRun trouble = CliRun.of("diff", flag, older().toString(), missing);
            assertEquals(2, trouble.exitCode(), flag + ": trouble is 2, not 'different'");
            assertTrue(trouble.err().contains("no-such-version"), trouble.err());
        }
        assertEquals(1, CliRun.of("diff", older().toString(), missing).exitCode(), "without them, a failure is 1 as elsewhere");
    }

    @Test
    void everyFormatCarriesTheSameChangesAndTheChangeSetConforms() {
        int changes = csv("diff", older().toString(), newer().toString(), "-f", "csv").size() - 1;
        assertTrue(changes > 50, "two guides, years apart: " + changes);

        CliRun json = CliRun.of("diff", older().toString(), newer().toString(), "-f", "json");
        assertEquals(changes, JSON.parse(json.out()).get("changes").getAsArray().size());

        CliRun table = CliRun.of("diff", older().toString(), newer().toString());
        assertTrue(table.out().startsWith(older() + " -> " + newer() + ": " + changes + " changes"), table.out());

        CliRun turtle = CliRun.of("diff", older().toString(), newer().toString(), "-f", "turtle");
        Model m = Rdf.parse(turtle.out().getBytes(StandardCharsets.UTF_8), Lang.TURTLE);
        assertEquals(String.valueOf(changes), Rdf.select(m, "SELECT (COUNT(?c) AS ?n) { ?set a dk:ChangeSet ; dk:change ?c }")
                .get(0).get("n"));
        assertTrue(ShapesValidator.violations(ShapesValidator.standard().validate(m.getGraph())).isEmpty(),
                ShapesValidator.violations(ShapesValidator.standard().validate(m.getGraph())).toString());
        // the change set points at the same guide IRIs an export uses, so it loads next to the guides' graphs
        Model export = Rdf.export(newer());
        assertTrue(Rdf.ask(export, "ASK { <https://w3id.org/docs2kg/id/guide/aws-secrets-manager-docs> a dk:Guide }"));
        assertTrue(Rdf.ask(m, "ASK { ?c dk:guide <https://w3id.org/docs2kg/id/guide/aws-secrets-manager-docs> ; "
                + "prov:wasDerivedFrom ?old , ?new . ?set dk:oldVersion ?old ; dk:newVersion ?new }"));
    }

    @Test
    void aVersionComparedWithItselfAsGuidesExportOrStoreHasNoChanges(@TempDir Path dir) {
        Path ttl = dir.resolve("older.ttl");
        Path store = dir.resolve("kg");
        assertEquals(0, CliRun.of("export", "-q", older().toString(), "-o", ttl.toString()).exitCode());
        assertEquals(0, CliRun.of("load", "-q", older().toString(), "--store", store.toString()).exitCode());
        for (String side : List.of(older().toString(), ttl.toString(), store.toString())) {
            CliRun r = CliRun.of("diff", "--exit-code", older().toString(), side, "-f", "csv");
            assertEquals(0, r.exitCode(), side + ": " + r.out() + r.err());
            assertEquals(1, r.out().lines().count(), side + ": only the header\n" + r.out());
        }
        CliRun changed = CliRun.of("diff", "--exit-code", store.toString(), newer().toString(), "-f", "csv");
        assertEquals(1, changed.exitCode(), "--exit-code: 1 when there are differences");
        assertEquals(csv("diff", older().toString(), newer().toString(), "-f", "csv"),
                changed.out().replace("\r", "").lines().toList(), "a store side gives what the guides give");
    }
}
