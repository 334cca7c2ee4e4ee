package io.mynumberlineage.pia.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The headings and labels of the 特定個人情報保護評価書 forms (基礎 / 重点 / 全項目), which are the
 * same for every municipality; structure is recognised from these, never from line positions.
 */
final class FormVocabulary {

    /** What a top-level (roman-numbered) part of the form is about. */
    enum Part { PREAMBLE, TOC, BASIC, FILES, RISK, DISCLOSURE, PROCEDURE, RECORD_ITEMS, ATTACHMENT, CHANGES, ANNEX,
        THRESHOLD, SUMMARY_SYSTEMS, SUMMARY_FILES, SUMMARY_RISK }

    private static final Pattern ROMAN = Pattern.compile("^\\(?(VII|VI|V|IV|III|II|I)\\s*[.、．]?\\s*\\)?\\s*(\\S.*)$");
    private static final Pattern APPENDIX = Pattern.compile("^[(]?\\s*(別添|別紙)\\s*(\\d{1,2})\\s*[)]?\\s*(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})\\s*(?:[.．]\\s*|\\s+)(\\S.*)$");
    static final Pattern ANCHOR = Pattern.compile(
            "^(システム|委託事項|提供先|移転先)\\s*(\\d{1,3})(?:\\s*[~～〜\\-]\\s*(\\d{1,3}))?(?=\\s|$)\\s*(.*)$");
    static final Pattern RISK = Pattern.compile("^リスク\\s*(\\d{0,2})\\s*[:：]\\s*(.*)$");
    static final Pattern CIRCLED_LABEL = Pattern.compile("^([\\u2460-\\u2473\\u3251-\\u325F])\\s*([^\\s※]+)\\s*※?\\s*(.*)$");
    static final Pattern SUMMARY_ITEM = Pattern.compile("^\\((\\d{1,2})\\)\\s*(\\S.*)$");

    private static final List<String> SUBSECTIONS = List.of(
            "特定個人情報ファイルを取り扱う事務", "特定個人情報ファイル名", "特定個人情報ファイルを取り扱う理由",
            "個人番号の利用", "情報提供ネットワークシステムによる情報連携", "評価実施機関における担当部署",
            "他の評価実施機関", "基本情報", "特定個人情報の入手", "特定個人情報の使用", "特定個人情報ファイルの取扱いの委託",
            "特定個人情報の提供・移転", "特定個人情報の保管・消去", "備考", "情報提供ネットワークシステムとの接続", "監査",
            "従業者に対する教育・啓発", "その他のリスク対策", "特定個人情報の開示・訂正・利用停止請求",
            "特定個人情報ファイルの取扱いに関する問合せ", "基礎項目評価", "重点項目評価", "全項目評価",
            "国民・住民等からの意見の聴取", "第三者点検", "個人情報保護委員会の承認",
            // 概要版 / public-comment material uses numbered headings for a summary of the form.
            "特定個人情報ファイルを利用するシステム", "特定個人情報ファイルを使用するシステム", "特定個人情報ファイルの概要",
            "リスク対策の概要");

    /** Labels printed without a circled number; a value follows in the next cell or on the next lines. */
    static final List<String> PLAIN_LABELS = List.of(
            "評価書番号", "評価書名", "評価実施機関名", "公表日", "特記事項", "個人のプライバシー等の権利利益の保護の宣言",
            "個人情報保護委員会承認日", "法令上の根拠", "その必要性", "その妥当性", "主な記録項目", "全ての記録項目",
            "委託の有無", "提供・移転の有無", "使用部署", "使用者数", "情報の突合", "情報の統計分析",
            "権利利益に影響を与え得る決定", "変更の妥当性", "保管場所", "実施の有無", "リスクに対する措置の内容",
            "リスクへの対策は十分か", "具体的な管理方法", "具体的な方法", "その他の措置の内容", "規定の内容",
            "ルール内容及びルール遵守の確認方法", "ルールの内容及びルール遵守の確認方法", "ユーザ認証の管理", "再委託");

    static final List<String> CHANGE_COLUMNS = List.of("変更日", "項目", "変更前の記載", "変更後の記載", "提出時期", "提出時期に係る説明");

    private FormVocabulary() {
    }

    record Heading(Part part, String label, String title) {
    }

