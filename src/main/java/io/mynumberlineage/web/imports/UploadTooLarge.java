package io.mynumberlineage.web.imports;

import io.mynumberlineage.security.JsonProblem;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * 413 with a JSON body for an upload above the multipart limits. Global advice: the limit is hit
 * while the request is parsed, before any controller is chosen.
 */
@RestControllerAdvice
public class UploadTooLarge {

    private final String maxFile;
    private final String maxRequest;

    public UploadTooLarge(@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFile,
            @Value("${spring.servlet.multipart.max-request-size:10MB}") String maxRequest) {
        this.maxFile = maxFile;
        this.maxRequest = maxRequest;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).contentType(MediaType.APPLICATION_JSON)
                .body(JsonProblem.body("UPLOAD_TOO_LARGE", "アップロードが大きすぎます（1 ファイル " + maxFile
                        + "、合計 " + maxRequest + " まで）。何も格納していません。"));
    }
}
