package io.mynumberlineage.manifest;

/** A row of the 変更箇所 table. */
public record ChangeRecord(
        String date,
        String item,
        String before,
        String after,
        String timing,
        Provenance provenance) {
}
