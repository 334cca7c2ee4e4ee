package io.mynumberlineage.law;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Properties of a {@code (:LegalBasis {key})} node, as DESIGN's graph model lists them, for the loader.
 *
 * <p>Made from a parsed ref (what a flow cites) joined with its catalog row (what the item is), or from
 * a catalog row alone when the catalog itself is loaded. {@code validFrom}/{@code validTo} are those of
 * the basis, not of the written form: the written form's window is on {@link LegalBasisRef#era()}.
 */
public record LegalBasisNode(
        String key,
        String citation,
        String law,
        String kind,
        String table,
        String item,
        String title,
        boolean known,
        String validFrom,
        String validTo,
        String source) {

    public static LegalBasisNode of(LegalBasisRef ref, CatalogEntry entry) {
        return new LegalBasisNode(ref.key(), ref.fragment(), ref.law(), ref.kind().label(), ref.table(), ref.tableItem(),
                entry.title(), entry.known(), str(entry.validFrom()), str(entry.validTo()), entry.source());
    }

    public static LegalBasisNode of(CatalogEntry entry) {
        String law = "番号法";
        String kind = entry.table() != null && (entry.table().startsWith("別表1") || "別表".equals(entry.table()))
                ? BasisKind.USE.label() : BasisKind.PROVIDE.label();
        return new LegalBasisNode(entry.key(), null, law, entry.table() == null ? null : kind, entry.table(), entry.item(),
                entry.title(), entry.known(), str(entry.validFrom()), str(entry.validTo()), entry.source());
    }

    /** Map for a parameterised {@code UNWIND $rows AS row MERGE (b:LegalBasis {key: row.key}) SET b += row}. */
    public Map<String, Object> toProperties() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("key", key);
        m.put("citation", citation);
        m.put("law", law);
        m.put("kind", kind);
        m.put("table", table);
        m.put("item", item);
        m.put("title", title);
        m.put("known", known);
        m.put("validFrom", validFrom);
        m.put("validTo", validTo);
        m.put("source", source);
        m.values().removeIf(v -> v == null);
        return m;
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }
}
