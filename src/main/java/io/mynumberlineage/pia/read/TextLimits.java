package io.mynumberlineage.pia.read;

/**
 * Bounds on a decoded 評価書, checked before any line is normalised or extracted: the byte limit
 * alone lets through text that expands or never breaks, and one endless line is what broken
 * conversions and text-expanding tricks produce.
 *
 * @param maxChars characters of the decoded text. No supported encoding yields more characters
 *     than bytes, so this mainly bounds what the byte limit lets through
 * @param maxLineChars the longest line (the seeds' longest is about 3,600 characters)
 */
public record TextLimits(int maxChars, int maxLineChars) {

    public static final int MAX_CHARS = 20_000_000;
    public static final int MAX_LINE_CHARS = 20_000;
    public static final TextLimits DEFAULT = new TextLimits(MAX_CHARS, MAX_LINE_CHARS);

    void check(String name, String text, java.util.List<String> lines) throws PiaReadException {
        if (text.length() > maxChars) {
            throw new PiaReadException(PiaReadException.Reason.TOO_LARGE, "評価書の文字数が多すぎます（" + text.length()
                    + " 文字、上限 " + maxChars + " 文字）: " + name);
        }
        for (int i = 0; i < lines.size(); i++) {
            int length = lines.get(i).length();
            if (length > maxLineChars) {
                throw new PiaReadException(PiaReadException.Reason.LINE_TOO_LONG, "評価書の " + (i + 1) + " 行目が長すぎます（"
                        + length + " 文字、上限 " + maxLineChars + " 文字）。改行のないテキストや変換に失敗したファイルは取り込めません: "
                        + name);
            }
        }
    }
}
