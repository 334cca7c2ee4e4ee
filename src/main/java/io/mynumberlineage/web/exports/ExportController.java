package io.mynumberlineage.web.exports;

import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.graph.ManifestExporter;
import io.mynumberlineage.security.JsonProblem;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The stored manifests over HTTP, as the CLI's {@code export} writes them: exactly what was loaded,
 * for audit trails. AUDITOR only (see SecurityConfiguration, {@code /api/exports/**}).
 */
@RestController
public class ExportController {

    private final ManifestExporter exporter;

    public ExportController(ManifestExporter exporter) {
        this.exporter = exporter;
    }

    /** Ids of every stored assessment version, for {@code /api/exports/manifest?id=}. */
    @GetMapping(path = "/api/exports/assessments", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<String> assessments() {
        return exporter.assessmentIds();
    }

    @GetMapping(path = "/api/exports/manifest")
    public ResponseEntity<?> manifest(@RequestParam String id) {
        if (id.length() > 500 || !exporter.assessmentIds().contains(id)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_JSON)
                    .body(JsonProblem.body("NOT_FOUND", "その評価書の版はありません。"));
        }
        byte[] json = ManifestCodec.toJson(exporter.manifest(id).manifest());
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("manifest.json").build().toString())
                .body(json);
    }
}
