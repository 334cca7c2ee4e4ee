package io.mynumberlineage.law;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of the 別表 catalog, loaded as a {@code LegalBasis} node.
 *
 * @param key canonical key, as {@link CitationParser} produces it
 * @param table 別表1, 別表2, 別表 (2024), 主務省令2表 (2024)
 * @param item item number ("27", "85の2")
 * @param known false when the item is cited by documents but its text is not in the data: no title then
 * @param title short name of the 事務 in at most 40 characters, made of the statute's wording (the full text is at {@code source})
 * @param actor 別表第一: the 機関 that uses the number; 別表第二: the 情報照会者
 * @param providers 別表第二 only: 情報提供者 and the 特定個人情報 each provides
 * @param validFrom first day the basis existed (best known), or null
 * @param validTo last day, or null while in force (a 2024 renumbering keeps the basis alive under the same key)
 * @param source where the row comes from (repository, path, commit; or the document that cites it)
 */
public record CatalogEntry(
        String key,
        String table,
        String item,
        boolean known,
        String title,
        String actor,
        List<Provider> providers,
        LocalDate validFrom,
        LocalDate validTo,
        String source) {

    /** A 情報提供者 of a 別表第二 item and the information it provides. */
    public record Provider(String provider, String information) {
    }

    public CatalogEntry {
        providers = providers == null ? List.of() : List.copyOf(providers);
    }

    /** Placeholder for a key the catalog does not list: flagged unknown, no title. */
    public static CatalogEntry unknown(String key) {
        return new CatalogEntry(key, null, null, false, null, null, List.of(), null, null, null);
    }
}
