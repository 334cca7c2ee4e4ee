package io.mynumberlineage.pia.extract;

import io.mynumberlineage.manifest.Provenance;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A 特定個人情報ファイル while its section is being read. */
final class FileDraft {
    final int ordinal;
    final String name;
    Provenance provenance;
    String recordCountRange;
    final Set<String> items = new LinkedHashSet<>();
    String retentionPeriod;
    String erasure;
    Integer statedProvisions;
    Integer statedTransfers;
    final List<String> sources = new ArrayList<>();
    Provenance sourcesProvenance;
    final List<String> methods = new ArrayList<>();
    boolean annexReferenced;

    FileDraft(int ordinal, String name, Provenance provenance) {
        this.ordinal = ordinal;
        this.name = name;
        this.provenance = provenance;
    }
}
