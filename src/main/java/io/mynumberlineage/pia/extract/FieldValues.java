package io.mynumberlineage.pia.extract;

import io.mynumberlineage.law.TableItemMentions;
import io.mynumberlineage.pia.read.MarkupStripper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reading the value conventions of the form: selections, tick boxes, counts, 別表 items. */
final class FieldValues {

    private static final Pattern CHOICES = Pattern.compile("[<＜]選択肢[>＞].*$");
    private static final Pattern SELECTION = Pattern.compile("\\[\\s*([^\\[\\]]*[^\\[\\]\\sx][^\\[\\]]*?)\\s*\\]");
    private static final Pattern TICKED_ITEM = Pattern.compile("\\[x\\]\\s*([^\\[]+?)\\s*(?=\\[|$)");
    private static final Pattern PROVISION_COUNT = Pattern.compile("提供を行っている\\s*\\(\\s*(\\d+)\\s*\\)\\s*件");
    private static final Pattern TRANSFER_COUNT = Pattern.compile("移転を行っている\\s*\\(\\s*(\\d+)\\s*\\)\\s*件");

    private FieldValues() {
    }

    /** The value without the printed list of choices that follows a selection. */
    static String withoutChoices(String value) {
        return CHOICES.matcher(value).replaceFirst("").trim();
    }

    /** The chosen option printed in brackets, e.g. 「[10万人以上100万人未満] <選択肢> …」 → 10万人以上100万人未満. */
    static String selection(String value) {
        if (value == null) {
            return null;
        }
        Matcher m = SELECTION.matcher(withoutChoices(value));
        while (m.find()) {
            String s = m.group(1).trim();
            if (!s.isEmpty() && !s.equals("x")) {
                return s;
            }
        }
        // "[x] 10人未満 [ ]" style: the ticked option is the selection.
        List<String> ticked = ticked(value);
        return ticked.isEmpty() ? null : ticked.get(0);
    }

    private static final Pattern OPEN_SELECTION = Pattern.compile("^\\[\\s*([^\\[\\]\\sx<][^\\[\\]<]*?)\\s*\\]?(?:\\s+\\d\\).*)?$");

    /**
     * Like {@link #selection(String)} for a multi-line value, also accepting a selection whose
     * closing bracket PDF extraction moved to another line (「[ 再委託しない」 … 「]」).
     */
    static String selectionAcrossLines(String text) {
        if (text == null) {
            return null;
        }
        String s = selection(text.replace('\n', ' '));
        if (s != null && !s.contains("選択肢")) {
            return s;
        }
        for (String line : text.split("\n")) {
            Matcher m = OPEN_SELECTION.matcher(line.trim());
            if (m.matches()) {
                return m.group(1).trim();
            }
        }
        return s;
    }

    /** The names of ticked boxes: 「[x] 紙 [ ] 電子メール」 → [紙]. */
    static List<String> ticked(String value) {
        List<String> out = new ArrayList<>();
        if (value == null || !value.contains(MarkupStripper.CHECKED)) {
            return out;
        }
        Matcher m = TICKED_ITEM.matcher(withoutChoices(value));
        while (m.find()) {
            String item = m.group(1).trim();
            if (!item.isEmpty() && !out.contains(item)) {
                out.add(item);
            }
        }
        return out;
    }

    /** 別表 item numbers a citation names, read by the one item grammar in law ({@link TableItemMentions}). */
    static List<String> beppyoItems(String text) {
        return new ArrayList<>(TableItemMentions.beppyoItems(text));
    }

    static Integer provisionCount(String text) {
        Matcher m = PROVISION_COUNT.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    static Integer transferCount(String text) {
        Matcher m = TRANSFER_COUNT.matcher(text);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** Splits an enumeration 「住所、氏名、生年月日」 into items. */
    static List<String> enumeration(String value) {
        List<String> out = new ArrayList<>();
        if (value == null) {
            return out;
        }
        for (String part : value.split("[、,，]")) {
            String p = part.replaceFirst("^\\s*\\d{1,3}\\s*[.．]\\s*", "").trim();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    static String clip(String s, int max) {
        if (s == null || s.codePointCount(0, s.length()) <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max)) + "…";
    }
}
