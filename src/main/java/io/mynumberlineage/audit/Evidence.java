package io.mynumberlineage.audit;

import io.mynumberlineage.manifest.Provenance;

/** Where in the published document the finding can be checked (quote at most 40 characters). */
public record Evidence(String document, String sectionPath, Integer line, String quote) {

    public static Evidence of(Provenance provenance) {
        if (provenance == null) {
            return new Evidence(null, null, null, null);
        }
        return new Evidence(provenance.document(), provenance.sectionPath(),
                provenance.line() > 0 ? provenance.line() : null, new Provenance(null, null, 0, provenance.quote()).quote());
    }

    public static Evidence none() {
        return new Evidence(null, null, null, null);
    }
}
