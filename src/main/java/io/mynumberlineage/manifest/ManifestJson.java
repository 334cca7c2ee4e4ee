package io.mynumberlineage.manifest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Manifest ⇄ JSON. Both directions validate against {@code manifest/manifest.schema.json}
 * (JSON Schema draft 2020-12), so a manifest that leaves or enters the system is always valid.
 * Thread-safe; build once and share.
 */
public final class ManifestJson {

    public static final String SCHEMA_RESOURCE = "/manifest/manifest.schema.json";

    private final ObjectMapper mapper = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private final JsonSchema schema;

    public ManifestJson() {
        try (InputStream in = ManifestJson.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("manifest schema not on the classpath: " + SCHEMA_RESOURCE);
            }
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serialises and validates; throws {@link ManifestValidationException} listing violations. */
    public String write(Manifest manifest) {
        JsonNode tree = mapper.valueToTree(manifest);
        requireValid(tree, "manifest を書き出せません (スキーマ違反)");
        try {
            return mapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new ManifestValidationException("manifest を JSON にできません", List.of(e.getOriginalMessage()));
        }
    }

    /** Parses and validates; throws {@link ManifestValidationException} listing violations. */
    public Manifest read(String json) {
        JsonNode tree;
        try {
            tree = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            throw new ManifestValidationException("manifest の JSON を読めません", List.of(e.getOriginalMessage()));
        }
        if (tree == null || tree.isMissingNode()) {
            throw new ManifestValidationException("manifest が空です", List.of());
        }
        requireValid(tree, "manifest がスキーマに合いません");
        try {
            return mapper.treeToValue(tree, Manifest.class);
        } catch (JsonProcessingException e) {
            throw new ManifestValidationException("manifest をレコードに変換できません", List.of(e.getOriginalMessage()));
        }
    }

    /** The violations of a JSON tree, empty when valid. */
    public List<String> violations(JsonNode tree) {
        Set<ValidationMessage> messages = schema.validate(tree);
        return messages.stream()
                .sorted(Comparator.comparing(ValidationMessage::getMessage))
                .map(m -> m.getMessage())
                .toList();
    }

    private void requireValid(JsonNode tree, String message) {
        List<String> v = violations(tree);
        if (!v.isEmpty()) {
            throw new ManifestValidationException(message, v);
        }
    }
}
