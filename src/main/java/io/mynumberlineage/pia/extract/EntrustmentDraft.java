package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.Provenance;

/** One 委託事項 of a file while its fields are being gathered. */
final class EntrustmentDraft {
    final FileDraft file;
    final Integer ordinal;
    final String title;
    final Provenance provenance;
    String detail;
    String contractor;
    String subcontracting;
    String approval;
    String subWork;
    Provenance subProvenance;

    EntrustmentDraft(FileDraft file, Integer ordinal, String title, Provenance provenance) {
        this.file = file;
        this.ordinal = ordinal;
        this.title = title;
        this.provenance = provenance;
    }
}
