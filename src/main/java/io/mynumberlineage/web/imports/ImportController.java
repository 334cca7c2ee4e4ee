package io.mynumberlineage.web.imports;

import io.mynumberlineage.security.JsonProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * manifest {@code .json}. ADMIN only (see SecurityConfiguration). 200 with what was stored, or
 * 422 when any file was refused — then nothing was stored.
 */
@RestController
public class ImportController {

    private final DocumentUploads uploads;

    public ImportController(DocumentUploads uploads) {
        this.uploads = uploads;
    }

    @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    public ResponseEntity<ImportReport> upload(@RequestParam(name = "files", required = false) List<MultipartFile> files)
            throws IOException {
        List<UploadedFile> uploaded = new ArrayList<>();
        for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
            uploaded.add(new UploadedFile(file.getOriginalFilename(), file.getBytes()));
        }
        ImportReport report = uploads.importAll(uploaded);
        return ResponseEntity.status(report.stored() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
    }

    /** A body that is not multipart as announced. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> notMultipart(MultipartException e) {
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(JsonProblem.body("BAD_UPLOAD", "アップロードを読めませんでした（multipart/form-data で files を送ってください）。"));
    }
}
