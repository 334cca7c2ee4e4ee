package io.mynumberlineage.law;

import java.util.regex.Pattern;

/**
 * Reads the numerals statutes and PIA forms use for article, paragraph and item numbers.
 *
 * <p>Input is expected to be NFKC-normalised already, so full-width digits have become ASCII;
 * kanji numerals (第十九条, 別表第二, 百二十) survive NFKC and are read here. Both the positional
 * form used in statute text (百二十 = 120, 二十七 = 27) and the digit-by-digit form sometimes seen
 * in tables (一〇七 = 107) are accepted.
 */
public final class JapaneseNumerals {

    /** One numeral, ASCII or kanji, as it may follow 第 or precede 項/号/条. */
    public static final String NUMERAL = "(?:[0-9]+|[〇零一二三四五六七八九十百千]+)";

    private static final Pattern ASCII = Pattern.compile("[0-9]+");
    private static final Pattern KANJI = Pattern.compile("[〇零一二三四五六七八九十百千]+");

    private JapaneseNumerals() {
    }

    /** True when {@code s} is one numeral this class can read. */
    public static boolean isNumeral(String s) {
        return s != null && (ASCII.matcher(s).matches() || KANJI.matcher(s).matches());
    }

    /**
     * Value of one numeral.
     *
     * @throws NumberFormatException when {@code s} is not a numeral (e.g. 十十)
     */
    public static int parse(String s) {
        if (s == null || s.isEmpty()) {
            throw new NumberFormatException("empty numeral");
        }
        if (ASCII.matcher(s).matches()) {
            return Integer.parseInt(s);
        }
        if (!KANJI.matcher(s).matches()) {
            throw new NumberFormatException("not a numeral: " + s);
        }
        if (s.chars().noneMatch(c -> c == '十' || c == '百' || c == '千')) {
            // digit-by-digit form, e.g. 一〇七
            int v = 0;
            for (char c : s.toCharArray()) {
                v = v * 10 + digit(c);
            }
            return v;
        }
        int total = 0;
        int pending = -1; // digit waiting for its unit; -1 = none
        int lastUnit = Integer.MAX_VALUE;
        for (char c : s.toCharArray()) {
            int unit = unit(c);
            if (unit > 0) {
                if (unit >= lastUnit) {
                    throw new NumberFormatException("units out of order: " + s);
                }
                total += (pending < 0 ? 1 : pending) * unit;
                pending = -1;
                lastUnit = unit;
            } else {
                if (pending >= 0) {
                    throw new NumberFormatException("two digits in a row: " + s);
                }
                pending = digit(c);
            }
        }
        if (pending >= 0) {
            total += pending;
        }
        return total;
    }

    /** Kanji positional form as statutes write it (27 → 二十七, 120 → 百二十); 1..9999. */
    public static String toKanji(int n) {
        if (n <= 0 || n > 9999) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        String digits = "〇一二三四五六七八九";
        StringBuilder sb = new StringBuilder();
        int[] units = {1000, 100, 10};
        char[] names = {'千', '百', '十'};
        int rest = n;
        for (int i = 0; i < units.length; i++) {
            int d = rest / units[i];
            rest %= units[i];
            if (d > 0) {
                if (d > 1) {
                    sb.append(digits.charAt(d));
                }
                sb.append(names[i]);
            }
        }
        if (rest > 0) {
            sb.append(digits.charAt(rest));
        }
        return sb.toString();
    }

    /** Full-width digit form (２７), as found in documents before NFKC. */
    public static String toFullWidth(int n) {
        StringBuilder sb = new StringBuilder();
        for (char c : Integer.toString(n).toCharArray()) {
            sb.append((char) ('０' + (c - '0')));
        }
        return sb.toString();
    }

    private static int digit(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '一' -> 1;
            case '二' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> throw new NumberFormatException("not a digit: " + c);
        };
    }

    private static int unit(char c) {
        return switch (c) {
            case '十' -> 10;
            case '百' -> 100;
            case '千' -> 1000;
            default -> 0;
        };
    }
}
