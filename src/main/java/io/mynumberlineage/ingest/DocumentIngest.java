package io.mynumberlineage.ingest;

import io.mynumberlineage.audit.AuditRun;
import io.mynumberlineage.audit.AuditRunner;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.graph.ManifestLoader.LoadResult;
import io.mynumberlineage.ingest.DocumentReader.ReadDocument;
import io.mynumberlineage.ingest.IngestReport.Refused;
import io.mynumberlineage.ingest.IngestReport.Stored;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one import pipeline: files are read (each decoded once), their source text kept under its
 * hash, their manifests loaded {@value ManifestLoader#BULK_BATCH} at a time, and the municipalities
 * they touched re-audited. Each document is all or nothing; a batch the store refuses is loaded
 * again one document at a time, so a failure is reported against its own file.
 */
@Service
public class DocumentIngest {

    private static final Logger log = LoggerFactory.getLogger(DocumentIngest.class);

    /** What a refused file means for the others. */
    public enum OnRefusal {
        /** Every file is read before anything is written; one refused file means none is stored (uploads). */
        STORE_NOTHING,
        /** The readable files are stored whatever happens to the others (the CLI, the demo data). */
        STORE_THE_REST
    }

    private final DocumentReader reader;
    private final ManifestLoader loader;
    private final SourceDocuments sources;
    private final AuditRunner audit;

    public DocumentIngest(IngestLimits limits, ManifestLoader loader, SourceDocuments sources, AuditRunner audit) {
        this.reader = new DocumentReader(limits);
        this.loader = loader;
        this.sources = sources;
        this.audit = audit;
    }

    public IngestReport ingest(List<SourceFile> files, OnRefusal onRefusal, IngestProgress progress) {
        List<Stored> stored = new ArrayList<>();
        List<Refused> refused = new ArrayList<>();
        // Reading all first is what lets STORE_NOTHING refuse before writing; otherwise one batch at a
        // time keeps memory bounded by the batch.
        int window = onRefusal == OnRefusal.STORE_NOTHING ? Math.max(1, files.size()) : ManifestLoader.BULK_BATCH;
        for (int from = 0; from < files.size(); from += window) {
            int to = Math.min(files.size(), from + window);
            List<Indexed> read = read(files, from, to, refused, progress);
            if (onRefusal == OnRefusal.STORE_NOTHING && !refused.isEmpty()) {
                return new IngestReport(List.of(), refused, null);
            }
            for (int start = 0; start < read.size(); start += ManifestLoader.BULK_BATCH) {
                store(read.subList(start, Math.min(read.size(), start + ManifestLoader.BULK_BATCH)), stored, refused);
                progress.stored(stored.size() + refused.size(), files.size());
            }
        }
        stored.sort(Comparator.comparingInt(Stored::index));
        refused.sort(Comparator.comparingInt(Refused::index));
        return new IngestReport(stored, refused, stored.isEmpty() ? null : recheck(stored));
    }

    private record Indexed(int index, ReadDocument document) {

        String file() {
            return DocumentReader.shownName(document.file().name());
        }
    }

    private List<Indexed> read(List<SourceFile> files, int from, int to, List<Refused> refused, IngestProgress progress) {
        List<Indexed> read = new ArrayList<>();
        for (int i = from; i < to; i++) {
            SourceFile file = files.get(i);
            String shown = DocumentReader.shownName(file.name());
            progress.reading(i, files.size(), shown);
            try {
                read.add(new Indexed(i, reader.read(file)));
            } catch (DocumentRejected e) {
                refused.add(new Refused(i, shown, e.getMessage(), true));
            } catch (RuntimeException e) {
                // Not one of our refusals: its message is not meant for people and may quote the input.
                log.warn("{} を読み込めませんでした: {}", shown, e.getClass().getName());
                refused.add(new Refused(i, shown, "ファイルを読み込めませんでした。", true));
            }
        }
        return read;
    }

    private void store(List<Indexed> batch, List<Stored> stored, List<Refused> refused) {
        List<Indexed> kept = new ArrayList<>();
        for (Indexed document : batch) {
            try {
                if (!document.document().isManifest()) {
                    // Before the graph: a crash in between leaves an unused copy, never a document without its text.
                    sources.keep(document.document().file().bytes());
                }
                kept.add(document);
            } catch (IOException e) {
                refused.add(new Refused(document.index(), document.file(),
                        "原文の控えを保存できなかったため格納しませんでした: " + e.getMessage(), false));
            }
        }
        List<LoadResult> together = loadTogether(kept);
        for (int i = 0; i < kept.size(); i++) {
            Indexed document = kept.get(i);
            try {
                LoadResult result = together != null ? together.get(i) : loader.load(document.document().manifest());
                stored.add(new Stored(document.index(), document.file(), result));
            } catch (RuntimeException e) {
                log.warn("{} を格納できませんでした", document.file(), e);
                refused.add(new Refused(document.index(), document.file(),
                        "格納できませんでした（この文書は何も書き込まれていません）: " + e.getMessage(), false));
            }
        }
    }

    /** Null when the batch failed as a whole: its documents are then loaded one by one. */
    private List<LoadResult> loadTogether(List<Indexed> batch) {
        if (batch.size() < 2) {
            return null;
        }
        try {
            return loader.loadAll(batch.stream().map(d -> d.document().manifest()).toList());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private AuditRun recheck(List<Stored> stored) {
        try {
            // Only what the import touched: its municipalities, seconds even on a national store.
            return audit.recheck(stored.stream().map(s -> s.result().assessmentId()).toList());
        } catch (RuntimeException e) {
            log.warn("取り込んだ文書の監査を実行できませんでした（runAudit で再実行できます）", e);
            return null;
        }
    }
}
