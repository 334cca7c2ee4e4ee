package io.mynumberlineage.ingest;

import io.mynumberlineage.pia.read.PiaReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * One document handed over, as bytes read once. {@code name} is the file name the provenance of its
 * facts will carry (never a folder).
 */
public record SourceFile(String name, byte[] bytes) {

    /** Reads a file whole, refusing before reading one larger than the importer takes. */
    public static SourceFile read(Path file) throws IOException {
        long maxBytes = PiaReader.DEFAULT_MAX_BYTES;
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        long size = Files.size(file);
        if (size > maxBytes) {
            throw new DocumentRejected("ファイルが大きすぎます（" + size + " バイト、上限 " + maxBytes + " バイト）。");
        }
        return new SourceFile(name, Files.readAllBytes(file));
    }

    boolean isManifest() {
        return name != null && name.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
    }
}
