package io.mynumberlineage.manifest;

/** A labelled free-text field (第三者点検, 開示請求 contacts …). */
public record TextRecord(String label, String text, Provenance provenance) {
}
