package io.mynumberlineage.law;

import io.mynumberlineage.law.LawEras.Era;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The items (号) of 番号法 第19条 in each era, and the reading of a written item number.
 *
 * <p>Canonical keys use today's (era D) numbering, so 「第19条第7号 別表第二」 (eras A/B) and
 * 「第19条第8号」 (eras C/D) both become {@code 番号法/19/8/…}. Items whose era-D number is not
 * verified keep their era-A number with the era as prefix ({@code 番号法/19/A14}).
 *
 * <p>Item map (LAW-NOTES §2): items 1–6 are the same in every era [V S1]. Network provision:
 * A 7 [V S1], B 7 [V S2], C 8 [V S5], D 8 [V S6, S7]. 条例事務 network: B 8 [V S2, S3], C 9 [I],
 * D 9 [V S8]. 国税連携: A 8 [V S1], B 9, C 10, D 10 [I]. 庁内他機関 (条例): A 9 [V S1], B 10 [V S4],
 * C 11 [I], D 11 [V S7]. 社債等振替機関: A 10, B 11, C 12, D 12 [I]. Items after those are known
 * only in era A (and inferred for B); era C/D numbers of them are not verified.
 */
public final class Article19Items {

    /** What a 第19条 item provides for. */
    public enum Subject {
        SAME_IN_ALL_ERAS(null, "第1号〜第6号(各時期共通)"),
        NETWORK("8", "情報提供ネットワークシステムによる提供"),
        JOREI_NETWORK("9", "条例事務関係情報照会者への提供"),
        NATIONAL_TAX("10", "国税・地方税の連携"),
        SAME_BODY_OTHER_ORGAN("11", "同一地方公共団体の他の機関への提供(条例)"),
        TRANSFER_AGENCY("12", "社債等振替機関等"),
        COMMISSION("A11", "個人情報保護委員会への提供"),
        DIET_COURT_INVESTIGATION("A12", "各議院審査・訴訟・捜査等"),
        LIFE_BODY_PROPERTY("A13", "人の生命・身体・財産の保護"),
        COMMISSION_RULE("A14", "委員会規則で定めるとき");

        private final String canonicalItem;
        private final String label;

        Subject(String canonicalItem, String label) {
            this.canonicalItem = canonicalItem;
            this.label = label;
        }

        /** Item segment of the canonical key (era-D number, or A-number when D is unverified). */
        public String canonicalItem() {
            return canonicalItem;
        }

        public String label() {
            return label;
        }
    }

    private static final Map<Era, Map<Integer, Subject>> TABLE = new EnumMap<>(Era.class);

    static {
        Map<Integer, Subject> a = new LinkedHashMap<>();
        a.put(7, Subject.NETWORK);
        a.put(8, Subject.NATIONAL_TAX);
        a.put(9, Subject.SAME_BODY_OTHER_ORGAN);
        a.put(10, Subject.TRANSFER_AGENCY);
        a.put(11, Subject.COMMISSION);
        a.put(12, Subject.DIET_COURT_INVESTIGATION);
        a.put(13, Subject.LIFE_BODY_PROPERTY);
        a.put(14, Subject.COMMISSION_RULE);
        Map<Integer, Subject> b = new LinkedHashMap<>();
        b.put(7, Subject.NETWORK);
        b.put(8, Subject.JOREI_NETWORK);
        b.put(9, Subject.NATIONAL_TAX);
        b.put(10, Subject.SAME_BODY_OTHER_ORGAN);
        b.put(11, Subject.TRANSFER_AGENCY);
        b.put(12, Subject.COMMISSION);
        b.put(13, Subject.DIET_COURT_INVESTIGATION);
        b.put(14, Subject.LIFE_BODY_PROPERTY);
        b.put(15, Subject.COMMISSION_RULE);
        Map<Integer, Subject> cd = new LinkedHashMap<>();
        cd.put(8, Subject.NETWORK);
        cd.put(9, Subject.JOREI_NETWORK);
        cd.put(10, Subject.NATIONAL_TAX);
        cd.put(11, Subject.SAME_BODY_OTHER_ORGAN);
        cd.put(12, Subject.TRANSFER_AGENCY);
        TABLE.put(Era.A, a);
        TABLE.put(Era.B, b);
        TABLE.put(Era.C, cd);
        TABLE.put(Era.D, cd);
    }

