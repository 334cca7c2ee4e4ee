package io.mynumberlineage.pia.annex;

import io.mynumberlineage.law.TableItemMentions;
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

    /** 別表 item numbers named by the citations, read by the one item grammar in law ({@link TableItemMentions}). */
    static List<String> beppyoItems(List<String> citations) {
        Set<String> out = new LinkedHashSet<>();
        for (String citation : citations) {
            out.addAll(TableItemMentions.beppyoItems(citation));
        }
        return List.copyOf(out);
    }
}
