package io.mynumberlineage.audit;

import io.mynumberlineage.manifest.Manifest;

/** The manifest kept on a current Assessment node, with the ids the loader gave its nodes. */
public record StoredManifest(String assessmentId, String municipality, String processId, Manifest manifest) {
}
