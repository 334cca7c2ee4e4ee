package io.mynumberlineage.pia.annex;

import java.util.List;

/**
 * Re-joins the pieces of one table cell that PDF text extraction wrapped onto several lines.
 * Japanese wraps anywhere (even inside 「番号法第19\n条」), so pieces are glued without a
 * separator; only where both sides are Latin letters or digits is a space kept, because there
 * the wrap replaced a real word gap.
 */
public final class PdfLineJoiner {

    private PdfLineJoiner() {
    }

    public static String join(List<String> pieces) {
        StringBuilder out = new StringBuilder();
        for (String raw : pieces) {
            String piece = collapseSpaces(raw);
            if (piece.isEmpty()) {
                continue;
            }
            if (out.length() > 0 && isLatin(out.charAt(out.length() - 1)) && isLatin(piece.charAt(0))) {
                out.append(' ');
            }
            out.append(piece);
        }
        return out.toString();
    }

    /** Trims and folds runs of whitespace (full-width spaces are plain spaces after NFKC). */
    public static String collapseSpaces(String s) {
        if (s == null) {
            return "";
        }
        return s.replace('\u3000', ' ').strip().replaceAll("\\s+", " ");
    }

    private static boolean isLatin(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
