package io.mynumberlineage.cli;

import io.mynumberlineage.manifest.CitationRecord;
import io.mynumberlineage.manifest.DocumentInfo;
import io.mynumberlineage.manifest.Manifest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * How many of a folder's 評価書 have each cover and Section I fact in a structured field (not only in
 * titles, quotes or unparsed[]): the measure of how well the importer reads documents it has never seen.
 * Material that is not a 評価書 (kind {@code other}) is counted apart; lines are summed over documents.
 */
final class FillRates {

    /** The facts counted, in the order they are printed. */
    static final Map<String, Predicate<Manifest>> FIELDS = new LinkedHashMap<>();

    static {
        FIELDS.put("issuer", m -> present(m.document().municipality()));
        FIELDS.put("process", m -> present(m.document().processName()));
        FIELDS.put("kind", m -> present(m.document().kind()));
        FIELDS.put("date", m -> present(m.document().publishedOn()));
        FIELDS.put("form", m -> present(m.document().formVersion()));
        FIELDS.put("systems", m -> !m.systems().isEmpty());
        FIELDS.put("files", m -> !m.files().isEmpty());
        FIELDS.put("citations", m -> m.useBases().stream().map(CitationRecord::key).anyMatch(FillRates::present));
        FIELDS.put("department", m -> !m.document().departments().isEmpty());
    }

    private final Map<String, Integer> filled = new LinkedHashMap<>();
    private int forms;
    private int other;
    private long lines;
    private long unplacedLines;

    void add(Manifest m, int nonBlankLines, int unplaced) {
        lines += nonBlankLines;
        unplacedLines += unplaced;
        DocumentInfo d = m.document();
        if ("other".equals(d.kind())) {
            other++;
            return;
        }
        forms++;
        FIELDS.forEach((name, test) -> filled.merge(name, test.test(m) ? 1 : 0, Integer::sum));
    }

    /** Field → share of 評価書 with it (0..1, three decimals), plus unplacedLines as a share of all lines. */
    Map<String, Object> rates() {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String f : FIELDS.keySet()) {
            out.put(f, forms == 0 ? null : round((double) filled.getOrDefault(f, 0) / forms));
        }
        out.put("unplacedLines", lines == 0 ? null : round((double) unplacedLines / lines));
        return out;
    }

    Map<String, Object> counts() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("assessments", forms);
        out.put("other", other);
        out.put("lines", lines);
        out.put("unplacedLines", unplacedLines);
        return out;
    }

    static List<String> missing(Manifest m) {
        return FIELDS.entrySet().stream().filter(e -> !e.getValue().test(m)).map(Map.Entry::getKey).toList();
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
