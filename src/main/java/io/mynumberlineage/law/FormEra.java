package io.mynumberlineage.law;

import java.time.LocalDate;

/**
 * When the form a citation was written in was the law's own wording.
 *
 * @param writtenForm the form as recognised, e.g. 「旧第19条第7号+別表第二」 or 「第19条第8号+主務省令第2条の表」
 * @param era the era label of {@link LawEras} (A, B, C, D) or null when the form is era-independent
 * @param validFrom first day the form matched the law in force (best known bound), or null
 * @param validTo last day the form matched the law in force (best known bound), or null if still current
 * @param note why the bounds are what they are, with the source id from LAW-NOTES (S1…S10)
 */
public record FormEra(String writtenForm, String era, LocalDate validFrom, LocalDate validTo, String note) {

    /** True when {@code date} lies inside the window (open ends count as unbounded). */
    public boolean covers(LocalDate date) {
        return (validFrom == null || !date.isBefore(validFrom)) && (validTo == null || !date.isAfter(validTo));
    }
}
