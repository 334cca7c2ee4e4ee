package io.mynumberlineage.pia.annex;

import io.mynumberlineage.law.LegalBasisRef;
import io.mynumberlineage.law.TableItemMentions;
import io.mynumberlineage.manifest.BasisHint;
import io.mynumberlineage.manifest.Provenance;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * 別表 items a recipient's other cells name (「用途: …(別表1-27)」): kept as hints with the cell they
 * were seen in, because only the citation cell says under which provision the flow happens.
 */
public final class BasisHintReader {

    private BasisHintReader() {
    }

    /**
     * @param kind 提供 or 移転, naming the information cell (提供する情報 / 移転する情報)
     * @param flowProvenance where the recipient stands; each hint keeps its document and line
     * @param publishedOn the document's date (ISO) for era-dependent forms, or null
     */
    public static List<BasisHint> read(String purpose, List<String> items, String kind, Provenance flowProvenance,
            String publishedOn) {
        Map<String, BasisHint> out = new LinkedHashMap<>();
        LocalDate asOf = date(publishedOn);
        add(out, "用途", purpose, flowProvenance, asOf);
        if (items != null && !items.isEmpty()) {
            add(out, ("移転".equals(kind) ? "移転" : "提供") + "する情報", String.join("、", items), flowProvenance, asOf);
        }
        return List.copyOf(out.values());
    }

    private static void add(Map<String, BasisHint> out, String field, String text, Provenance p, LocalDate asOf) {
        for (LegalBasisRef ref : TableItemMentions.hints(text, null, asOf)) {
            String written = ref.fragment() == null || ref.fragment().isBlank() ? ref.key() : ref.fragment();
            if (!written.contains("表") && ref.era() != null && ref.era().writtenForm() != null) {
                written = ref.era().writtenForm() + written; // 「-27」 alone would not say which table
            }
            Provenance at = p == null ? null
                    : new Provenance(p.document(), p.sectionPath() + "/" + field, p.line(), clip(written));
            out.putIfAbsent(field + "|" + ref.key(), new BasisHint(field, clip(written), ref.key(), at));
        }
    }

    private static String clip(String s) {
        return s.codePointCount(0, s.length()) <= 40 ? s : s.substring(0, s.offsetByCodePoints(0, 39)) + "…";
    }

    private static LocalDate date(String iso) {
        try {
            return iso == null ? null : LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
