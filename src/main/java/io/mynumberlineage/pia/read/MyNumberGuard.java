package io.mynumberlineage.pia.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a 12-digit number whose last digit is a valid 個人番号 check digit. Such input is refused
 * so that no real 個人番号 is ever stored; the number itself is never echoed in messages or logs.
 */
public final class MyNumberGuard {

    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<![0-9])[0-9]{12}(?![0-9])");

    private MyNumberGuard() {
    }

    /** The 1-based line of the first candidate 個人番号, or -1. {@code lines} must be NFKC-normalised. */
    public static int firstLineWithMyNumber(java.util.List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.length() < 12) {
                continue;
            }
            Matcher m = TWELVE_DIGITS.matcher(l);
            while (m.find()) {
                if (hasValidCheckDigit(m.group())) {
                    return i + 1;
                }
            }
        }
        return -1;
    }

    /** The check digit rule of 番号法施行令 第8条 for a 12-digit string. */
    public static boolean hasValidCheckDigit(String twelve) {
        if (twelve.length() != 12) {
            return false;
        }
        int sum = 0;
        for (int n = 1; n <= 11; n++) {
            int p = twelve.charAt(11 - n) - '0';
            int q = n <= 6 ? n + 1 : n - 5;
            sum += p * q;
        }
        int remainder = sum % 11;
        int check = remainder <= 1 ? 0 : 11 - remainder;
        return check == twelve.charAt(11) - '0';
    }
}
