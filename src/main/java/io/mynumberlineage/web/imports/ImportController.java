package io.mynumberlineage.web.imports;

import io.mynumberlineage.ingest.DocumentIngest;
import io.mynumberlineage.ingest.IngestLimits;
import io.mynumberlineage.ingest.IngestProgress;
import io.mynumberlineage.ingest.SourceFile;
import io.mynumberlineage.security.JsonProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports}: multipart, one or more {@code files} parts, each a 評価書 text or a
 * manifest {@code .json}. ADMIN only (see SecurityConfiguration). Every file is read before anything
 * is written: 200 with what was stored, or 422 when any file was refused.
 */
@RestController
public class ImportController {

    private static final Logger LOG = LoggerFactory.getLogger(ImportController.class);

    private final DocumentIngest ingest;
    private final IngestLimits limits;

    public ImportController(DocumentIngest ingest, IngestLimits limits) {
        this.ingest = ingest;
        this.limits = limits;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ImportReport> upload(@RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        ImportReport report = importAll(files == null ? List.of() : files);
        return ResponseEntity.status(report.stored() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }

    private ImportReport importAll(List<MultipartFile> files) throws IOException {
        if (files.isEmpty()) {
            return ImportReport.refused("ファイルがありません。");
        }
        if (files.size() > limits.maxFiles()) {
            return ImportReport.refused("一度に取り込めるのは " + limits.maxFiles() + " ファイルまでです（" + files.size() + " ファイル）。");
        }
        List<SourceFile> uploaded = new ArrayList<>();
        for (MultipartFile file : files) {
            uploaded.add(new SourceFile(file.getOriginalFilename(), file.getBytes()));
        }
        var report = ingest.ingest(uploaded, DocumentIngest.OnRefusal.STORE_NOTHING, IngestProgress.NONE);
        LOG.info("Upload stored {} of {} file(s)", report.stored().size(), uploaded.size());
        return ImportReport.of(report);
    }

    /** A body that is not multipart as announced. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> notMultipart(MultipartException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(JsonProblem.body("BAD_UPLOAD", "アップロードを読めませんでした（multipart/form-data で files を送ってください）。"));
    }
}
