package io.mynumberlineage.manifest;

import java.util.List;

/** A manifest that is not valid JSON or violates {@code manifest.schema.json}; lists every violation. */
public class ManifestValidationException extends RuntimeException {

    private final List<String> violations;

    public ManifestValidationException(String message, List<String> violations) {
        super(message + (violations.isEmpty() ? "" : ": " + String.join("; ", violations)));
        this.violations = List.copyOf(violations);
    }

    public List<String> violations() {
        return violations;
    }
}
