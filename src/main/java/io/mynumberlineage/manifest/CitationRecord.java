package io.mynumberlineage.manifest;

/** A legal-basis citation kept verbatim, with the file it concerns (null for the whole 事務). */
public record CitationRecord(String fileId, String text, Provenance provenance) {
}
