package io.mynumberlineage.ingest;

import io.mynumberlineage.audit.AuditRun;
import io.mynumberlineage.graph.ManifestLoader.LoadResult;
import java.util.List;

/**
 * What one ingest did with each file, in input order by {@code index}: stored (with what the loader
 * wrote) or refused (with the reason in Japanese). {@code audit} is the re-check of the municipalities
 * the stored documents belong to; null when nothing was stored or the audit could not run.
 */
public record IngestReport(List<Stored> stored, List<Refused> refused, AuditRun audit) {

    /** @param file the name as it may be shown ({@link DocumentReader#shownName}) */
    public record Stored(int index, String file, LoadResult result) {
    }

    /**
     * @param file the name as it may be shown
     * @param read true when the file was refused while reading, before anything of it was written
     */
    public record Refused(int index, String file, String message, boolean read) {
    }

    public boolean allStored() {
        return refused.isEmpty();
    }
}
