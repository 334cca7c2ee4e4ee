package io.mynumberlineage.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.mynumberlineage.guard.MyNumberDetector;
import io.mynumberlineage.guard.MyNumberRejected;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.ManifestJson;
import io.mynumberlineage.pia.ImportOutcome;
import io.mynumberlineage.pia.PiaImporter;
import io.mynumberlineage.pia.extract.LineCoverage;
import io.mynumberlineage.pia.read.PiaReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * A manifest from any file a user hands over, its bytes decoded once: {@code .json} files are
 * manifests (bounded while streaming, then schema-checked), anything else is a 評価書 the importer
 * reads within the same {@link IngestLimits}. Everything refused is a {@link DocumentRejected} with
 * its reason in Japanese; nothing here touches a store, so {@code check} and {@code --dry-run} use it
 * as the import does.
 */
public final class DocumentReader {

    private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\:\\x00-\\x1f]{1,200}");
    private static final Pattern SHA256_FIELD = Pattern.compile("\"sha256\"\\s*:\\s*\"[0-9a-fA-F]*\"");
    private static final ManifestJson JSON = new ManifestJson();

    private final IngestLimits limits;
    private final PiaImporter importer;
    private final JsonFactory json;

    public DocumentReader(IngestLimits limits) {
        this.limits = limits;
        this.importer = new PiaImporter(PiaReader.DEFAULT_MAX_BYTES, limits.text());
        this.json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth())
                .maxStringLength(limits.maxJsonStringChars())
                .maxNumberLength(100)
                .maxNameLength(1000)
                .build()).build();
    }

    /** A file read: its manifest, and for a 評価書 how many of its lines were placed (null for a manifest). */
    public record ReadDocument(SourceFile file, Manifest manifest, LineCoverage coverage) {

        public boolean isManifest() {
            return coverage == null;
        }
    }

    /** @throws DocumentRejected when the file yields no manifest */
    public ReadDocument read(SourceFile file) {
        checkName(file.name());
        if (file.bytes().length == 0) {
            throw new DocumentRejected("空のファイルです。");
        }
        if (file.isManifest()) {
            return new ReadDocument(file, manifest(file.bytes()), null);
        }
        ImportOutcome outcome = importer.importBytes(file.name(), file.bytes());
        if (!outcome.ok()) {
            throw new DocumentRejected(outcome.error().message());
        }
        return new ReadDocument(file, outcome.manifest(), outcome.coverage());
    }

    /** The name as a report may show it: never a possible 個人番号, never control characters. */
    public static String shownName(String name) {
        if (name == null) {
            return "";
        }
        if (MyNumberDetector.containsMyNumber(name)) {
            return "（表示しないファイル名）";
        }
        String s = name.replaceAll("[\\x00-\\x1f]", "?");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    private static void checkName(String name) {
        if (MyNumberDetector.containsMyNumber(name)) {
            throw new DocumentRejected("ファイル名に" + MyNumberRejected.SHORT + "ファイル名を変えてから取り込んでください。");
        }
        if (name == null || !PLAIN_NAME.matcher(name).matches() || name.startsWith(".") || !name.strip().equals(name)) {
            throw new DocumentRejected("ファイル名が使えません（フォルダ名や制御文字を含まない 200 文字以内の名前にしてください）。");
        }
    }

    private Manifest manifest(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new DocumentRejected("マニフェスト（JSON）が UTF-8 として正しくありません。");
        }
        checkBounds(text);
        // The same refusal as for 評価書 text. A source hash is hex and may hold a 12-digit run by
        // chance, so it is left out; escapes (\u0031…) are decoded by the detector.
        if (MyNumberDetector.containsMyNumber(SHA256_FIELD.matcher(text).replaceAll(""))) {
            throw new DocumentRejected("マニフェストに" + MyNumberRejected.SHORT);
        }
        try {
            return JSON.read(text);
        } catch (RuntimeException e) {
            throw new DocumentRejected(e.getMessage());
        }
    }

    /** A streaming pass with hard bounds before the tree is built: deep nesting and huge strings are refused unallocated. */
    private void checkBounds(String text) {
        try (JsonParser parser = json.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    // The length bound applies when the text is read, not when it is skipped.
                    parser.getText();
                }
            }
        } catch (StreamConstraintsException e) {
            throw new DocumentRejected("マニフェスト（JSON）が大きすぎるか入れ子が深すぎます（入れ子の上限 " + limits.maxJsonDepth()
                    + "、文字列の上限 " + limits.maxJsonStringChars() + " 文字）。");
        } catch (IOException e) {
            throw new DocumentRejected("マニフェスト（JSON）の書式が正しくありません。");
        }
    }
}
