package io.mynumberlineage.pia.read;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Bytes → {@link PiaDocument}: decode, split into lines, strip markup (keeping checkbox state),
 * NFKC, split table cells (tabs, markdown pipes) and re-join lines wrapped by PDF extraction.
 */
public final class PiaReader {

    public static final long DEFAULT_MAX_BYTES = 50L * 1024 * 1024;

    private static final Pattern MD_HEADING = Pattern.compile("^#{1,6}\\s+");
    private static final Pattern MD_RULE = Pattern.compile("^[\\s|:\\-]*-{2,}[\\s|:\\-]*$");
    private static final Pattern MD_BULLET = Pattern.compile("^(?:\\s*[-*+]\\s+)+(?=\\S)");
    private static final Pattern BOLD = Pattern.compile("\\*\\*");

    private final long maxBytes;
    private final TextLimits limits;
    private final TextDecoder decoder = new TextDecoder();
    private final MarkupStripper markup = new MarkupStripper();
    private final FormNormalizer normalizer = new FormNormalizer();
    private final LineJoiner joiner = new LineJoiner();

    public PiaReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public PiaReader(long maxBytes) {
        this(maxBytes, TextLimits.DEFAULT);
    }

    public PiaReader(long maxBytes, TextLimits limits) {
        this.maxBytes = maxBytes;
        this.limits = limits;
    }

    public PiaDocument read(String name, byte[] bytes) throws PiaReadException {
        if (bytes.length == 0) {
            throw new PiaReadException(PiaReadException.Reason.EMPTY, "空のファイルです: " + name);
        }
        if (bytes.length > maxBytes) {
            throw new PiaReadException(PiaReadException.Reason.TOO_LARGE,
                    "ファイルが大きすぎます (" + bytes.length + " バイト、上限 " + maxBytes + " バイト): " + name);
        }
        DecodedText decoded = decoder.decode(bytes);
        String text = decoded.text();
        rejectBinary(name, text, decoded);
        List<String> warnings = new ArrayList<>(decoded.warnings());

        List<String> raw = splitLines(text);
        limits.check(name, text, raw);
        List<String> normalized = new ArrayList<>(raw.size());
        List<SourceLine> lines = new ArrayList<>(raw.size());
        int tabbed = 0;
        int markdown = 0;
        int nonBlank = 0;
        for (int i = 0; i < raw.size(); i++) {
            String r = raw.get(i);
            if (i == 0 && !r.isEmpty() && r.charAt(0) == '\uFEFF') {
                r = r.substring(1);
            }
            if (r.indexOf('\t') >= 0) {
                tabbed++;
            }
            if (r.startsWith("#") || r.startsWith("**") || r.startsWith("|")) {
                markdown++;
            }
            normalized.add(normalizer.normalize(markup.strip(r)));
        }
        if (SpacedLetters.isSpacedOut(normalized)) {
            warnings.add("1文字ごとに空白が入った文書のため、文字間の空白を詰めて読みました");
            normalized.replaceAll(SpacedLetters::collapse);
        }
        for (int i = 0; i < normalized.size(); i++) {
            String norm = normalized.get(i);
            SourceLine line = toLine(i + 1, norm);
            if (line != null) {
                lines.add(line);
                nonBlank++;
            }
        }
        PiaDocument.Shape shape = tabbed * 50 >= nonBlank ? PiaDocument.Shape.TABBED
                : markdown * 50 >= nonBlank ? PiaDocument.Shape.MARKDOWN : PiaDocument.Shape.PDF_TEXT;
        if (shape == PiaDocument.Shape.PDF_TEXT) {
            lines = joiner.join(lines);
        }
        if (tabbed > 0 && markdown * 50 >= nonBlank && shape == PiaDocument.Shape.TABBED) {
            shape = PiaDocument.Shape.MARKDOWN;
        }
        return new PiaDocument(name, sha256(bytes), decoded.encoding(), lines, normalized, shape, nonBlank, warnings);
    }

    /** Splits at \r\n, \r or \n without a regex (the reader's hottest loop). */
    static List<String> splitLines(String text) {
        List<String> out = new ArrayList<>(text.length() / 40 + 1);
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                out.add(text.substring(start, i));
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        out.add(text.substring(start));
        return out;
    }

    /** Splits a normalised line into cells; null for a line with no text. */
    static SourceLine toLine(int number, String norm) {
        String s = norm;
        if (s.isBlank()) {
            return null;
        }
        if (s.indexOf("--") >= 0 && MD_RULE.matcher(s).matches()) {
            // Markdown table rules carry no content but are still source text; keep as a line.
            return new SourceLine(number, number, s.trim(), List.of());
        }
        if (s.charAt(0) == '#') {
            s = MD_HEADING.matcher(s).replaceFirst("");
        }
        if (s.indexOf("**") >= 0) {
            s = BOLD.matcher(s).replaceAll("");
        }
        if (s.indexOf('-') >= 0 || s.indexOf('*') >= 0 || s.indexOf('+') >= 0) {
            if (!s.trim().equals("-")) {
                s = MD_BULLET.matcher(s).replaceFirst("");
            }
        }
        List<String> cells = new ArrayList<>();
        String[] parts = s.indexOf('\t') >= 0 ? s.split("\t")
                : s.trim().startsWith("|") ? s.trim().split("\\|") : new String[] {s};
        for (String p : parts) {
            String c = FormNormalizer.collapseSpaces(p.replace('\u00A0', ' '));
            if (!c.isEmpty()) {
                cells.add(c);
            }
        }
        return new SourceLine(number, number, String.join("\t", cells), cells);
    }

    private static void rejectBinary(String name, String text, DecodedText decoded) throws PiaReadException {
        int sample = Math.min(text.length(), 64 * 1024);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f') || c == 0x7F) {
                control++;
            }
        }
        int replaced = 0;
        for (int i = 0; i < sample; i++) {
            if (text.charAt(i) == '\uFFFD') {
                replaced++;
            }
        }
        if (sample > 0 && control * 20 > sample) {
            throw new PiaReadException(PiaReadException.Reason.BINARY,
                    "テキストではなくバイナリのファイルのようです (制御文字 " + control + "/" + sample + "): " + name);
        }
        if (sample > 0 && replaced * 4 > sample) {
            throw new PiaReadException(PiaReadException.Reason.UNDECODABLE,
                    "文字コード " + decoded.encoding() + " として解釈できない部分が多すぎます: " + name);
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
