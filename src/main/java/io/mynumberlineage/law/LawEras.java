package io.mynumberlineage.law;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

/**
 * The eras of 番号法 whose wording a citation may follow, with the dates that bound them.
 *
 * <p>Sources are the ids of {@code shared/law/LAW-NOTES.md} §1; confidence as there:
 * [V] verified in the source, [I] inferred. Where a boundary is not pinned, the window is given
 * by the last date the older form is known in force and the first date the newer one is; dates
 * inside such a window are read as "either era" and the parser warns instead of guessing.
 *
 * <ul>
 *   <li>Era A — text of late 2015 (第19条第7号 = 情報提供ネットワークシステム, 別表第一/第二).
 *       番号法's 第9条/第19条 in force 2015-10-05 [V S1]; still unamended on 2015-12-27 (snapshot
 *       of S1, 平成27年法律第65号 listed as not yet in force).</li>
 *   <li>Era B — 条例事務 network item inserted as 第8号 (平成27年法律第65号 [I]); in force by 2018-03
 *       at the latest (S4: 庁内他機関 = 第10号 in an ordinance amended to 平成30年3月); still the
 *       wording on 2019-06-20 (S2: 「第十九条第七号又は第八号」).</li>
 *   <li>Era C — one more item inserted before the network item: network = 第8号, 条例事務 = 第9号,
 *       庁内他機関 = 第11号. Known in force on 2022-05-25 (S5, 法務省 PIA). The amending act and its
 *       施行日 are not verified (LAW-NOTES §2 note).</li>
 *   <li>Era D — 令和5年法律第48号 (公布 2023-06-09 [V S9]) in force 2024-05-27 [V S8]: 別表第二
 *       deleted, its list moved into the 主務省令 made under 第19条第8号; 別表第一 becomes 「別表」
 *       with numbering believed unchanged [U].</li>
 * </ul>
 */
public final class LawEras {

    /** The eras of 番号法 第19条 wording. */
    public enum Era { A, B, C, D }

    /** 番号法 第9条・第19条 in force [V S1]. */
    public static final LocalDate IN_FORCE = LocalDate.of(2015, 10, 5);
    /** Last day era A is known in force: date of the S1 snapshot. */
    public static final LocalDate ERA_A_KNOWN_UNTIL = LocalDate.of(2015, 12, 27);
    /** First day era B is known in force (S4, 平成30年3月; taken as the month's last day). */
    public static final LocalDate ERA_B_KNOWN_FROM = LocalDate.of(2018, 3, 31);
    /** Last day era B is known in force [V S2]. */
    public static final LocalDate ERA_B_KNOWN_UNTIL = LocalDate.of(2019, 6, 20);
    /** First day era C is known in force [V S5]. */
    public static final LocalDate ERA_C_KNOWN_FROM = LocalDate.of(2022, 5, 25);
    /** 令和5年法律第48号 第2条 施行: 別表第二 deleted, 主務省令 under 第19条第8号 [V S8, S9]. */
    public static final LocalDate ERA_D_FROM = LocalDate.of(2024, 5, 27);
    /** Last day of era C. */
    public static final LocalDate ERA_C_UNTIL = ERA_D_FROM.minusDays(1);

    private LawEras() {
    }

    /** Eras whose wording may have been in force on {@code date}; all eras when date is null. */
    public static Set<Era> possibleEras(LocalDate date) {
        if (date == null) {
            return EnumSet.allOf(Era.class);
        }
        EnumSet<Era> eras = EnumSet.noneOf(Era.class);
        if (!date.isAfter(ERA_B_KNOWN_FROM.minusDays(1))) {
            eras.add(Era.A); // before the law itself, documents cite the law as enacted (era A wording)
        }
        if (date.isAfter(ERA_A_KNOWN_UNTIL) && date.isBefore(ERA_C_KNOWN_FROM)) {
            eras.add(Era.B);
        }
        if (date.isAfter(ERA_B_KNOWN_UNTIL) && date.isBefore(ERA_D_FROM)) {
            eras.add(Era.C);
        }
        if (!date.isBefore(ERA_D_FROM)) {
            eras.add(Era.D);
        }
        return eras;
    }

    /** Widest known first day of an era. */
    public static LocalDate earliestStart(Era era) {
        return switch (era) {
            case A -> IN_FORCE;
            case B -> ERA_A_KNOWN_UNTIL.plusDays(1);
            case C -> ERA_B_KNOWN_UNTIL.plusDays(1);
            case D -> ERA_D_FROM;
        };
    }

    /** Widest known last day of an era; null while current. */
    public static LocalDate latestEnd(Era era) {
        return switch (era) {
            case A -> ERA_B_KNOWN_FROM.minusDays(1);
            case B -> ERA_C_KNOWN_FROM.minusDays(1);
            case C -> ERA_C_UNTIL;
            case D -> null;
        };
    }

    /** Label for a set of eras, e.g. "A/B". */
    public static String label(Set<Era> eras) {
        return String.join("/", eras.stream().map(Enum::name).toList());
    }
}
