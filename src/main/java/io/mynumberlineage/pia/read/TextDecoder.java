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
        Charset utf16 = utf16WithoutBom(bytes);
        if (utf16 != null) {
            return lenient(bytes, 0, utf16, utf16.name(), warnings);
        }
        String strict = strictUtf8(bytes);
        if (strict != null) {
            return new DecodedText(strict, "UTF-8", 0, warnings);
        }
        Charset detected = detect(bytes);
        if (detected == null) {
            detected = CP932;
            warnings.add("文字コードを判定できなかったため CP932 として読み込みました");
        }
        return lenient(bytes, 0, detected, detected.name(), warnings);
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

    /** Japanese text in UTF-16 without BOM has a zero byte in most code units of ASCII runs. */
    private static Charset utf16WithoutBom(byte[] bytes) {
        int n = Math.min(bytes.length, 4096) & ~1;
        if (n < 8) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i < n; i += 2) {
            if (bytes[i] == 0) {
                zeroEven++;
            }
            if (bytes[i + 1] == 0) {
                zeroOdd++;
            }
        }
        int units = n / 2;
        if (zeroOdd > units / 4 && zeroEven < units / 50) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven > units / 4 && zeroOdd < units / 50) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
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
