package io.mynumberlineage.web.imports;

import io.mynumberlineage.ingest.IngestReport;
import java.util.List;

/**
 * The answer to an upload. {@code stored} is false when any file was refused. A file refused while
 * reading means nothing at all was written; one the store refused afterwards leaves the files stored
 * before it, and {@code loaded} lists them. {@code findings}: the audit findings in force in the
 * municipalities the upload touched (only those are re-checked after an upload).
 */
public record ImportReport(boolean stored, List<Loaded> loaded, List<Rejected> errors, Integer findings) {

    public record Loaded(String file, String assessmentId, boolean created, int flows, List<String> versions) {
    }

    public record Rejected(String file, String message) {
    }

    static ImportReport refused(String message) {
        return new ImportReport(false, List.of(), List.of(new Rejected("", message)), null);
    }

    static ImportReport of(IngestReport report) {
        return new ImportReport(report.allStored(),
                report.stored().stream().map(s -> new Loaded(s.file(), s.result().assessmentId(), s.result().created(),
                        s.result().flows(), s.result().versions())).toList(),
                report.refused().stream().map(r -> new Rejected(r.file(), r.message())).toList(),
                report.audit() == null ? null : report.audit().findings());
    }
}
