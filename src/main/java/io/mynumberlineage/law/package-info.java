/**
 * Legal bases of 特定個人情報 flows: citation parsing, canonical keys across amendments, the 別表 catalog.
 *
 * <p>Entry points: {@link io.mynumberlineage.law.CitationParser#parse(String, String, java.time.LocalDate)}
 * (text → {@link io.mynumberlineage.law.CitationParse}), {@link io.mynumberlineage.law.LegalBasisCatalog}
 * (key → 別表 item with title and source), {@link io.mynumberlineage.law.LegalBasisNode} (node properties
 * for the loader) and the GraphQL queries of {@code graphql/law.graphqls}.
 *
 * <p>Sources, as in {@code shared/law/LAW-NOTES.md}: S1 番号法 text of late 2015 (github.com/ledmonster/japanese-law
 * {@code doc/H25/H25HO027.rst} @ b72b062a); S2 令和元年法律第17号 新旧対照 (2019-06-20: 「第十九条第七号又は第八号」);
 * S4 an ordinance amended to 平成30年3月 (庁内 = 第19条第10号); S5 法務省 PIA of 2022-05-25 (network = 第8号);
 * S6/S7 current text (第19条第8号, 第11号); S8 e-Gov revision 20240527 (令和6年個人情報保護委員会規則第3号,
 * in force 2024-05-27); S9 令和5年法律第48号 (公布 2023-06-09). The renumbering of the 2024 tables is
 * evidenced by the change records (変更箇所) of a published PIA, pair by pair, in
 * {@code law/renumbering-2024-concordance.json}.
 */
package io.mynumberlineage.law;
