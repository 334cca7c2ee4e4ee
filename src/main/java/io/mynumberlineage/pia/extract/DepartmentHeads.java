package io.mynumberlineage.pia.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The 所属長 of a department as its title only: 「住民福祉課長 森田一郎」 → 住民福祉課長; a bare name → null. */
final class DepartmentHeads {

    private static final Pattern TITLE = Pattern.compile(
            "^(\\S{0,30}?(?:課長補佐|課長|部長|室長|局長|所長|次長|館長|センター長|事務局長|参事|理事|長))(?=\\s|$|[(（])");

    private DepartmentHeads() {
    }

    static String title(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        int nl = v.indexOf('\n');
        if (nl >= 0) {
            v = v.substring(0, nl).strip();
        }
        Matcher m = TITLE.matcher(v);
        return m.find() ? m.group(1) : null;
    }
}
