package io.mynumberlineage.guard;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds text that could be a real 個人番号: twelve digits whose last digit is the check digit defined
 * in 番号法施行規則 第1条, however they are written.
 *
 * <p>The check digit of the eleven leading digits P(n), counted n = 1..11 from the right, is
 * {@code 11 − (Σ P(n)·Q(n) mod 11)}, or 0 when the remainder is 0 or 1, with Q(n) = n + 1 for
 * n ≤ 6 and n − 5 for n ≥ 7. Twelve digits that fail it cannot be a 個人番号, so invented test data
 * and ordinary numbers (phone numbers, amounts) pass through.
 *
 * <p>People and PDF converters group the digits in many ways, and a probe will try every one, so
 * the text is normalised first: JSON and GraphQL escapes ({@code \\uXXXX}, {@code \\t}, {@code \\/} …)
 * decoded, so raw request and manifest text is read as its parser would; NFKC (full-width
 * digits and spaces), invisible characters dropped. Then digits separated by at most
 * {@value #MAX_SEPARATORS} grouping characters (spaces, tabs, every dash and hyphen, minus, 長音,
 * slash, dot, comma, middle dot, colon, underscore) form one run; any stretch of whole groups of a
 * run that holds exactly twelve digits, in a shape numbers are written in, is a candidate. A longer
 * unbroken digit string is not.
 */
public final class MyNumberDetector {

    static final int MAX_SEPARATORS = 3;
    private static final Pattern ESCAPE =
            Pattern.compile("\\\\(?:u([0-9a-fA-F]{4})|u\\{([0-9a-fA-F]{1,6})}|([tnrbf/\\\\\"]))");
    private static final String INVISIBLE = "\u00AD\u180E\u200B\u200C\u200D\u2060\uFEFF";

    private MyNumberDetector() {
    }

    /** True when the text contains a number that passes the 個人番号 check digit. */
    public static boolean containsMyNumber(CharSequence text) {
        if (text == null || text.length() < 12) {
            return false;
        }
        String normalised = normalise(text);
        List<String> run = new ArrayList<>();
        var group = new StringBuilder();
        int separators = 0;
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            boolean digit = c >= '0' && c <= '9';
            if (digit && separators > MAX_SEPARATORS || !digit && !isSeparator(c)) {
                endGroup(group, run);
                if (anyTwelve(run)) {
                    return true;
                }
                run.clear();
                separators = 0;
            }
            if (digit) {
                group.append(c);
                separators = 0;
            } else if (isSeparator(c)) {
                endGroup(group, run);
                separators++;
            }
        }
        endGroup(group, run);
        return anyTwelve(run);
    }

    private static void endGroup(StringBuilder group, List<String> run) {
        if (!group.isEmpty()) {
            run.add(group.toString());
            group.setLength(0);
        }
    }

    /** The 1-based number of the first line holding a possible 個人番号, or -1. */
    public static int firstLineWithMyNumber(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            if (containsMyNumber(lines.get(i))) {
                return i + 1;
            }
        }
        return -1;
    }

    /** Twelve ASCII digits whose last one is the check digit of the first eleven. */
    public static boolean hasValidCheckDigit(String twelveDigits) {
        if (twelveDigits.length() != 12 || !twelveDigits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        return checkDigit(twelveDigits.substring(0, 11)) == twelveDigits.charAt(11) - '0';
    }

    /** The check digit for eleven leading digits. */
    public static int checkDigit(String elevenDigits) {
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = elevenDigits.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        return remainder <= 1 ? 0 : 11 - remainder;
    }

    /** Escapes decoded, NFKC, invisible characters removed: the text as a reader would see it. */
    static String normalise(CharSequence text) {
        // Two passes: text escaped once more on its way (a GraphQL literal inside JSON, an escape
        // stored as text and decoded by the next reader) is still seen as the digits it stands for.
        String decoded = unescape(unescape(text.toString()));
        String nfkc = Normalizer.normalize(decoded, Normalizer.Form.NFKC);
        var visible = new StringBuilder(nfkc.length());
        for (int i = 0; i < nfkc.length(); i++) {
            char c = nfkc.charAt(i);
            if (INVISIBLE.indexOf(c) < 0) {
                visible.append(c);
            }
        }
        return visible.toString();
    }

    private static String unescape(String text) {
        if (text.indexOf('\\') < 0) {
            return text;
        }
        Matcher m = ESCAPE.matcher(text);
        var out = new StringBuilder(text.length());
        while (m.find()) {
            String replacement = m.group(3) != null ? unescape(m.group(3).charAt(0)) : codePoint(m);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        return m.appendTail(out).toString();
    }

    private static String codePoint(Matcher escape) {
        int codePoint = Integer.parseInt(escape.group(1) != null ? escape.group(1) : escape.group(2), 16);
        return Character.isValidCodePoint(codePoint) ? Character.toString(codePoint) : escape.group();
    }

    private static String unescape(char c) {
        return switch (c) {
            case 't' -> "\t";
            case 'n', 'r', 'b', 'f' -> "\n";
            default -> String.valueOf(c);
        };
    }

    private static boolean isSeparator(char c) {
        return switch (c) {
            case ' ', '\t', '\u00A0', '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\u30FC',
                    '\uFE63', '/', '.', ',', '\u30FB', '\uFF65', ':', '_' -> true;
            default -> false;
        };
    }

    /**
     * Any stretch of whole consecutive groups that holds exactly twelve digits and its check digit.
     * Only shapes a person or a converter writes a number in count: one block, one digit per group
     * (text spaced out character by character), or blocks of three or more (4-4-4, 3-3-3-3, 6-6).
     * Lists of one- and two-digit item numbers (「10、11、12、13、14、15」) are not numbers.
     */
    private static boolean anyTwelve(List<String> groups) {
        for (int start = 0; start < groups.size(); start++) {
            var number = new StringBuilder(12);
            boolean singles = true;
            boolean blocks = true;
            for (int end = start; end < groups.size() && number.length() < 12; end++) {
                int length = groups.get(end).length();
                singles &= length == 1;
                blocks &= length >= 3;
                number.append(groups.get(end));
            }
            if (number.length() == 12 && (singles || blocks) && hasValidCheckDigit(number.toString())) {
                return true;
            }
        }
        return false;
    }
}
