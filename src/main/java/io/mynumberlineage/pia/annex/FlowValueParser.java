package io.mynumberlineage.pia.annex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the joined text of one field into the manifest's shapes (lists, item numbers). */
final class FlowValueParser {

    private static final Pattern CHECKED =
            Pattern.compile("\\[\\s*[○〇●◯✓✔]\\s*\\]\\s*([^\\[\\]]*?)\\s*(?=\\[|\\]|$)");
    private static final Pattern SELECTED_RANGE = Pattern.compile("\\[\\s*([^\\[\\]○〇]*?人[^\\[\\]○〇]*?)\\s*(?:\\]|$)");
    private static final Pattern PLAIN_RANGE = Pattern.compile("(\\d[\\d,]*万?人(?:以上|未満)(?:[\\d,]*万?人未満)?)");
    /**
     * 「別表第二（第107項）」, 「別表第一の8項」, 「別表第9の項」, 「別表第２ 27の項」. The table
     * number is only read as such when no digit follows it, so 「別表第12の項」 is item 12.
     */
    private static final Pattern BEPPYO_ITEM = Pattern.compile(
            "別表\\s*(?:第\\s*(?:[一二]|[12](?!\\d)))?\\s*(?:[(]\\s*第?\\s*(\\d+(?:の\\d+)?)\\s*の?\\s*項\\s*[)]"
                    + "|の?\\s*第?\\s*(\\d+(?:の\\d+)?)\\s*の?\\s*項)");

    private FlowValueParser() {
    }

    /** ⑥: the ticked checkboxes, or for free text (別紙 tables) the listed methods. */
    static List<String> methods(String raw) {
        if (raw == null || raw.isBlank()) {
            return List.of();
        }
        String text = checkboxesAsBrackets(raw);
        Set<String> out = new LinkedHashSet<>();
        Matcher m = CHECKED.matcher(text);
        boolean sawCheckbox = text.contains("[");
        while (m.find()) {
            String v = PdfLineJoiner.collapseSpaces(m.group(1));
            if (!v.isEmpty()) {
                out.add(v);
            }
        }
        if (out.isEmpty() && !sawCheckbox) {
            for (String part : text.split("[、,・/]")) {
                String v = PdfLineJoiner.collapseSpaces(part);
                if (!v.isEmpty()) {
                    out.add(v);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Documents converted from HTML keep checkboxes as {@code <input checked …>} (or as a bare
     * {@code [<input …>]} for the selected radio) and some PDFs print ☑/☐; all are brought to the
     * form's printed 「[ ○ ]」/「[ ]」 so one rule reads them.
     */
    private static String checkboxesAsBrackets(String text) {
        return text.replaceAll("\\[\\s*<input[^>]*\\bchecked\\b[^>]*>\\s*\\]", "[○]")
                .replaceAll("\\[\\s*<input(?![^>]*checkbox)[^>]*>\\s*\\]", "[○]")
                .replaceAll("\\[\\s*<input[^>]*>\\s*\\]", "[ ]")
                .replaceAll("<input[^>]*\\bchecked\\b[^>]*>", "[○]")
                .replaceAll("<input[^>]*>", "[ ]")
                .replaceAll("<[^>]+>", " ")
                .replace("☑", "[○]").replace("☒", "[○]").replace("☐", "[ ]");
    }

    /** ④: the selected range (「[ 10万人以上100万人未満 ]」) or the range written as text. */
    static String recordCount(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        Matcher m = SELECTED_RANGE.matcher(text);
        while (m.find()) {
            String v = PdfLineJoiner.collapseSpaces(m.group(1));
            if (!v.isEmpty() && !v.matches(".*\\d\\).*")) {
                return v;
            }
        }
        if (!text.contains("[")) {
            Matcher p = PLAIN_RANGE.matcher(text.replace(" ", ""));
            if (p.find()) {
                return p.group(1);
            }
            return PdfLineJoiner.collapseSpaces(text);
        }
        return null;
    }

    /** ③: the listed pieces of information. */
    static List<String> items(String text) {
        return splitTopLevel(text);
    }

    /**
     * ①: one entry per cited provision. Splits on 「、」 outside brackets, except where the next
     * piece starts with a digit (「第8条第1、2、3号」 is one provision).
     */
    static List<String> citations(String text) {
        return splitTopLevel(text);
    }

    private static List<String> splitTopLevel(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '「' || c == '[') {
                depth++;
            } else if ((c == ')' || c == '」' || c == ']') && depth > 0) {
                depth--;
            }
            boolean nextIsDigit = i + 1 < text.length() && Character.isDigit(text.charAt(i + 1));
            if ((c == '、' || c == ',') && depth == 0 && !nextIsDigit) {
                add(out, cur);
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder piece) {
        String v = PdfLineJoiner.collapseSpaces(piece.toString());
        if (!v.isEmpty()) {
            out.add(v);
        }
    }

    /**
     * 別表 item numbers named by the citations. A 別表 mentioned under an ordinance (条例) rather
     * than under 番号法 is the ordinance's own table and is not reported; 主務省令の表 items are
     * not 別表 items either (the citation text keeps them verbatim).
     */
    static List<String> beppyoItems(List<String> citations) {
        Set<String> out = new LinkedHashSet<>();
        for (String citation : citations) {
            // spaces are kept: 「別表第1 16項」 must not read as 別表 item 116
            String compact = PdfLineJoiner.collapseSpaces(citation);
            Matcher m = BEPPYO_ITEM.matcher(compact);
            while (m.find()) {
                String before = compact.substring(0, m.start());
                int cut = Math.max(before.lastIndexOf('、'), before.lastIndexOf(','));
                String segment = cut >= 0 ? before.substring(cut + 1) : before;
                if (segment.contains("条例") && !segment.contains("番号法")) {
                    continue;
                }
                out.add(m.group(1) != null ? m.group(1) : m.group(2));
            }
        }
        return List.copyOf(out);
    }
}
