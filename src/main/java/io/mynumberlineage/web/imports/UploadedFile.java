package io.mynumberlineage.web.imports;

/** One uploaded file: the name the client gave it and its bytes. */
public record UploadedFile(String name, byte[] bytes) {
}
