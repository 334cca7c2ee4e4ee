package io.mynumberlineage.audit.rules;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Loose comparison of the bodies named in a form (「都道府県知事又は他の市町村長」) with the
 * bodies a 別表 item names: forms abbreviate and combine, so two names match when one contains
 * the other after splitting on the conjunctions.
 */
final class PartyNames {

    private PartyNames() {
    }

    private static final Pattern CONJUNCTIONS = Pattern.compile("又は|若しくは|及び|並びに|、|,|・|/");
    private static final Pattern LEADING = Pattern.compile("^(他の|その他の)");
    private static final Pattern TRAILING = Pattern.compile("等$");
    /**
     * The audit compares every 提供 with the long provider lists of its 別表 items, so the same few
     * thousand names were split millions of times on a national store: the memo keeps each split.
     * The bound leaves room for the catalog's names and the recipients of a national store.
     */
    private static final Cache<String, List<String>> SPLIT = Caffeine.newBuilder().maximumSize(100_000).build();

    static List<String> parts(String text) {
        if (text == null) {
            return List.of();
        }
        return SPLIT.get(text, PartyNames::split);
    }

    private static List<String> split(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return Arrays.stream(CONJUNCTIONS.split(normalized))
                .map(p -> TRAILING.matcher(LEADING.matcher(p).replaceFirst("")).replaceFirst(""))
                .filter(p -> !p.isBlank()).toList();
    }

    static boolean overlap(String a, String b) {
        for (String x : parts(a)) {
            for (String y : parts(b)) {
                if (x.contains(y) || y.contains(x)) {
                    return true;
                }
            }
        }
        return false;
    }
}
