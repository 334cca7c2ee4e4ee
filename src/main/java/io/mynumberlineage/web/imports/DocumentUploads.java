package io.mynumberlineage.web.imports;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.mynumberlineage.audit.AuditRunner;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.guard.MyNumberDetector;
import io.mynumberlineage.guard.MyNumberRejected;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.ManifestFiles;
import io.mynumberlineage.pia.PiaImporter;
import io.mynumberlineage.pia.read.DecodedText;
import io.mynumberlineage.pia.read.PiaReadException;
import io.mynumberlineage.pia.read.TextDecoder;
import io.mynumberlineage.web.SourceDocuments;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.util.FileSystemUtils;

/**
 * Uploaded 評価書 and manifests into the store, through the same importer as the CLI. Every file
 * is read and checked first; only when all of them yield a manifest is anything written, so a
 * refused upload stores nothing. Loading is one transaction per document (the loader's unit), so a
 * database failure half-way keeps the documents loaded before it; the report lists them.
 */
@Service
public class DocumentUploads {

    private static final Logger LOG = LoggerFactory.getLogger(DocumentUploads.class);
    private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\:\\x00-\\x1f]{1,200}");
    private static final TextDecoder DECODER = new TextDecoder();

    private final ManifestFiles manifestFiles;
    private final ManifestLoader loader;
    private final SourceDocuments sources;
    private final AuditRunner audit;
    private final ImportLimits limits;
    private final JsonFactory json;

    public DocumentUploads(PiaImporter importer, ManifestLoader loader, SourceDocuments sources, AuditRunner audit,
            ImportLimits limits) {
        this.manifestFiles = new ManifestFiles(importer);
        this.loader = loader;
        this.sources = sources;
        this.audit = audit;
        this.limits = limits;
        this.json = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
                .maxNestingDepth(limits.maxJsonDepth())
                .maxStringLength(limits.maxJsonStringChars())
                .maxNumberLength(100)
                .maxNameLength(1000)
                .build()).build();
    }

    public ImportReport importAll(List<UploadedFile> files) throws IOException {
        if (files.isEmpty()) {
            return new ImportReport(false, List.of(), List.of(new ImportReport.Rejected("", "ファイルがありません。")), null);
        }
        if (files.size() > limits.maxFiles()) {
            return new ImportReport(false, List.of(), List.of(new ImportReport.Rejected("",
                    "一度に取り込めるのは " + limits.maxFiles() + " ファイルまでです（" + files.size() + " ファイル）。")), null);
        }
        Path work = Files.createTempDirectory("lineage-upload-");
        try {
            Map<Path, Manifest> manifests = new LinkedHashMap<>();
            List<ImportReport.Rejected> rejected = new ArrayList<>();
            for (UploadedFile file : files) {
                String problem = check(file);
                if (problem != null) {
                    rejected.add(new ImportReport.Rejected(shownName(file.name()), problem));
                    continue;
                }
                // The importer reads files; each gets its own directory so equal names cannot clash.
                Path copy = Files.createDirectory(work.resolve(String.valueOf(manifests.size() + rejected.size())))
                        .resolve(file.name());
                Files.write(copy, file.bytes());
                try {
                    manifests.put(copy, manifestFiles.read(copy));
                } catch (RuntimeException | IOException e) {
                    rejected.add(new ImportReport.Rejected(shownName(file.name()), japanese(e)));
                }
            }
            if (!rejected.isEmpty()) {
                return new ImportReport(false, List.of(), rejected, null);
            }
            List<ImportReport.Loaded> loaded = new ArrayList<>();
            for (var entry : manifests.entrySet()) {
                String name = entry.getKey().getFileName().toString();
                if (!isJson(name)) {
                    // First: a crash after this leaves an unused copy, never a document without its text.
                    sources.keep(entry.getKey());
                }
                var result = loader.load(entry.getValue());
                loaded.add(new ImportReport.Loaded(name, result.assessmentId(), result.created(), result.flows(),
                        result.versions()));
            }
            // Only what the upload touched: its municipalities, seconds even on a national store.
            int findings = audit.recheck(loaded.stream().map(ImportReport.Loaded::assessmentId).toList()).findings();
            LOG.info("Upload stored {} document(s)", loaded.size());
            return new ImportReport(true, loaded, List.of(), findings);
        } finally {
            FileSystemUtils.deleteRecursively(work);
        }
    }

    /** Why a file cannot be imported before the importer sees it, or null. */
    String check(UploadedFile file) {
        String name = file.name();
        if (MyNumberDetector.containsMyNumber(name)) {
            return "ファイル名に" + MyNumberRejected.SHORT + "ファイル名を変えてから取り込んでください。";
        }
        if (name == null || !PLAIN_NAME.matcher(name).matches() || name.startsWith(".") || !name.strip().equals(name)) {
            return "ファイル名が使えません（フォルダ名や制御文字を含まない 200 文字以内の名前にしてください）。";
        }
        if (file.bytes().length == 0) {
            return "空のファイルです。";
        }
        return isJson(name) ? checkManifestJson(file.bytes()) : checkText(file.bytes());
    }

    private String checkManifestJson(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
        } catch (CharacterCodingException e) {
            return "マニフェスト（JSON）が UTF-8 として正しくありません。";
        }
        // A streaming pass with hard bounds before the tree is built: deep nesting and huge strings
        // are refused without allocating them.
        try (JsonParser parser = json.createParser(bytes)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_STRING) {
                    // The length bound applies when the text is read, not when it is skipped.
                    parser.getText();
                }
            }
        } catch (StreamConstraintsException e) {
            return "マニフェスト（JSON）が大きすぎるか入れ子が深すぎます（入れ子の上限 " + limits.maxJsonDepth()
                    + "、文字列の上限 " + limits.maxJsonStringChars() + " 文字）。";
        } catch (IOException e) {
            return "マニフェスト（JSON）の書式が正しくありません。";
        }
        return null;
    }

    private String checkText(byte[] bytes) {
        DecodedText decoded;
        try {
            decoded = DECODER.decode(bytes);
        } catch (PiaReadException e) {
            return e.getMessage();
        }
        String text = decoded.text();
        if (text.length() > limits.maxDecodedChars()) {
            return "評価書の文字数が多すぎます（" + text.length() + " 文字、上限 " + limits.maxDecodedChars() + " 文字）。";
        }
        int line = 0;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
                if (i < text.length() && text.charAt(i) == '\n' && i > 0 && text.charAt(i - 1) == '\r') {
                    start = i + 1;
                    continue;
                }
                line++;
                if (i - start > limits.maxLineChars()) {
                    return "評価書の " + line + " 行目が長すぎます（" + (i - start) + " 文字、上限 " + limits.maxLineChars()
                            + " 文字）。改行のないテキストや変換に失敗したファイルは取り込めません。";
                }
                start = i + 1;
            }
        }
        return null;
    }

    private static boolean isJson(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The name as the report may show it: never a possible 個人番号, never control characters. */
    private static String shownName(String name) {
        if (name == null) {
            return "";
        }
        if (MyNumberDetector.containsMyNumber(name)) {
            return "（表示しないファイル名）";
        }
        String s = name.replaceAll("[\\x00-\\x1f]", "?");
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    /** Our own exceptions carry Japanese messages; anything else is named only generically. */
    private static String japanese(Exception e) {
        if (e instanceof ManifestFiles.DocumentRejected || e instanceof io.mynumberlineage.manifest.ManifestValidationException) {
            return e.getMessage();
        }
        return "ファイルを読み込めませんでした。";
    }
}
