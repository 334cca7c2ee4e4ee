package io.mynumberlineage.pia.extract;

import io.mynumberlineage.pia.extract.FormVocabulary.Numbered;
import io.mynumberlineage.pia.extract.FormVocabulary.Part;

/**
 * Where in the form the driver is: the part, its numbered sub-section, the current caption
 * (提供先3, リスク2 …) and the file whose section is open. Provenance paths are built from it.
 */
final class FormPosition {

    Part part = Part.PREAMBLE;
    String partLabel = "前文";
    Numbered sub;
    String anchor;
    String riskAnchor;
    FileDraft currentFile;

    /** The numbered sub-section's key, or "" outside one. */
    String subKey() {
        return sub == null ? "" : sub.key();
    }

    String path(String leaf) {
        StringBuilder sb = new StringBuilder(partLabel);
        if (sub != null) {
            sb.append('/').append(sub.number());
        }
        if (part == Part.RISK && currentFile != null) {
            sb.append("/ファイル").append(currentFile.ordinal);
        }
        if (anchor != null && leaf != null && !leaf.equals(anchor)) {
            sb.append('/').append(anchor);
        }
        if (riskAnchor != null && leaf != null && !leaf.equals(riskAnchor)) {
            sb.append('/').append(riskAnchor);
        }
        if (leaf != null) {
            sb.append('/').append(FormVocabulary.stripMarks(leaf));
        }
        return sb.toString();
    }
}
