package io.mynumberlineage.law;

import io.mynumberlineage.graph.GraphDocument;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a flow's legal-basis keys against the words of its own citation cell, independently of the
 * parser: each part of a key (law, article, 号, table, item) must be visible in that text, or, for a
 * 2024 主務省令 item keyed by its 別表第二 predecessor, the order's item written there must be the
 * evidenced pair. A key that only another cell (用途, 提供する情報) could have given fails.
 */
final class FlowKeyBacking {

    private static final Pattern KANJI_NUMBER = Pattern.compile("[〇一二三四五六七八九十百千]+");
    private static final RenumberingConcordance CONCORDANCE = new RenumberingConcordance();

    private FlowKeyBacking() {
    }

    /** One key a flow carries and what in its citation text fails to back it; empty when backed. */
    record Unbacked(String flow, String key, String citation, String why) {
    }

    static List<Unbacked> check(GraphDocument.FlowRow flow) {
        @SuppressWarnings("unchecked")
        List<String> citations = (List<String>) flow.properties().getOrDefault("citations", List.of());
        String text = digits(String.join(" ", citations));
        List<Unbacked> out = new ArrayList<>();
        for (String key : flow.basis()) {
            String why = why(key, text);
            if (why != null) {
                out.add(new Unbacked(flow.id(), key, String.join(" ", citations), why));
            }
        }
        return out;
    }

    /** NFKC and kanji numerals as digits, spaces removed: 「第十九条第八号」 → 「第19条第8号」. */
    static String digits(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s", "");
        Matcher m = KANJI_NUMBER.matcher(n);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String v;
            try {
                v = Integer.toString(JapaneseNumerals.parse(m.group()));
            } catch (NumberFormatException e) {
                v = m.group();
            }
            m.appendReplacement(out, v);
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String why(String key, String text) {
        String[] p = key.split("/");
        switch (p[0]) {
            case "番号法" -> {
                if (!text.matches("(?s).*(番号法|番号利用法|番号の利用等に関する法律|第19条|第9条|別表|主務省令|命令).*")) {
                    return "番号法の記載がない";
                }
                if (p.length > 1 && !p[1].equals("19") && !text.contains("第" + p[1] + "条") && !(p[1].equals("9") && text.contains("別表"))) {
                    return "第" + p[1] + "条の記載がない";
                }
                if (p.length > 1 && p[1].equals("19") && !text.contains("第19条") && !text.contains("別表第2") && !text.contains("別表2")) {
                    return "第19条の記載がない";
                }
                int t = table(p);
                if (t < 0) {
                    return null;
                }
                String table = p[t];
                String item = t + 1 < p.length ? p[t + 1] : null;
                return tableWhy(table, item, text);
            }
            case "条例" -> {
                if (!text.contains("条例")) {
                    return "条例の記載がない";
                }
                if (p.length > 1 && !p[1].equals("不明") && !text.contains(p[1])
                        && !text.matches("(?s).*(?<![市町村区都道府県])(番号|番号利用|番号法施行)?条例.*")) {
                    return "団体名の記載がない";
                }
                return article(p, 2, text);
            }
            case "住基法" -> {
                return text.matches("(?s).*(住基法|住民基本台帳法).*") ? article(p, 1, text) : "住基法の記載がない";
            }
            default -> {
                String law = p[0].replace("別表第一主務省令", "主務省令").replace("別表第二主務省令", "主務省令")
                        .replace("第19条第8号主務省令", "主務省令");
                return text.contains(law) || text.contains(p[0]) ? null : p[0] + "の記載がない";
            }
        }
    }

    private static int table(String[] p) {
        for (int i = 0; i < p.length; i++) {
            if (p[i].startsWith("別表") || p[i].startsWith("主務省令")) {
                return i;
            }
        }
        return -1;
    }

    private static String tableWhy(String table, String item, String text) {
        boolean order2024 = text.matches("(?s).*(主務省令|命令)第2条の表.*");
        boolean named = switch (table) {
            case "別表1" -> text.matches("(?s).*別表(第)?(1|一)(?![0-9]).*") || text.contains("別表");
            case "別表2" -> text.matches("(?s).*別表(第)?(2|二)(?![0-9]).*") || order2024 || text.matches("(?s).*第19条第[78]号.*別表.*");
            case "主務省令2表" -> order2024;
            case "別表" -> text.contains("別表");
            default -> false;
        };
        if (!named) {
            return table + "の記載がない";
        }
        if (item == null) {
            return null;
        }
        if (itemWritten(item, text)) {
            return null;
        }
        // 主務省令第2条の表 item N keyed by its 別表第二 predecessor: the written N must be the evidenced pair
        String newTable = "別表2".equals(table) ? "主務省令2表" : "別表1".equals(table) ? "別表" : null;
        if (newTable != null) {
            boolean paired = CONCORDANCE.pairs().stream().anyMatch(pair -> pair.newTable().equals(newTable)
                    && pair.oldItem().equals(item) && itemWritten(pair.newItem(), text));
            if (paired) {
                return null;
            }
        }
        return "項 " + item + " の記載がない";
    }

    /** 「85の2」 written as 85の2, 85項の2 or 第85の2項; a number is never read inside a longer one. */
    private static boolean itemWritten(String item, String text) {
        String[] parts = item.split("の");
        String head = "(?<![0-9])" + parts[0];
        String regex = parts.length == 1 ? head + "(?![0-9]|項の[0-9]|の[0-9])"
                : head + "(の|項の)" + parts[1] + "(?![0-9])";
        return Pattern.compile(regex).matcher(text).find();
    }

    private static String article(String[] p, int from, String text) {
        if (p.length <= from) {
            return null;
        }
        String a = p[from];
        if (!a.matches("[0-9]+(の[0-9]+)?")) {
            return null;
        }
        String written = a.contains("の") ? "第" + a.replace("の", "条の") : "第" + a + "条";
        return text.contains(written) ? null : written + "の記載がない";
    }
}
