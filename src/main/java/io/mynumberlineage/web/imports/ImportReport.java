package io.mynumberlineage.web.imports;

import java.util.List;

/**
 * The answer to an upload. {@code stored} is false when any file was refused: then nothing at all
 * was written, and {@code errors} says why for each refused file. {@code findings}: the audit findings in
 * force in the municipalities the upload touched (only those are re-checked after an upload).
 */
public record ImportReport(boolean stored, List<Loaded> loaded, List<Rejected> errors, Integer findings) {

    public record Loaded(String file, String assessmentId, boolean created, int flows, List<String> versions) {
    }

    public record Rejected(String file, String message) {
    }
}
