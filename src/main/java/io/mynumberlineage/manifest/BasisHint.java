package io.mynumberlineage.manifest;

/**
 * A 別表 item seen in a recipient's cell other than its legal-basis citation (用途, 提供する情報).
 * It is kept to show, with its place, and is never turned into a key of a table the flow's own
 * citation does not name.
 *
 * @param field the cell it was seen in: 用途, 提供する情報, 移転する情報
 * @param text the piece as written, e.g. 「別表1-27」
 * @param key the key the piece reads as on its own (番号法/9/1/別表1/27), or null
 */
public record BasisHint(String field, String text, String key, Provenance provenance) {
}
