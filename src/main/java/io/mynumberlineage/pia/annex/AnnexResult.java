package io.mynumberlineage.pia.annex;

import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.UnparsedRecord;
import java.util.List;

/**
 * The numbered 提供先 / 移転先 recipients reconstructed from a document's 別紙 lists (and the
 * other places the form describes them), each list in number order.
 *
 * @param provisions 提供 recipients, ordinal ascending
 * @param transfers 移転 recipients, ordinal ascending
 * @param unparsed lines inside recipient material that could not be placed
 * @param warnings gaps, duplicates, count mismatches and other doubts, in Japanese
 */
public record AnnexResult(
        List<FlowRecord> provisions,
        List<FlowRecord> transfers,
        List<UnparsedRecord> unparsed,
        List<String> warnings) {

    public AnnexResult {
        provisions = List.copyOf(provisions);
        transfers = List.copyOf(transfers);
        unparsed = List.copyOf(unparsed);
        warnings = List.copyOf(warnings);
    }

    static AnnexResult onlyWarnings(List<String> warnings) {
        return new AnnexResult(List.of(), List.of(), List.of(), warnings);
    }
}
