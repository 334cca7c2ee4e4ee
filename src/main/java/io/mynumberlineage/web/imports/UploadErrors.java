package io.mynumberlineage.web.imports;

import io.mynumberlineage.security.JsonProblem;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;

/**
 * JSON answers for uploads that fail while the multipart body is parsed: 413 above the limits, 400
 * for a malformed body (a NUL in a file name, a broken boundary). Global advice: parsing happens
 * before any controller is chosen. One log line each, no stack trace.
 */
@RestControllerAdvice
public class UploadErrors {

    private static final Logger LOG = LoggerFactory.getLogger(UploadErrors.class);

    private final String maxFile;
    private final String maxRequest;

    public UploadErrors(@Value("${spring.servlet.multipart.max-file-size:1MB}") String maxFile,
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

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Map<String, Object>> malformed(MultipartException e) {
        LOG.warn("Refused a malformed multipart body: {}", e.getMostSpecificCause().getClass().getSimpleName());
        return ResponseEntity.badRequest().contentType(MediaType.APPLICATION_JSON)
                .body(JsonProblem.body("MALFORMED_UPLOAD", "アップロードの形式が正しくありません（ファイル名に使えない文字が含まれている"
                        + "などの理由で読めませんでした）。何も格納していません。"));
    }
}
