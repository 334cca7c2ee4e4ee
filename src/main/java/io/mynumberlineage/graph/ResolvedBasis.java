package io.mynumberlineage.graph;

import java.time.LocalDate;

/**
 * One canonical legal basis a citation names.
 *
 * @param key canonical key such as {@code 番号法/19/8/別表2/27} or {@code 条例/鳥取市/5/1}
 * @param kind 利用 / 提供 / 照会 / 委託 / 条例, or null when the resolver cannot tell
 * @param citation the citation as written in the form
 * @param validFrom first day this form of citation was in force, or null when unknown
 * @param validTo first day it no longer was, or null
 * @param beppyoItem the 別表 item (e.g. "27", "85の2") when the key names one, else null
 */
public record ResolvedBasis(String key, String kind, String citation, LocalDate validFrom, LocalDate validTo,
        String beppyoItem) {
}
