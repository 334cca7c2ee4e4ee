package io.mynumberlineage.law;

/**
 * One legal basis understood from a citation.
 *
 * @param key canonical, era-independent key (see {@link CanonicalKeys}), e.g. 番号法/19/8/別表2/27
 * @param law short law name: 番号法, 住基法, 番号法施行令, 条例, 別表第一主務省令, 別表第二主務省令, 第19条第8号主務省令
 * @param article 条 as canonical text ("19", "30の6"), or null
 * @param paragraph 項 ("1"), or null
 * @param item 号 in today's numbering ("8"), or null
 * @param table 別表1, 別表2, 主務省令2表 (the table of 第2条 of the 2024 order), or null
 * @param tableItem item of the table ("27", "85の2"), or null for the whole table
 * @param kind what the basis allows
 * @param era the written form and the dates it was the law's wording
 * @param municipality the 団体 of a 条例, or null
 * @param fragment the text the ref was read from (NFKC-normalised)
 */
public record LegalBasisRef(
        String key,
        String law,
        String article,
        String paragraph,
        String item,
        String table,
        String tableItem,
        BasisKind kind,
        FormEra era,
        String municipality,
        String fragment) {
}
