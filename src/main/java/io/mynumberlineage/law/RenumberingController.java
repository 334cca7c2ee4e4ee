package io.mynumberlineage.law;

import io.mynumberlineage.graph.LegalBasisLabel;
import java.util.List;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

/**
 * The 2024 renumbering in both directions: a 主務省令第2条の表 / 別表 item to its 別表第二 / 別表第一
 * predecessor and back. An item without an evidenced pair is answered as unpaired, never by its number.
 */
@Controller
public class RenumberingController {

    /** One evidenced pair with both items in words. */
    public record RenumberingPair(String newTable, String newItem, String newLabel, String oldTable, String oldItem,
            String oldLabel, String evidence, String source) {
    }

    public record RenumberingAnswer(String table, String item, boolean paired, List<RenumberingPair> pairs,
            String message) {
    }

    private final RenumberingConcordance concordance;

    public RenumberingController(RenumberingConcordance concordance) {
        this.concordance = concordance;
    }

    @QueryMapping
    public RenumberingAnswer renumbering(@Argument String table, @Argument String item) {
        String t = table == null ? "" : table.strip();
        String i = item == null ? "" : item.strip();
        List<RenumberingConcordance.Pair> found = switch (t) {
            case "主務省令2表", "別表" -> concordance.oldItemOf(t, i).map(List::of).orElse(List.of());
            case "別表2", "別表1" -> concordance.newItemsOf(t, i);
            default -> null;
        };
        if (found == null) {
            return new RenumberingAnswer(t, i, false, List.of(),
                    "table は 主務省令2表・別表(2024年改正後)または 別表2・別表1(改正前)で指定してください。");
        }
        List<RenumberingPair> pairs = found.stream().map(RenumberingController::pair).toList();
        String message = pairs.isEmpty()
                ? label(t, i) + " の改正前後の対応を示す記載は見つかっていません(番号が同じでも同じ項とはみなしません)。"
                : label(t, i) + " ↔ " + String.join("、", pairs.stream()
                        .map(p -> "主務省令2表".equals(t) || "別表".equals(t) ? p.oldLabel() : p.newLabel()).toList());
        return new RenumberingAnswer(t, i, !pairs.isEmpty(), pairs, message);
    }

    private static RenumberingPair pair(RenumberingConcordance.Pair p) {
        return new RenumberingPair(p.newTable(), p.newItem(), label(p.newTable(), p.newItem()), p.oldTable(), p.oldItem(),
                label(p.oldTable(), p.oldItem()), p.evidence(), p.source());
    }

    private static String label(String table, String item) {
        String prefix = switch (table) {
            case "主務省令2表", "別表2" -> "番号法/19/8/";
            default -> "番号法/9/1/";
        };
        return LegalBasisLabel.of(prefix + table + "/" + item);
    }
}
