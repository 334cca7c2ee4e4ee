package io.mynumberlineage.pia;

import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.extract.LineCoverage;

/**
 * Result of importing one document: a manifest (possibly partial, with warnings in its report)
 * or an error — never an exception for a bad document.
 */
public record ImportOutcome(String document, Manifest manifest, LineCoverage coverage, ImportError error) {

    public static ImportOutcome success(String document, Manifest manifest, LineCoverage coverage) {
        return new ImportOutcome(document, manifest, coverage, null);
    }

    public static ImportOutcome failure(ImportError error) {
        return new ImportOutcome(error.document(), null, null, error);
    }

    public boolean ok() {
        return error == null;
    }
}
