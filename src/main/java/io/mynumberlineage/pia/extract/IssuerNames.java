package io.mynumberlineage.pia.extract;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the 評価実施機関名 of a cover: every kind of issuer the forms name (市区町村長, 都道府県知事,
 * 教育委員会, 広域連合長, 一部事務組合の管理者, 大臣, 庁長官, 機構, 独立行政法人, 共済組合) into the organisation
 * as written (its head's title, without a person's name) and the issuing body itself. A prefecture
 * written before a municipality is the municipality's address, not the issuer, and is dropped.
 */
public final class IssuerNames {

    /** @param organization the 評価実施機関 as written, without a personal name (e.g. 東雲県 桜峰町長)
     *  @param issuer the body that issues the 評価書 (e.g. 桜峰町, 東雲県, 資源循環省) */
    public record Issuer(String organization, String issuer) {
    }

    private static final String PREF = "(?:(\\S{2,3}?[都道府県])\\s*)?";
    private static final String END = "(?=\\s|$|[(（])";
    private static final Pattern BOARD = Pattern.compile("^" + PREF + "(\\S{1,20}?教育委員会)" + END);
    private static final Pattern UNION = Pattern.compile("^(\\S{1,30}?広域連合)(長)?" + END);
    private static final Pattern MUTUAL_AID = Pattern.compile("^(\\S{1,30}?共済組合)(理事長)?" + END);
    private static final Pattern COOPERATIVE = Pattern.compile("^(\\S{1,30}?組合)(管理者|組合長|長)?" + END);
    private static final Pattern AGENCY_CORP = Pattern.compile("^((?:独立行政法人|国立研究開発法人)\\S{1,30}?|\\S{1,30}?機構)(理事長)?" + END);
    private static final Pattern MINISTER = Pattern.compile("^(\\S{1,15}?)大臣" + END);
    private static final Pattern COMMISSIONER = Pattern.compile("^(\\S{1,15}?庁)長官" + END);
    private static final Pattern GOVERNOR = Pattern.compile("^(\\S{1,3}?[都道府県])知事" + END);
    private static final Pattern MAYOR = Pattern.compile("^" + PREF + "(\\S{1,15}?[市区町村])長" + END);
    private static final Map<String, String> MINISTRY_EXCEPTIONS = Map.of(
            "内閣総理", "内閣府", "デジタル", "デジタル庁", "復興", "復興庁");

    private IssuerNames() {
    }

    /** The issuer named at the start of {@code text}, or null when it names none of the known kinds. */
    public static Issuer parse(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.isEmpty() || t.length() > 200) {
            return null;
        }
        Matcher m = BOARD.matcher(t);
        if (m.find()) {
            // 「東雲県 桜峰町教育委員会」: the prefecture is an address; 「東雲県教育委員会」 is the prefecture's own board.
            return new Issuer(t.substring(0, m.end()), m.group(2));
        }
        m = UNION.matcher(t);
        if (m.find()) {
            return new Issuer(t.substring(0, m.end()), m.group(1));
        }
        m = MUTUAL_AID.matcher(t);
        if (m.find()) {
            return new Issuer(t.substring(0, m.end()), m.group(1));
        }
        m = COOPERATIVE.matcher(t);
        if (m.find()) {
            return new Issuer(t.substring(0, m.end()), m.group(1));
        }
        m = AGENCY_CORP.matcher(t);
        if (m.find()) {
            return new Issuer(t.substring(0, m.end()), m.group(1));
        }
        m = MINISTER.matcher(t);
        if (m.find()) {
            String name = m.group(1);
            return new Issuer(t.substring(0, m.end()), MINISTRY_EXCEPTIONS.getOrDefault(name, name + "省"));
        }
        m = COMMISSIONER.matcher(t);
        if (m.find()) {
            return new Issuer(t.substring(0, m.end()), m.group(1));
        }
        m = GOVERNOR.matcher(t);
        if (m.find()) {
            return new Issuer(t.substring(0, m.end()), m.group(1));
        }
        m = MAYOR.matcher(t);
        if (m.find()) {
            return new Issuer(t.substring(0, m.end()), m.group(2));
        }
        return null;
    }

    /** True when the whole text is an issuer, optionally followed by one personal name (two short words at most). */
    public static boolean isWholeIssuer(String text) {
        Issuer i = parse(text);
        if (i == null) {
            return false;
        }
        String rest = text.strip().substring(i.organization().length()).strip();
        return rest.isEmpty() || rest.matches("[一-龥々ァ-ヶー]{1,6}(?:\\s[一-龥々ぁ-んァ-ヶー]{1,6})?");
    }
}