    /** A roman-numbered part heading such as 「II 特定個人情報ファイルの概要」, or null. */
    static Heading roman(String text) {
        if (text.isEmpty() || "IV(".indexOf(text.charAt(0)) < 0) {
            return null;
        }
        Matcher m = ROMAN.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String title = m.group(2).trim();
        if (title.contains("/") || title.length() > 80) {
            return null;
        }
        String t = compact(title);
        Part part;
        if (t.startsWith("基本情報") || t.startsWith("関連情報")) {
            // 基礎項目評価書 calls its Section I 「関連情報」.
            part = Part.BASIC;
        } else if (t.startsWith("特定個人情報ファイルの概要")) {
            part = Part.FILES;
        } else if (t.startsWith("リスク対策") || t.startsWith("特定個人情報ファイルの取扱いプロセスにおけるリスク対策")
                || t.startsWith("その他のリスク対策")) {
            part = Part.RISK;
        } else if (t.startsWith("しきい値判断")) {
            part = Part.THRESHOLD;
        } else if (t.startsWith("開示請求")) {
            part = Part.DISCLOSURE;
        } else if (t.startsWith("評価実施手続")) {
            part = Part.PROCEDURE;
        } else {
            return null;
        }
        return new Heading(part, m.group(1), title);
    }

    /** 「(別添2) 変更箇所」, 「別紙1」… or null. */
    static Heading appendix(String text) {
        if (text.length() > 60 || !(text.contains("別添") || text.contains("別紙"))) {
            return null;
        }
        Matcher m = APPENDIX.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String title = m.group(3).trim();
        if (title.length() > 40) {
            return null;
        }
        String t = compact(title);
        Part part;
        if (m.group(1).equals("別紙")) {
            part = Part.ANNEX;
        } else if (t.contains("変更箇所")) {
            part = Part.CHANGES;
        } else if (t.contains("記録項目")) {
            part = Part.RECORD_ITEMS;
        } else {
            part = Part.ATTACHMENT;
        }
        return new Heading(part, m.group(1) + m.group(2), title);
    }

    record Numbered(int number, String title, String key) {
    }

    /** A numbered sub-section heading 「5. 特定個人情報の提供・移転(…)」 of the form, or null. */
    static Numbered numbered(String text) {
        if (text.isEmpty() || !Character.isDigit(text.charAt(0))) {
            return null;
        }
        Matcher m = NUMBERED.matcher(text);
        if (!m.matches()) {
            return null;
        }
        String title = m.group(2).trim();
        String t = compact(title);
        for (String key : SUBSECTIONS) {
            if (t.startsWith(key)) {
                return new Numbered(Integer.parseInt(m.group(1)), title, key);
            }
        }
        return null;
    }

    private static final java.util.Set<String> PLAIN_LABEL_SET = java.util.Set.copyOf(PLAIN_LABELS);

    static boolean isPlainLabel(String cell) {
        if (cell.length() > 60) {
            return false;
        }
        String c = compact(stripMarks(cell));
        if (PLAIN_LABEL_SET.contains(c)) {
            return true;
        }
        if (c.indexOf('【') >= 0) {
            for (String l : PLAIN_LABELS) {
                if (c.startsWith(l) && c.length() <= l.length() + 12) {
                    return true;
                }
            }
        }
        return c.startsWith("個人情報保護委員会承認日");
    }

    /** A plain label that starts a single-cell line followed by its value 「全ての記録項目 別添2を参照。」, or null. */
    static String plainLabelPrefix(String line) {
        int space = line.indexOf(' ');
        if (space <= 0) {
            return null;
        }
        String head = line.substring(0, space);
        return PLAIN_LABEL_SET.contains(head) ? head : null;
    }

    /** The label's words without circled number, ※ and spacing: 「④記録される項目 ※」 → 記録される項目. */
    static String labelKey(String label) {
        String s = stripMarks(label);
        if (!s.isEmpty() && isCircled(s.codePointAt(0))) {
            s = s.substring(Character.charCount(s.codePointAt(0)));
        }
        return compact(s);
    }

    static String stripMarks(String s) {
        return s.indexOf('※') >= 0 ? s.replace("※", "").trim() : s.trim();
    }

    static String compact(String s) {
        return s.indexOf(' ') >= 0 || s.indexOf('\u3000') >= 0 ? s.replace(" ", "").replace("\u3000", "") : s;
    }

    static boolean isCircled(int cp) {
        return (cp >= 0x2460 && cp <= 0x2473) || (cp >= 0x3251 && cp <= 0x325F);
    }

    static boolean isDash(String value) {
        String v = value.trim();
        return v.equals("—") || v.equals("-") || v.equals("－") || v.equals("―") || v.equals("ー") || v.equals("‐")
                || v.equals("--") || v.equals("なし");
    }
}