    /** Words around a citation that narrow what a bare item number means. */
    public enum ContextHint {
        /** 別表第二, 主務省令, 情報提供ネットワークシステム: the network provision. */
        NETWORK,
        /** 条例, 他の機関, 庁内: an ordinance-based provision (庁内他機関 or 条例事務 network). */
        ORDINANCE,
        NONE
    }

    /**
     * Reading of one written item.
     *
     * @param subject what the item provides for, or null when ambiguous or unknown
     * @param eras eras in which the reading holds
     * @param canonicalItem key segment, or null when {@code subject} is null
     * @param warning Japanese explanation when the reading is ambiguous or unverified, else null
     */
    public record Reading(Subject subject, Set<Era> eras, String canonicalItem, String warning) {
    }

    private Article19Items() {
    }

    /** Reads 第19条第{@code written}号 in the light of the document date and the words around it. */
    public static Reading read(int written, LocalDate asOf, ContextHint hint) {
        if (written >= 1 && written <= 6) {
            return new Reading(Subject.SAME_IN_ALL_ERAS, EnumSet.allOf(Era.class), Integer.toString(written), null);
        }
        Set<Era> eras = LawEras.possibleEras(asOf);
        Map<Era, Subject> candidates = candidates(written, eras);
        if (hint != ContextHint.NONE) {
            Map<Era, Subject> fitting = fitting(candidates, hint);
            if (fitting.isEmpty()) {
                // authors lag the law: 「第19条第7号 別表第二」 still appears in 2023 documents, so the
                // words decide over the date; the date mismatch is reported by the parser
                fitting = fitting(candidates(written, EnumSet.allOf(Era.class)), hint);
            }
            if (!fitting.isEmpty()) {
                candidates = fitting;
            }
        }
        Set<Subject> subjects = EnumSet.noneOf(Subject.class);
        boolean unknown = false;
        for (Subject s : candidates.values()) {
            if (s == null) {
                unknown = true;
            } else {
                subjects.add(s);
            }
        }
        if (subjects.size() == 1 && !unknown) {
            Subject s = subjects.iterator().next();
            Set<Era> holding = EnumSet.copyOf(candidates.keySet());
            String warning = s.canonicalItem().startsWith("A")
                    ? "第19条第" + written + "号(" + s.label() + ")の現行の号番号は未確認のため、旧番号でキーを作りました。"
                    : null;
            return new Reading(s, holding, s.canonicalItem(), warning);
        }
        List<String> options = new ArrayList<>();
        candidates.forEach((era, s) -> options.add(era + "期:" + (s == null ? "不明" : s.label())));
        String why = "第19条第" + written + "号は時期により意味が異なるため特定できません(" + String.join("、", options) + ")。"
                + (asOf == null ? "文書の日付を指定してください。" : "文書日付 " + asOf + " でも確定しません。");
        return new Reading(null, EnumSet.copyOf(candidates.keySet()), null, why);
    }

    private static Map<Era, Subject> candidates(int written, Set<Era> eras) {
        Map<Era, Subject> candidates = new EnumMap<>(Era.class);
        for (Era era : eras) {
            candidates.put(era, TABLE.get(era).get(written));
        }
        return candidates;
    }

    private static Map<Era, Subject> fitting(Map<Era, Subject> candidates, ContextHint hint) {
        Map<Era, Subject> fitting = new EnumMap<>(Era.class);
        candidates.forEach((era, s) -> {
            if (s != null && fits(s, hint)) {
                fitting.put(era, s);
            }
        });
        return fitting;
    }

    private static boolean fits(Subject s, ContextHint hint) {
        return switch (hint) {
            case NETWORK -> s == Subject.NETWORK;
            case ORDINANCE -> s == Subject.SAME_BODY_OTHER_ORGAN || s == Subject.JOREI_NETWORK;
            case NONE -> true;
        };
    }

    /** Item number written for {@code subject} in {@code era}, or null when it has none. */
    public static Integer writtenItem(Subject subject, Era era) {
        for (Map.Entry<Integer, Subject> e : TABLE.get(era).entrySet()) {
            if (e.getValue() == subject) {
                return e.getKey();
            }
        }
        return null;
    }
}
