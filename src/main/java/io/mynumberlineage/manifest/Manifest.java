package io.mynumberlineage.manifest;

import java.util.List;

/**
 * Canonical facts extracted from one published 特定個人情報保護評価書 (or written by hand).
 * This is the interchange format between the importer, the graph loader and exports;
 * its JSON form is described by {@code manifest.schema.json}.
 */
public record Manifest(
        String schemaVersion,
        DocumentInfo document,
        List<SystemRecord> systems,
        List<FileRecord> files,
        List<AcquisitionRecord> acquisitions,
        List<CitationRecord> useBases,
        List<FlowRecord> flows,
        List<EntrustmentRecord> entrustments,
        List<RiskMeasureRecord> riskMeasures,
        List<TextRecord> thirdPartyReviews,
        List<TextRecord> disclosureContacts,
        List<ChangeRecord> changes,
        List<UnparsedRecord> unparsed,
        ParseReport report) {

    public static final String SCHEMA_VERSION = "1.0";
}
