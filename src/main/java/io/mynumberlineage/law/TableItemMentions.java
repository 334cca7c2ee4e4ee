package io.mynumberlineage.law;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * 別表 items named in any cell of a form, read with the one item grammar of {@link CitationParser}.
 * The extractors use it for the citation cell ({@link #beppyoItems}) and for the other cells of a
 * recipient (用途, 提供する情報), whose items are only hints ({@link #hints}): a hint never becomes a
 * key of a table the flow's own citation does not name.
 */
public final class TableItemMentions {

    private static final CitationParser PARSER = CitationParser.withDefaults();
    private static final Set<String> BEPPYO_TABLES = Set.of("別表1", "別表2", "別表");

    private TableItemMentions() {
    }

    /**
     * 別表 item numbers a text names, in 別表第一/第二 numbering where the 2024 renumbering has an
     * evidenced pair ({@link RenumberingConcordance}); 主務省令 items without a pair are not 別表 items.
     */
    public static List<String> beppyoItems(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (LegalBasisRef ref : refs(text, null, null)) {
            if (ref.tableItem() != null && BEPPYO_TABLES.contains(ref.table()) && !"条例".equals(ref.law())) {
                out.add(ref.tableItem());
            }
        }
        return List.copyOf(out);
    }

    /** Every table item a text names (別表 of 番号法, the 2024 主務省令 table), as parsed refs. */
    public static List<LegalBasisRef> hints(String text, String municipality, LocalDate asOf) {
        return refs(text, municipality, asOf).stream()
                .filter(ref -> ref.tableItem() != null && !"条例".equals(ref.law()))
                .toList();
    }

    private static List<LegalBasisRef> refs(String text, String municipality, LocalDate asOf) {
        if (text == null || !(text.contains("別表") || text.contains("条の表"))) {
            return List.of();
        }
        return PARSER.parse(text, municipality, asOf).bases();
    }
}
