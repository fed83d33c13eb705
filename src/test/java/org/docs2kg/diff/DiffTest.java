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
        List<String> rows = csv("diff", "-q", older().toString(), newer().toString(), "-f", "csv");
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
                // Secrets Manager: the compliance page moved out of the security chapter
                "aws-secrets-manager-docs,topic-removed,secretsmanager-compliance.md,,,,,compliance-validation,")) {
            assertTrue(all.contains(expected), "expected a row starting " + expected + "\nin\n" + all);
        }
    }

    @Test
    void everyFormatCarriesTheSameChangesAndTheChangeSetConforms() {
        int changes = csv("diff", "-q", older().toString(), newer().toString(), "-f", "csv").size() - 1;
        assertTrue(changes > 50, "two guides, years apart: " + changes);

        CliRun json = CliRun.of("diff", "-q", older().toString(), newer().toString(), "-f", "json");
        assertEquals(changes, JSON.parse(json.out()).get("changes").getAsArray().size());

        CliRun table = CliRun.of("diff", "-q", older().toString(), newer().toString());
        assertTrue(table.out().startsWith(older() + " -> " + newer() + ": " + changes + " changes"), table.out());

        CliRun turtle = CliRun.of("diff", "-q", older().toString(), newer().toString(), "-f", "turtle");
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
            CliRun r = CliRun.of("diff", "-q", "--exit-code", older().toString(), side, "-f", "csv");
            assertEquals(0, r.exitCode(), side + ": " + r.out() + r.err());
            assertEquals(1, r.out().lines().count(), side + ": only the header\n" + r.out());
        }
        CliRun changed = CliRun.of("diff", "-q", "--exit-code", store.toString(), newer().toString(), "-f", "csv");
        assertEquals(1, changed.exitCode(), "--exit-code: 1 when there are differences");
        assertEquals(csv("diff", "-q", older().toString(), newer().toString(), "-f", "csv"),
                changed.out().replace("\r", "").lines().toList(), "a store side gives what the guides give");
    }
}
