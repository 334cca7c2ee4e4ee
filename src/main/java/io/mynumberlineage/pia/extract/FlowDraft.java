package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** One 提供先 or 移転先 of a file while its fields are being gathered. */
final class FlowDraft {
    final FileDraft file;
    final String kind;
    final Integer ordinal;
    final String recipient;
    final Provenance provenance;
    final List<String> citations = new ArrayList<>();
    final Set<String> beppyo = new LinkedHashSet<>();
    String purpose;
    final List<String> items = new ArrayList<>();
    final List<String> methods = new ArrayList<>();
    String frequency;
    String recordCount;

    FlowDraft(FileDraft file, String kind, Integer ordinal, String recipient, Provenance provenance) {
        this.file = file;
        this.kind = kind;
        this.ordinal = ordinal;
        this.recipient = recipient;
        this.provenance = provenance;
    }
}
