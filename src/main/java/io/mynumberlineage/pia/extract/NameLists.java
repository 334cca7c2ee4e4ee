package io.mynumberlineage.pia.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Splits a form cell that lists names (システムの名称, 特定個人情報ファイル名) into the names: numbered lists
 * (「1. A 2. B」, 「(1)A (2)B」, 「①A ②B」), bullets, comma lists and one name per line. 「表計算ソフト及び紙」
 * stays one name: 及び joins the parts of one entry.
 */
final class NameLists {

    private static final Pattern MARKER = Pattern.compile(
            "(?:^|(?<=\\s))(?:\\(\\s*\\d{1,2}\\s*\\)|\\d{1,2}\\s*[.．)、]|[\\u2460-\\u2473]|[・●○■□◆-])\\s*");
    private static final Pattern DEFINITION = Pattern.compile("\\s*[(（]\\s*以下[^)）]*[)）]?");
    private static final Pattern NAME_END = Pattern.compile(
            ".*(?:システム|サーバー|サーバ|ネットワーク|ネット|ソフト|端末|ファイル|紙|\\)|）|DB|データベース|台帳)$");
    static final int MAX_NAME = 60;

    private NameLists() {
    }

    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        if (value == null || value.isBlank() || FormVocabulary.isDash(value)) {
            return out;
        }
        String v = value.strip();
        int note = v.indexOf('※');
        if (note > 0) {
            // A remark after the names (「… ※後述の…」) is prose, not more names.
            v = v.substring(0, note);
        }
        v = DEFINITION.matcher(v).replaceAll("");
        v = MARKER.matcher(v).replaceAll("\n");
        Set<String> names = new LinkedHashSet<>();
        for (String piece : outsideParentheses(v)) {
            String p = piece.strip();
            if (p.isEmpty() || FormVocabulary.isDash(p)) {
                continue;
            }
            List<String> words = List.of(p.split("\\s+"));
            // A list written on one line with only spaces between the names: split when every word is a name.
            if (words.size() > 1 && words.stream().allMatch(w -> NAME_END.matcher(w).matches() && w.length() >= 3)) {
                names.addAll(words);
            } else {
                names.add(p);
            }
        }
        for (String n : names) {
            if (n.codePointCount(0, n.length()) <= MAX_NAME && !n.endsWith("。")) {
                out.add(n);
            }
        }
        return out;
    }

    /** Splits at list separators that are not inside brackets: 「住基ネット(CS、都道府県サーバ)」 is one name. */
    private static List<String> outsideParentheses(String v) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == '(' || c == '（' || c == '「' || c == '【') {
                depth++;
            } else if ((c == ')' || c == '）' || c == '」' || c == '】') && depth > 0) {
                depth--;
            } else if (c == '\n' || depth == 0 && "、,，;；".indexOf(c) >= 0) {
                out.add(v.substring(start, i));
                start = i + 1;
            }
        }
        out.add(v.substring(start));
        return out;
    }
}
