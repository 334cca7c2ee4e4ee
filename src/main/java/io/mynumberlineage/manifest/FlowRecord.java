package io.mynumberlineage.manifest;

import java.util.List;

/**
 * One 提供 or 移転 statement (section II-5): a recipient of a file's information.
 *
 * @param kind 提供 or 移転
 * @param ordinal the number the form gives the recipient (提供先3 → 3), or null
 * @param citations legal-basis citations verbatim, as written in the form
 * @param beppyoItems 別表 item numbers named for this recipient, e.g. "27", "85の2"
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
        Provenance provenance) {
}
