package io.mynumberlineage.pia.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** 和暦 (令和5年12月11日, R5.12.11, 平成元年…) and western dates → ISO-8601. */
public final class WarekiDates {

    private static final Pattern WAREKI = Pattern.compile(
            "(令和|平成|昭和|R|H|S)\\s*(元|\\d{1,2})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern WESTERN = Pattern.compile("((?:19|20)\\d{2})\\s*[年.\\-/]\\s*(\\d{1,2})\\s*[月.\\-/]\\s*(\\d{1,2})");

    private WarekiDates() {
    }

    /** The first date in {@code text} as ISO-8601, or null when there is none or it is impossible. */
    public static String toIso(String text) {
        if (text == null) {
            return null;
        }
        Matcher m = WAREKI.matcher(text);
        if (m.find()) {
            int base = switch (m.group(1)) {
                case "令和", "R" -> 2018;
                case "平成", "H" -> 1988;
                default -> 1925;
            };
            int year = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
            return iso(base + year, m.group(3), m.group(4));
        }
        Matcher w = WESTERN.matcher(text);
        if (w.find()) {
            return iso(Integer.parseInt(w.group(1)), w.group(2), w.group(3));
        }
        return null;
    }

    private static String iso(int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
