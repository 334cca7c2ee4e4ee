package io.mynumberlineage.manifest;

import java.util.List;
import java.util.Map;

/** Per-section record and warning counts, plus the warnings themselves. */
public record ParseReport(Map<String, SectionCount> sections, List<String> warnings) {

    public record SectionCount(int records, int warnings) {
    }
}
