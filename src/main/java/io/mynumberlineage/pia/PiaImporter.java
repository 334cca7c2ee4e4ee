package io.mynumberlineage.pia;

import io.mynumberlineage.guard.MyNumberDetector;
import io.mynumberlineage.guard.MyNumberRejected;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.annex.AnnexRecipientExtractor;
import io.mynumberlineage.pia.extract.AnnexRecipients;
import io.mynumberlineage.pia.extract.Extraction;
import io.mynumberlineage.pia.extract.PiaExtractor;
import io.mynumberlineage.pia.read.PiaDocument;
import io.mynumberlineage.pia.read.PiaReadException;
import io.mynumberlineage.pia.read.PiaReader;
import io.mynumberlineage.pia.read.TextLimits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Facade: 評価書 file → {@link ImportOutcome}. Reads and extracts without touching any store
 * (loading is the graph's job), so it backs {@code import --dry-run}. Bad documents give a typed
 * error or a partial manifest with warnings, never an exception.
 */
@Component
public class PiaImporter {

    private final long maxBytes;
    private final PiaReader reader;
    private final PiaExtractor extractor;

    public PiaImporter() {
        this(PiaReader.DEFAULT_MAX_BYTES);
    }

    public PiaImporter(long maxBytes) {
        this(maxBytes, annexLists());
    }

    /** 別紙 recipient lists come from the annex extractor, which also rebuilds PDF-scrambled pages. */
    private static AnnexRecipients annexLists() {
        var annex = new AnnexRecipientExtractor();
        return (name, lines) -> {
            var result = annex.extract(name, lines);
            var flows = new java.util.ArrayList<>(result.provisions());
            flows.addAll(result.transfers());
            return new AnnexRecipients.AnnexFlows(flows, result.unparsed(), result.warnings());
        };
    }

    public PiaImporter(long maxBytes, TextLimits limits) {
        this(maxBytes, limits, annexLists());
    }

    /** @param annex source of 提供先/移転先 listed in a 別紙 (the annex extractor, adapted) */
    public PiaImporter(long maxBytes, AnnexRecipients annex) {
        this(maxBytes, TextLimits.DEFAULT, annex);
    }

    private PiaImporter(long maxBytes, TextLimits limits, AnnexRecipients annex) {
        this.maxBytes = maxBytes;
        this.reader = new PiaReader(maxBytes, limits);
        this.extractor = new PiaExtractor(annex);
    }

    public ImportOutcome importFile(Path file) {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                return ImportOutcome.failure(new ImportError(name, PiaReadException.Reason.TOO_LARGE.name(),
                        "ファイルが大きすぎます (" + size + " バイト、上限 " + maxBytes + " バイト): " + name));
            }
            return importBytes(name, Files.readAllBytes(file));
        } catch (IOException e) {
            return ImportOutcome.failure(new ImportError(name, PiaReadException.Reason.IO.name(),
                    "ファイルを読めません: " + name + " (" + e.getMessage() + ")"));
        }
    }

    public ImportOutcome importBytes(String name, byte[] bytes) {
        if (MyNumberDetector.containsMyNumber(name)) {
            return ImportOutcome.failure(new ImportError("（表示しないファイル名）", "MY_NUMBER",
                    "ファイル名に" + MyNumberRejected.SHORT));
        }
        try {
            PiaDocument doc = reader.read(name, bytes);
            int myNumberLine = MyNumberDetector.firstLineWithMyNumber(doc.normalizedLines());
            if (myNumberLine > 0) {
                // Published 評価書 never contain a real 個人番号; refuse rather than store one.
                return ImportOutcome.failure(new ImportError(name, "MY_NUMBER",
                        myNumberLine + " 行目に" + MyNumberRejected.SHORT + " (" + name + ")"));
            }
            Extraction extraction = extractor.extract(doc);
            if (!extraction.formRecognised()) {
                return ImportOutcome.failure(new ImportError(name, "NOT_A_PIA",
                        "特定個人情報保護評価書の見出しや項目が見つかりません: " + name));
            }
            Manifest manifest = extraction.manifest();
            return ImportOutcome.success(name, manifest, extraction.coverage());
        } catch (PiaReadException e) {
            return ImportOutcome.failure(new ImportError(name, e.reason().name(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            // A defect in the extractor must not take the whole batch down; report it per document.
            return ImportOutcome.failure(new ImportError(name, "INTERNAL",
                    "取り込み処理の内部エラー: " + name + " (" + e + ")"));
        }
    }
}
