package io.mynumberlineage.pia.extract;

import io.mynumberlineage.pia.read.SourceLine;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The cover page: 評価書番号, 評価書名, 評価実施機関名, 公表日, the form's kind and 様式. */
final class CoverReader implements PartReader {

    private static final Pattern ORG_HEAD = Pattern.compile("^(\\S{1,15}?(?:市|町|村|区|都|道|府|県))長$");
    private static final Pattern KIND = Pattern.compile("(基礎項目|重点項目|全項目)評価書");
    private static final Pattern FORM_VERSION = Pattern.compile("^\\[?\\s*(.{0,20}様式\\s*\\d+)\\s*\\]?$");
    private static final Pattern TITLE_ISSUER = Pattern.compile("^(\\S{1,15}?(?:市|町|村|区|都|道|府|県))\\s");
    private static final Pattern POSTAL_MUNICIPALITY = Pattern.compile(
            "〒\\s*\\d{3}-\\d{4}\\s*(?:\\S{2,3}?[都道府県](?=\\S{1,6}?[市町村]))?(\\S{1,6}?[市町村])");

    private final FormState state;
    String title;
    String number;
    String organization;
    private final List<String> orgHeads = new ArrayList<>();
    final Set<String> kinds = new LinkedHashSet<>();
    String formVersion;
    String publishedOn;
    String approvedOn;
    /** The text names the form, which public-comment pages do too: not proof of being one. */
    boolean mentionsForm;
    boolean draft;

    CoverReader(FormState state) {
        this.state = state;
    }

    @Override
    public void read(FormBlock b) {
        scanOrgHeads(b);
        switch (b.key) {
            case "評価書番号" -> {
                number = b.flat().split("\\s+")[0];
                for (String l : b.text().split("\n")) {
                    if (l.trim().matches("[0-9A-Za-z\\-]{1,12}")) {
                        number = l.trim();
                        break;
                    }
                }
                state.placeDocument(b);
            }
            case "評価書名" -> {
                title = b.flat();
                scanKinds(title);
                state.placeDocument(b);
            }
            case "評価実施機関名" -> {
                IssuerNames.Issuer issuer = IssuerNames.parse(b.text().split("\n")[0].trim());
                if (issuer != null) {
                    organization = issuer.organization();
                    state.placeDocument(b);
                } else {
                    // PDF layouts put another cell's text under this label; keep it visible.
                    state.unparsed(b, "評価実施機関名として解釈できない値");
                }
            }
            case "公表日" -> {
                String iso = WarekiDates.toIso(b.text());
                if (iso != null) {
                    publishedOn = iso;
                    state.placeDocument(b);
                } else {
                    state.unparsed(b, "公表日の日付を読み取れません");
                }
            }
            default -> other(b);
        }
    }

    private void other(FormBlock b) {
        if (b.key.startsWith("個人情報保護委員会承認日")) {
            String iso = WarekiDates.toIso(b.text());
            if (iso != null) {
                approvedOn = iso;
                state.placeDocument(b);
                return;
            }
            if (b.text().isEmpty()) {
                state.structural(b);
                return;
            }
        }
        for (String l : b.text().split("\n")) {
            scanKinds(l);
        }
        scanKinds(b.label);
        state.unparsed(b, "対応する項目がありません: " + b.key);
    }

    /** A cover line with no label: the 様式 marker, the form's title or the issuer's head; false otherwise. */
    boolean loneLine(SourceLine line) {
        String text = line.text();
        Matcher fv = FORM_VERSION.matcher(text);
        if (fv.matches()) {
            formVersion = fv.group(1).trim();
            state.placeDocument(line);
            return true;
        }
        if (text.contains("特定個人情報保護評価書")) {
            scanKinds(text);
            if (title == null && text.length() <= 80 && !text.contains("。")) {
                title = text;
            }
            mentionsForm = true;
            state.placeDocument(line);
            return true;
        }
        if (isIssuerHead(text)) {
            orgHeads.add(text);
            state.placeDocument(line);
            return true;
        }
        scanKinds(text);
        return false;
    }

    private void scanOrgHeads(FormBlock b) {
        for (String l : b.text().split("\n")) {
            if (ORG_HEAD.matcher(l.trim()).matches() || IssuerNames.isWholeIssuer(l)) {
                orgHeads.add(l.trim());
            }
        }
    }

    private static boolean isIssuerHead(String text) {
        return ORG_HEAD.matcher(text).matches() || IssuerNames.isWholeIssuer(text);
    }

    void scanKinds(String text) {
        if (text == null) {
            return;
        }
        Matcher m = KIND.matcher(text);
        while (m.find()) {
            kinds.add(m.group(1).equals("全項目") ? "全項目" : m.group(1).replace("項目", ""));
        }
    }

    /** Fills what the line-by-line reading left empty, or read with the wrong shape, from the label reading. */
    void complete(FormFacts facts) {
        if (number == null || !number.matches("[0-9A-Za-z][0-9A-Za-z\\-]{0,11}")) {
            number = facts.number();
        }
        if (facts.title() != null && (title == null || title.length() > 80 || title.contains("。")
                || !title.contains("評価書") || title.startsWith("特定個人情報保護評価書"))) {
            title = facts.title();
        }
        if (publishedOn == null) {
            publishedOn = facts.publishedOn();
        }
        if (facts.formVersion() != null) {
            formVersion = facts.formVersion();
        }
        if (kinds.isEmpty() && facts.titledKind() != null) {
            kinds.add(facts.titledKind());
        }
        if (organization == null && facts.issuer() != null && facts.issuerFromLabel()) {
            organization = facts.issuer().organization();
        }
        draft = facts.draft();
    }

    /**
     * The issuing municipality (or other issuer): from 評価実施機関名, the head named on the cover,
     * the label reading, the title, and last the contact's postal address. Fills the organisation
     * when only the issuer was found.
     */
    String issuer(FormFacts facts) {
        IssuerNames.Issuer stated = IssuerNames.parse(organization);
        if (stated != null) {
            return stated.issuer();
        }
        for (String c : orgHeads) {
            IssuerNames.Issuer head = IssuerNames.parse(c);
            if (head != null) {
                if (organization == null) {
                    organization = head.organization();
                }
                return head.issuer();
            }
        }
        if (facts.issuer() != null) {
            if (organization == null) {
                organization = facts.issuer().organization();
            }
            return facts.issuer().issuer();
        }
        if (title != null) {
            Matcher m = TITLE_ISSUER.matcher(title);
            if (m.find()) {
                // 「東雲県桜峰町 …」: the prefecture is the town's address, not the issuer.
                return m.group(1).replaceFirst("^\\S{2,3}?[都道府県](?=\\S+[市区町村]$)", "");
            }
        }
        // Last resort for material without the form's header (e.g. public-comment bundles):
        // the municipality named in the contact's postal address.
        for (SourceLine l : state.doc.lines()) {
            Matcher m = POSTAL_MUNICIPALITY.matcher(l.text());
            if (m.find()) {
                state.warn("前文", "市区町村名を連絡先の住所から推定しました: " + m.group(1));
                return m.group(1);
            }
        }
        return null;
    }
}
