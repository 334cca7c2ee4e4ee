package io.mynumberlineage.guard;

import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds text that could be a real 個人番号: twelve digits (also full-width, or grouped 4-4-4 with a
 * space or hyphen) whose last digit is the check digit defined in 番号法施行規則 第1条.
 *
 * <p>The check digit of the eleven leading digits P(n), counted n = 1..11 from the right, is
 * {@code 11 − (Σ P(n)·Q(n) mod 11)}, or 0 when the remainder is 0 or 1, with Q(n) = n + 1 for
 * n ≤ 6 and n − 5 for n ≥ 7. Twelve digits that fail it cannot be a 個人番号, so invented test data
 * and ordinary numbers (phone numbers, amounts) pass through.
 */
public final class MyNumberDetector {

    private static final Pattern CANDIDATE =
            Pattern.compile("(?<![0-9])(\\d{4})([ \\-]?)(\\d{4})\\2(\\d{4})(?![0-9])");

    private MyNumberDetector() {
    }

    /** True when the text contains a number that passes the 個人番号 check digit. */
    public static boolean containsMyNumber(CharSequence text) {
        if (text == null || text.length() < 12) {
            return false;
        }
        var matcher = CANDIDATE.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC));
        while (matcher.find()) {
            if (hasValidCheckDigit(matcher.group(1) + matcher.group(3) + matcher.group(4))) {
                return true;
            }
        }
        return false;
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
}
