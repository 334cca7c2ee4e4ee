package io.mynumberlineage.manifest;

import java.util.List;

/**
 * One 提供 or 移転 statement (section II-5): a recipient of a file's information.
 *
 * @param kind 提供 or 移転
 * @param ordinal the number the form gives the recipient (提供先3 → 3), or null
 * @param citations legal-basis citations verbatim, as written in the form
 * @param beppyoItems 別表 item numbers the recipient's citation names, e.g. "27", "85の2" (別表第一/第二
 *     numbering; a 2024 主務省令 item appears only through an evidenced pair)
 * @param basisHints 別表 items seen in the recipient's other cells: shown as hints, never keys
 */
public record FlowRecord(
        String id,
        String fileId,
        String kind,
        Integer ordinal,
        String recipient,
        List<String> citations,
        List<String> beppyoItems,
        String purpose,
        List<String> items,
        List<String> methods,
        String frequency,
        String recordCount,
        Provenance provenance,
        List<BasisHint> basisHints) {

    public FlowRecord {
        basisHints = basisHints == null ? List.of() : List.copyOf(basisHints);
    }

    /** A flow with no hints from other cells. */
    public FlowRecord(String id, String fileId, String kind, Integer ordinal, String recipient, List<String> citations,
            List<String> beppyoItems, String purpose, List<String> items, List<String> methods, String frequency,
            String recordCount, Provenance provenance) {
        this(id, fileId, kind, ordinal, recipient, citations, beppyoItems, purpose, items, methods, frequency,
                recordCount, provenance, List.of());
    }
}
