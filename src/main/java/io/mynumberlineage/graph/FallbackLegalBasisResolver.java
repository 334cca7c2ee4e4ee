package io.mynumberlineage.graph;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FALLBACK only: a small regex reader used while no real {@link LegalBasisResolver} bean (the
 * {@code law/} parser) is present. It reads Arabic-numeral article references (第19条第8号,
 * 第9条第1項), 別表第一/第二 with item numbers written as 「27の項」「16項」「1、2、85の2の項」,
 * and 条例 articles; it knows nothing of eras (validFrom/validTo stay null), kanji numerals or
 * 主務省令 item tables. What it cannot read it leaves out, so the loader keeps the citation
 * verbatim and unresolved rather than guessing.
 */
public class FallbackLegalBasisResolver implements LegalBasisResolver {

    private static final Pattern ARTICLE = Pattern.compile("第(\\d+)条(?:の(\\d+))?(?:第(\\d+)項)?(?:第(\\d+)号)?");
    private static final Pattern TABLE = Pattern.compile("別表(?:第)?([12一二])");
    private static final Pattern ITEMS = Pattern.compile(
            "((?:\\d+(?:の\\d+)?\\s*[、,・]\\s*)*\\d+(?:の\\d+)?)\\s*(?:の)?項");
    private static final Pattern LAW_MARKER = Pattern.compile(
            "番号利用法|番号法|番号の利用等に関する法律|条例|住民基本台帳法|住基法|主務省令");

    @Override
    public List<ResolvedBasis> resolve(String citationText, String municipality, LocalDate asOf) {
        String text = Names.compact(citationText);
        Map<String, ResolvedBasis> found = new LinkedHashMap<>();
        List<int[]> articleSpans = new ArrayList<>();
        String lastActKey = null;
        Matcher article = ARTICLE.matcher(text);
        while (article.find()) {
            String law = lawBefore(text, article.start());
            String key = articleKey(law, municipality, article);
            articleSpans.add(new int[] {article.start(), article.end()});
            if (key == null) {
                continue;
            }
            found.putIfAbsent(key, new ResolvedBasis(key, kindOf(key), citationText, null, null, null));
            if (key.startsWith("番号法/")) {
                lastActKey = key;
            }
            // Tables belong to the 番号法 article they follow.
            int nextArticle = nextArticleStart(text, article.end());
            addTables(text.substring(article.end(), nextArticle), lastActKey, citationText, found);
        }
        if (articleSpans.isEmpty()) {
            addTables(text, null, citationText, found);
        }
        return List.copyOf(found.values());
    }

    private static int nextArticleStart(String text, int from) {
        Matcher next = ARTICLE.matcher(text);
        return next.find(from) ? next.start() : text.length();
    }

    private static void addTables(String segment, String actKey, String citation, Map<String, ResolvedBasis> found) {
        Matcher table = TABLE.matcher(segment);
        while (table.find()) {
            String number = switch (table.group(1)) {
                case "一", "1" -> "1";
                default -> "2";
            };
            String base = (actKey == null ? "番号法" : actKey) + "/別表" + number;
            int end = segment.length();
            Matcher nextTable = TABLE.matcher(segment);
            if (nextTable.find(table.end())) {
                end = nextTable.start();
            }
            Matcher items = ITEMS.matcher(segment.substring(table.end(), end));
            boolean any = false;
            if (items.find()) {
                for (String item : items.group(1).split("\\s*[、,・]\\s*")) {
                    String key = base + "/" + item.strip();
                    found.putIfAbsent(key, new ResolvedBasis(key, kindOf(key), citation, null, null, item.strip()));
                    any = true;
                }
            }
            if (!any) {
                found.putIfAbsent(base, new ResolvedBasis(base, kindOf(base), citation, null, null, null));
            }
        }
    }

    private static String lawBefore(String text, int position) {
        Matcher marker = LAW_MARKER.matcher(text.substring(0, position));
        String last = null;
        while (marker.find()) {
            last = marker.group();
        }
        if (last == null) {
            return "番号法";
        }
        return switch (last) {
            case "条例" -> "条例";
            case "住民基本台帳法", "住基法" -> "住民基本台帳法";
            case "主務省令" -> "主務省令";
            default -> "番号法";
        };
    }

    private static String articleKey(String law, String municipality, Matcher m) {
        StringBuilder key = new StringBuilder();
        if (law.equals("条例")) {
            if (municipality == null || municipality.isBlank()) {
                return null;
            }
            key.append("条例/").append(municipality);
        } else {
            key.append(law);
        }
        key.append('/').append(m.group(1));
        if (m.group(2) != null) {
            key.append("の").append(m.group(2));
        }
        if (m.group(3) != null) {
            key.append('/').append(m.group(3));
        }
        if (m.group(4) != null) {
            key.append('/').append(m.group(4));
        }
        return key.toString();
    }

    static String kindOf(String key) {
        if (key.equals("番号法/9") || key.startsWith("番号法/9/")) {
            return "利用";
        }
        if (key.equals("番号法/19") || key.startsWith("番号法/19/")) {
            return "提供";
        }
        if (key.startsWith("条例/")) {
            return "条例";
        }
        return null;
    }
}
