package io.mynumberlineage.law;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Brings citation text into the one shape the parser reads.
 *
 * <p>NFKC turns full-width digits and brackets into ASCII (第８号 → 第8号, （ → (); kanji numerals are
 * left as they are. Markup from HTML-derived documents becomes a space. Line breaks that PDF
 * extraction put inside a citation (「別表\n第二」, 「…、2\n3、…」, 「に基づ\nく」) are removed; a break
 * after a sentence end, next to a space, or before a form field number (「2提供先…」), becomes a space.
 */
public final class CitationText {

    private static final Pattern TAGS = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern BREAK = Pattern.compile("([ \\t\\u3000]*)\\r?\\n([ \\t\\u3000]*)");
    /** A line that starts with a form field number such as 「2提供先における用途」, not a wrapped list. */
    private static final Pattern FIELD_START = Pattern.compile("[0-9]+(?![項号条年月日])[一-龥ァ-ヶ]");

    private CitationText() {
    }

    public static String normalize(String text) {
        if (text == null) {
            return "";
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC);
        s = TAGS.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length());
        var m = BREAK.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            char before = out.length() == 0 ? '。' : out.charAt(out.length() - 1);
            boolean fieldStarts = FIELD_START.matcher(s).region(m.end(), s.length()).lookingAt();
            // a space at the break is a real separator (「4まで 5」), not a wrap inside a token
            boolean spaced = !m.group(1).isEmpty() || !m.group(2).isEmpty();
            out.append(before == '。' || fieldStarts || spaced ? " " : "");
            last = m.end();
        }
        out.append(s.substring(last));
        return out.toString().replace('\t', ' ').strip();
    }
}
