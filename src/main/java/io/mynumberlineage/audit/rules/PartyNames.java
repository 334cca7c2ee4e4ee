package io.mynumberlineage.audit.rules;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;

/**
 * Loose comparison of the bodies named in a form (「都道府県知事又は他の市町村長」) with the
 * bodies a 別表 item names: forms abbreviate and combine, so two names match when one contains
 * the other after splitting on the conjunctions.
 */
final class PartyNames {

    private PartyNames() {
    }

    static List<String> parts(String text) {
        if (text == null) {
            return List.of();
        }
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        return Arrays.stream(normalized.split("又は|若しくは|及び|並びに|、|,|・|/"))
                .map(p -> p.replaceFirst("^(他の|その他の)", "").replaceFirst("等$", ""))
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
