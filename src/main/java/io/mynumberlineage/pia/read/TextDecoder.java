package io.mynumberlineage.pia.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Detects the encoding of a published 評価書 text: BOMs first, then strict UTF-8 (the common case,
 * and cheap to verify), then juniversalchardet, then CP932 as the Japanese-office default.
 * Undecodable sequences are replaced and counted, so a damaged file still yields a partial result.
 */
public final class TextDecoder {

    private static final Charset CP932 = Charset.forName("windows-31j");

    public DecodedText decode(byte[] bytes) throws PiaReadException {
        List<String> warnings = new ArrayList<>();
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
            return lenient(bytes, 3, StandardCharsets.UTF_8, "UTF-8 (BOM)", warnings);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return lenient(bytes, 2, StandardCharsets.UTF_16LE, "UTF-16LE (BOM)", warnings);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return lenient(bytes, 2, StandardCharsets.UTF_16BE, "UTF-16BE (BOM)", warnings);
        }
        String strict = strictUtf8(bytes);
        // Any UTF-16 text with line breaks has NUL bytes (00 0A); Shift_JIS and UTF-8 text never do.
        if (hasNul(bytes)) {
            Charset utf16 = utf16WithoutBom(bytes);
            if (utf16 != null) {
                return lenient(bytes, 0, utf16, utf16.name(), warnings);
            }
        }
        if (strict != null) {
            return new DecodedText(strict, "UTF-8", 0, warnings);
        }
        DecodedText utf8 = lenient(bytes, 0, StandardCharsets.UTF_8, "UTF-8", new ArrayList<>());
        if (utf8.replacedSequences() * 200 < Math.max(1, utf8.text().length())) {
            // A few damaged bytes in an otherwise UTF-8 file: keep UTF-8 rather than guess another charset.
            warnings.addAll(utf8.warnings());
            return new DecodedText(utf8.text(), "UTF-8", utf8.replacedSequences(), warnings);
        }
        Charset detected = detect(bytes);
        if (detected == null) {
            detected = CP932;
            warnings.add("文字コードを判定できなかったため CP932 として読み込みました");
        }
        return lenient(bytes, 0, detected, detected.name(), warnings);
    }

    private static boolean hasNul(byte[] bytes) {
        int n = Math.min(bytes.length, 4096);
        for (int i = 0; i < n; i++) {
            if (bytes[i] == 0) {
                return true;
            }
        }
        return false;
    }

    private static String strictUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset detect(byte[] bytes) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(bytes, 0, Math.min(bytes.length, 1 << 20));
        detector.dataEnd();
        String name = detector.getDetectedCharset();
        if (name == null) {
            return null;
        }
        // CP932 is a superset of Shift_JIS that Japanese office software actually writes.
        if (name.equalsIgnoreCase("SHIFT_JIS")) {
            return CP932;
        }
        try {
            return Charset.forName(name);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** UTF-16 without BOM: the byte order under which the text reads as plausible Japanese or ASCII. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 8192) & ~1;
        if (n < 8) {
            return null;
        }
        double le = plausibility(new String(bytes, 0, n, StandardCharsets.UTF_16LE));
        double be = plausibility(new String(bytes, 0, n, StandardCharsets.UTF_16BE));
        if (Math.max(le, be) < 0.9) {
            return null;
        }
        return le >= be ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE;
    }

    private static double plausibility(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        int good = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r' || (c >= 0x2000 && c <= 0x2BFF)
                    || (c >= 0x3000 && c <= 0x9FFF) || (c >= 0xFF00 && c <= 0xFFEF)) {
                good++;
            }
        }
        return (double) good / s.length();
    }

    private static DecodedText lenient(byte[] bytes, int offset, Charset charset, String label, List<String> warnings) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        CharBuffer chars;
        try {
            chars = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        } catch (CharacterCodingException e) {
            // REPLACE never throws; kept for the checked signature.
            throw new IllegalStateException(e);
        }
        String text = chars.toString();
        int replaced = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\uFFFD') {
                replaced++;
            }
        }
        if (replaced > 0) {
            warnings.add("文字コード " + label + " で解釈できないバイト列が " + replaced + " 箇所あり、置換文字にしました");
        }
        return new DecodedText(text, label, replaced, warnings);
    }
}
