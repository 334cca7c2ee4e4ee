package io.mynumberlineage.pia.extract;

import io.mynumberlineage.pia.read.SourceLine;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document as one text with the form's labels located in it, whatever the layout: lines, table
 * cells, markup or a page flattened into one paragraph all become the same sequence of label → value,
 * where a value is whatever stands between its label and the next label. This is how the cover and
 * Section I are read when the line structure is lost or scrambled.
 */
final class LabelledText {

    /** A label found in the text: its canonical name and where it stands. */
    record Label(String name, int start, int end) {
    }

    /** Label names and their written forms; longer forms first where one is a prefix of another. */
    private static final String[][] LABELS = {
            {"評価書番号", "評価書番号"},
            {"評価書名", "評価書名"},
            {"評価実施機関名", "評価実施機関名"},
            {"公表日", "公表日"},
            {"承認日", "個人情報保護委員会\\s?承認日(?:\\s?【行政機関等のみ】)?"},
            {"特記事項", "特記事項"},
            {"宣言", "個人のプライバシー等の権利利益の保護の宣言"},
            {"項目一覧", "項目一覧"},
            {"H:使用するシステム", "特定個人情報ファイルを取り扱う事務において使用するシステム"},
            {"H:事務", "特定個人情報ファイルを取り扱う事務(?!に|の|を|で)"},
            {"H:理由", "特定個人情報ファイルを取り扱う理由"},
            {"H:ファイル名", "特定個人情報ファイル名"},
            {"H:利用", "個人番号の利用"},
            {"H:情報連携", "情報提供ネットワークシステムによる情報連携"},
            {"H:担当部署", "評価実施機関における担当部署"},
            {"H:他の評価実施機関", "他の評価実施機関"},
            {"事務の名称", "事務の名称"},
            {"事務の内容", "事務の(?:内容|概要)"},
            {"システムの名称", "システムの名称"},
            {"システムの機能", "システムの機能"},
            {"他のシステムとの接続", "他のシステムとの接続"},
            {"対象人数", "対象人数"},
            {"法令上の根拠", "法令上の根拠"},
            {"実施の有無", "実施の有無"},
            {"必要性", "事務実施上の必要性"},
            {"メリット", "実現が期待されるメリット"},
            {"所属長", "所属長(?:の役職名)?"},
            {"部署", "部署"},
            {"システムN", "システム\\s?\\d{1,2}(?!\\d)"},
            {"II", "(?:II|III|IV|V)\\s?[.．]?\\s?(?=特定個人情報ファイルの概要|しきい値判断|リスク対策|特定個人情報ファイルの取扱い"
                    + "|評価実施手続|開示請求)"},
            {"I", "I\\s?[.．]?\\s?(?=基本情報|関連情報)"},
            {"別添", "\\(\\s?別添\\s?\\d{1,2}\\s?\\)"},
    };
    private static final Pattern ANY_LABEL;
    private static final String[] GROUPS = new String[LABELS.length];
    /** The characters a label can begin with, taken from {@link #LABELS}. */
    private static final String FIRST_CHARS;

    static {
        StringBuilder sb = new StringBuilder();
        StringBuilder first = new StringBuilder("IV(");
        for (int i = 0; i < LABELS.length; i++) {
            GROUPS[i] = "g" + i;
            sb.append(i == 0 ? "" : "|").append("(?<g").append(i).append('>').append(LABELS[i][1]).append(')');
            char c = LABELS[i][1].charAt(0);
            if (Character.isLetter(c) && first.indexOf(String.valueOf(c)) < 0) {
                first.append(c);
            }
        }
        ANY_LABEL = Pattern.compile(sb.toString());
        FIRST_CHARS = first.toString();
    }

    private static final Pattern TRAILING_NUMBERING = Pattern.compile(
            "(?:\\s*(?:\\d{1,2}\\s*[.．]|\\(\\s*\\d{1,2}\\s*\\)|[\\u2460-\\u2473]))+\\s*$");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[\\s※]+");

    private final String text;
    private final int[] lineStarts;
    private final int[] lineNumbers;
    private final List<Label> labels = new ArrayList<>();

    LabelledText(List<SourceLine> lines) {
        StringBuilder sb = new StringBuilder();
        lineStarts = new int[lines.size()];
        lineNumbers = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            SourceLine l = lines.get(i);
            if (i > 0) {
                sb.append('\n');
            }
            lineStarts[i] = sb.length();
            lineNumbers[i] = l.lineNumber();
            sb.append(l.cells().isEmpty() ? l.text() : String.join(" ", l.cells()));
        }
        text = sb.toString();
        // A label only begins where standsAlone() allows, so the pattern is tried at those positions only:
        // trying it at every character made this the importer's slowest step.
        Matcher m = ANY_LABEL.matcher(text);
        int n = text.length();
        int lastEnd = -1;
        int pos = 0;
        while (pos < n) {
            if (FIRST_CHARS.indexOf(text.charAt(pos)) >= 0 && standsAlone(pos, lastEnd)) {
                m.region(pos, n);
                if (m.lookingAt() && !quoted(m.end())) {
                    for (int i = 0; i < LABELS.length; i++) {
                        if (m.start(GROUPS[i]) >= 0) {
                            labels.add(new Label(LABELS[i][0], m.start(), m.end()));
                            break;
                        }
                    }
                    lastEnd = m.end();
                    pos = m.end();
                    continue;
                }
            }
            pos++;
        }
    }

    /** A label begins the text, a line, a cell, or follows a field number or another label; inside prose it is a word. */
    private boolean standsAlone(int start, int lastEnd) {
        if (start == 0 || start == lastEnd) {
            return true;
        }
        char before = text.charAt(start - 1);
        return Character.isWhitespace(before) || FormVocabulary.isCircled(before) || before == '.' || before == '．'
                || before == ')' || before == '|' || before == '※';
    }

    /** 「3. 特定個人情報ファイル名」に示す…: a label quoted in prose is a reference, not the field. */
    private boolean quoted(int end) {
        return end < text.length() && (text.charAt(end) == '」' || text.charAt(end) == '』');
    }

    String text() {
        return text;
    }

    List<Label> labels() {
        return labels;
    }

    /** The value of the i-th label: up to the next label, without the next label's field number. */
    String value(int i) {
        Label l = labels.get(i);
        int end = i + 1 < labels.size() ? labels.get(i + 1).start() : text.length();
        // The next label's field number stands in the last few characters; searching only there keeps this linear.
        int tail = Math.max(l.end(), end - 24);
        String v = text.substring(l.end(), tail) + TRAILING_NUMBERING.matcher(text.substring(tail, end)).replaceFirst("");
        return LEADING_MARKS.matcher(v).replaceFirst("").strip();
    }

    /** The text between the (i-1)-th label and the i-th label (what stands just before a label). */
    String before(int i) {
        int start = i == 0 ? 0 : labels.get(i - 1).end();
        return text.substring(start, labels.get(i).start()).strip();
    }

    /** The 1-based source line at a text offset. */
    int lineAt(int offset) {
        int i = Arrays.binarySearch(lineStarts, offset);
        if (i < 0) {
            i = -i - 2;
        }
        return i < 0 ? (lineNumbers.length == 0 ? 1 : lineNumbers[0]) : lineNumbers[i];
    }

    /** The logical lines of a text span, for values that list one thing per line. */
    static List<String> lines(String value) {
        List<String> out = new ArrayList<>();
        for (String s : value.split("\n")) {
            if (!s.isBlank()) {
                out.add(s.strip());
            }
        }
        return out;
    }
}
