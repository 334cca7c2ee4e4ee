package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.Provenance;
import java.util.ArrayList;
import java.util.List;

/** A system named in Section I (or a summary) while the document is being read. */
final class SystemDraft {
    final int ordinal;
    final String name;
    final Provenance provenance;
    final List<String> functions = new ArrayList<>();
    final List<String> connections = new ArrayList<>();

    SystemDraft(int ordinal, String name, Provenance provenance) {
        this.ordinal = ordinal;
        this.name = name;
        this.provenance = provenance;
    }
}
