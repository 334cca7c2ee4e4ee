package io.mynumberlineage.pia.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Re-joins lines that PDF text extraction wrapped at the page width. A line is taken as wrapped
 * when it is nearly as long as the document's typical full line, does not end a sentence, and the
 * next source line directly follows it without starting a new item (label, bullet, heading, box).
 * A field label split in two (「④提供する情報の対象とな」「る本人の数」) is re-joined as well.
 */
final class LineJoiner {

    /** The cover's labels: a line never wraps into one, and a label alone on its line is never wrapped. */
    private static final String COVER_LABEL = "評価書番号|評価書名|評価実施機関名|公表日|特記事項|個人のプライバシー等の権利利益の保護の宣言"
            + "|個人情報保護委員会\\s?承認日|項目一覧";
    private static final Pattern LABEL_LINE = Pattern.compile("^(?:" + COVER_LABEL + ")(?:\\s?【[^】]*】)?$");
    private static final Pattern STARTS_ITEM = Pattern.compile(
            "^(?:[\\u2460-\\u2473\\u3251-\\u325F]|[\\[\\]・○●◯※■□◆(<＜【「『\\-]|\\d{1,3}\\s*[).．.、]|\\(\\d|"
                    + "[IVX]{1,4}\\s|別紙|別添|(?:提供先|移転先|システム|委託事項|リスク)\\s*\\d|" + COVER_LABEL + ")");
    private static final String ENDINGS = "。:：)）]」』";
    private static final Pattern LABEL_ONLY = Pattern.compile("^[\\u2460-\\u2473][^\\s\\t]{2,}$");

    List<SourceLine> join(List<SourceLine> lines) {
        int width = typicalWidth(lines);
        List<SourceLine> out = new ArrayList<>(lines.size());
        SourceLine pending = null;
        for (SourceLine line : lines) {
            if (pending != null && follows(pending, line) && (wrapped(pending, line, width) || splitLabel(pending, line))) {
                String text = pending.text() + line.text();
                pending = new SourceLine(pending.lineNumber(), line.lastLineNumber(), text, List.of(text));
                continue;
            }
            if (pending != null) {
                out.add(pending);
            }
            pending = line;
        }
        if (pending != null) {
            out.add(pending);
        }
        return out;
    }

    private static boolean follows(SourceLine a, SourceLine b) {
        return b.lineNumber() == a.lastLineNumber() + 1 && a.cells().size() <= 1 && b.cells().size() <= 1;
    }

    private static boolean wrapped(SourceLine a, SourceLine b, int width) {
        String t = a.text();
        return width >= 20 && t.length() >= width * 85 / 100 && !LABEL_LINE.matcher(t).matches()
                && ENDINGS.indexOf(t.charAt(t.length() - 1)) < 0
                && !STARTS_ITEM.matcher(b.text()).lookingAt();
    }

    /** Label words that end a complete label: the next short line is its value, not the label's tail. */
    private static final Pattern COMPLETE_LABEL = Pattern.compile(".*(?:名称|機能|内容|概要|部署|役職名|所属長|有無|根拠|接続)$");

    private static boolean splitLabel(SourceLine a, SourceLine b) {
        String t = b.text();
        String first = a.text();
        return t.length() <= 8 && !COMPLETE_LABEL.matcher(first).matches() && first.length() > 2 && first.charAt(0) >= '\u2460' && first.charAt(0) <= '\u2473'
                && t.indexOf(' ') < 0 && LABEL_ONLY.matcher(first).matches()
                && !STARTS_ITEM.matcher(t).lookingAt() && !t.startsWith("[");
    }

    /** The 90th percentile of line lengths: the width at which this document's PDF wrapped. */
    private static int typicalWidth(List<SourceLine> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        int[] lengths = new int[lines.size()];
        for (int i = 0; i < lengths.length; i++) {
            lengths[i] = lines.get(i).text().length();
        }
        Arrays.sort(lengths);
        return lengths[Math.min(lengths.length - 1, lengths.length * 9 / 10)];
    }
}
