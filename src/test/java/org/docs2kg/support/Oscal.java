package org.docs2kg.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import gov.nist.secauto.metaschema.binding.io.DeserializationFeature;
import gov.nist.secauto.metaschema.binding.io.IBoundLoader;
import gov.nist.secauto.oscal.lib.OscalBindingContext;
import gov.nist.secauto.metaschema.model.common.validation.IValidationResult;
import gov.nist.secauto.oscal.lib.model.ComponentDefinition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The real OSCAL artifacts, for tests of what {@code docs2kg oscal} writes: NIST's OSCAL 1.1.2
 * JSON schema as liboscal-java ships it, liboscal-java's own loader, and NIST's SP 800-53 Rev. 5
 * catalog in {@code ../shared/oscal}.
 */
public final class Oscal {
    static {
        // liboscal-java logs through Log4j's API; its own simple logger keeps it from complaining
        // that there is no Log4j, and still prints the constraint errors it finds.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema schema;

    private Oscal() {
    }

    /** The schema's messages for the document; empty when it is valid. */
    public static synchronized List<String> schemaErrors(String json) {
        if (schema == null) {
            try (InputStream in = Oscal.class.getResourceAsStream("/schema/json/oscal-component-definition_schema.json")) {
                if (in == null) {
                    throw new IllegalStateException("liboscal-java's component-definition schema is not on the test classpath");
                }
                schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        try {
            Set<ValidationMessage> messages = schema.validate(JSON.readTree(json));
            return messages.stream().map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            return List.of("not JSON: " + e.getMessage());
        }
    }

    /** The document as liboscal-java reads it (JSON or YAML), its Metaschema constraints checked. */
    public static ComponentDefinition load(Path file) throws IOException {
        IBoundLoader loader = OscalBindingContext.instance().newBoundLoader();
        loader.enableFeature(DeserializationFeature.DESERIALIZE_VALIDATE_CONSTRAINTS);
        return loader.load(ComponentDefinition.class, file);
    }

    /**
     * What NIST's library finds against OSCAL's Metaschema constraints (unique ids, allowed values,
     * references), beyond the schema; empty when there is nothing. The loader alone only logs them.
     */
    public static List<String> constraintFindings(Path file) throws IOException {
        IValidationResult result = OscalBindingContext.instance().validateWithConstraints(file);
        return result.getFindings().stream().map(f -> f.getSeverity() + ": " + f.getMessage()).sorted().toList();
    }

    /** Every control id and part id ("sc-28", "sc-28_smt") of the HIGH baseline catalog; skips when absent. */
    public static Set<String> catalogIds() throws IOException {
        Path catalog = TestData.shared("oscal").resolve("NIST_SP-800-53_rev5_HIGH-baseline-resolved-profile_catalog-min.json");
        Set<String> ids = new HashSet<>();
        collectIds(JSON.readTree(Files.readString(catalog)), ids);
        return ids;
    }

    private static void collectIds(JsonNode node, Set<String> ids) {
        if (node.isObject()) {
            if (node.has("id") && node.get("id").isTextual()) {
                ids.add(node.get("id").asText());
            }
            node.elements().forEachRemaining(n -> collectIds(n, ids));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(n -> collectIds(n, ids));
        }
    }

    /** The values of every field {@code name} anywhere in the document, sorted. */
    public static TreeSet<String> values(String json, String name) throws IOException {
        TreeSet<String> out = new TreeSet<>();
        collect(JSON.readTree(json), name, out);
        return out;
    }

    private static void collect(JsonNode node, String name, Set<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> {
                if (e.getKey().equals(name) && e.getValue().isTextual()) {
                    out.add(e.getValue().asText());
                }
                collect(e.getValue(), name, out);
            });
        } else if (node.isArray()) {
            node.elements().forEachRemaining(n -> collect(n, name, out));
        }
    }

    public static JsonNode tree(String json) throws IOException {
        return JSON.readTree(json);
    }
}
