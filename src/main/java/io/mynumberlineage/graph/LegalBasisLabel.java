package io.mynumberlineage.graph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The one formatter from a canonical legal-basis key to Japanese words, used by the loader (node
 * names, full-text index), the API ({@code basisLabels}, {@code label}) and through it the explorer,
 * CSV, printouts and explanations. It lives beside the loader's seam because {@code law/} already
 * depends on {@code graph/}, not the other way round.
 *
 * <p>Examples: 番号法/19/8/別表2/27 → 番号法第19条第8号・別表第二第27項; 番号法/19/8/主務省令2表/48 →
 * 番号法第19条第8号・主務省令第2条の表第48項; 番号法/9/1/別表1/16 → 番号法第9条第1項・別表第一第16項;
 * 条例/鳥取市/5/1 → 鳥取市番号条例第5条第1項; 住基法/30の6 → 住基法第30条の6. A key it does not know
 * comes back as it is: never a made-up reading.
 */
public final class LegalBasisLabel {

    private static final String SEP = "・";

    private LegalBasisLabel() {
    }

    public static String of(String key) {
        if (key == null || key.isBlank()) {
            return "";
        }
        boolean uncertain = key.endsWith("?");
        List<String> parts = new ArrayList<>(Arrays.asList((uncertain ? key.substring(0, key.length() - 1) : key).split("/")));
        String law = parts.remove(0);
        String label = switch (law) {
            case "番号法" -> bango(parts);
            case "条例" -> ordinance(parts);
            case "別表第一主務省令" -> "番号法別表第一の主務省令" + articles(parts, false);
            case "別表第二主務省令" -> "番号法別表第二の主務省令" + articles(parts, false);
            case "第19条第8号主務省令" -> "番号法第19条第8号に基づく主務省令" + articles(parts, false);
            default -> law + articles(parts, false);
        };
        return uncertain ? label + "（号の時期が不明）" : label;
    }

    /** 番号法: 第19条 is cited by 号 (第19条第8号), other articles by 項 then 号; tables follow the article. */
    private static String bango(List<String> parts) {
        int table = tableIndex(parts);
        List<String> article = table < 0 ? parts : parts.subList(0, table);
        StringBuilder out = new StringBuilder("番号法").append(articles(article, !article.isEmpty() && "19".equals(article.get(0))));
        if (table >= 0) {
            out.append(SEP).append(tableWords(parts.get(table)));
            if (table + 1 < parts.size()) {
                out.append('第').append(parts.get(table + 1)).append('項');
            }
        }
        return out.toString();
    }

    /** 条例/<団体>[/<名称>]/<条>…[/別表N[/<項>]]: a name is present when the part after the body is not a number. */
    private static String ordinance(List<String> parts) {
        if (parts.isEmpty()) {
            return "条例";
        }
        String body = "不明".equals(parts.get(0)) ? "（団体不明）" : parts.get(0);
        List<String> rest = parts.subList(1, parts.size());
        String name = "番号条例";
        if (!rest.isEmpty() && !isNumber(rest.get(0)) && !rest.get(0).startsWith("別表")) {
            name = rest.get(0);
            rest = rest.subList(1, rest.size());
        }
        int table = tableIndex(rest);
        List<String> article = table < 0 ? rest : rest.subList(0, table);
        StringBuilder out = new StringBuilder(body).append(name).append(articles(article, false));
        if (table >= 0) {
            out.append(SEP).append(tableWords(rest.get(table)));
            if (table + 1 < rest.size()) {
                out.append('第').append(rest.get(table + 1)).append('項');
            }
        }
        return out.toString();
    }

    /** 第N条[第M項][第K号]; {@code byGou}: the second number is a 号 (番号法第19条); 「_」 marks a 号 without 項. */
    private static String articles(List<String> parts, boolean byGou) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            String p = parts.get(i);
            if ("_".equals(p)) {
                continue;
            }
            if (i == 0) {
                out.append('第').append(branch(p, "条"));
            } else if (i == 1 && !byGou && !"_".equals(parts.get(1))) {
                out.append('第').append(p).append('項');
            } else {
                out.append('第').append(p).append('号');
            }
        }
        return out.toString();
    }

    /** 「30の6」 → 「30条の6」: the branch number follows the unit. */
    private static String branch(String number, String unit) {
        int cut = number.indexOf('の');
        return cut < 0 ? number + unit : number.substring(0, cut) + unit + number.substring(cut);
    }

    private static int tableIndex(List<String> parts) {
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).startsWith("別表") || parts.get(i).startsWith("主務省令")) {
                return i;
            }
        }
        return -1;
    }

    private static String tableWords(String table) {
        return switch (table) {
            case "別表1" -> "別表第一";
            case "別表2" -> "別表第二";
            case "主務省令2表" -> "主務省令第2条の表";
            case "別表" -> "別表";
            default -> table.startsWith("別表") && isNumber(table.substring(2)) ? "別表第" + table.substring(2) : table;
        };
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.matches("[0-9]+(の[0-9]+)*");
    }
}
