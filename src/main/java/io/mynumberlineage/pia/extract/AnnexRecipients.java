package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.UnparsedRecord;
import java.util.List;

/**
 * Source of the 提供先/移転先 listed in a 別紙 (appendix) rather than in section II-5, e.g. the long
 * PDF-extracted lists that a document refers to with 「移転先1～28は別紙2を参照」. The extractor calls it
 * only when a document refers to a 別紙 and merges the returned flows into the referring file.
 * Adapt {@code io.mynumberlineage.pia.annex.AnnexRecipientExtractor} with a lambda:
 * {@code (name, lines) -> { var r = annex.extract(name, lines); return new AnnexFlows(r.flows(), r.unparsed(), r.warnings()); }}
 */
@FunctionalInterface
public interface AnnexRecipients {

    /** No 別紙 extraction: references stay visible as warnings and in {@code unparsed}. */
    AnnexRecipients NONE = (name, lines) -> null;

    /**
     * @param normalizedLines index i = source line i+1, NFKC-normalised, not joined
     * @return flows with {@code fileId == null}, or null when this source does not handle 別紙
     */
    AnnexFlows extract(String documentName, List<String> normalizedLines);

    record AnnexFlows(List<FlowRecord> flows, List<UnparsedRecord> unparsed, List<String> warnings) {
    }
}
