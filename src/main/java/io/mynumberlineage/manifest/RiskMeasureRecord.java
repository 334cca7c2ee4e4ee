package io.mynumberlineage.manifest;

/** A risk-measure field (section III/IV) with its self-assessed rating where the form gives one. */
public record RiskMeasureRecord(
        String section,
        String label,
        String text,
        String rating,
        Provenance provenance) {
}
