package io.mynumberlineage.manifest;

/** Source text the extractor could not place; kept so that nothing is lost silently. */
public record UnparsedRecord(String text, String reason, Provenance provenance) {
}
