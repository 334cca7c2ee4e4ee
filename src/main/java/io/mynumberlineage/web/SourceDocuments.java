package io.mynumberlineage.web;

import io.mynumberlineage.pia.read.PiaReadException;
import io.mynumberlineage.pia.read.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The imported 評価書 as their original text files, read by name from one directory so the
 * explorer can show the lines a fact was taken from. Provenance names a document by its file name
 * only; anything that is not a plain file name inside the directory is refused, so a request can
 * never read another file of the machine.
 */
@Component
public class SourceDocuments {

    static final long MAX_BYTES = 32L * 1024 * 1024;
    private static final Pattern PLAIN_NAME = Pattern.compile("[^/\\\\:\\x00-\\x1f]{1,255}");
    private static final TextDecoder DECODER = new TextDecoder();

    private final Path directory;

    public SourceDocuments(@Value("${lineage.sources-dir:}") String sourcesDir,
            @Value("${lineage.data-dir:${user.home}/.mynumber-lineage}") String dataDir) {
        this.directory = (sourcesDir == null || sourcesDir.isBlank() ? Path.of(dataDir, "sources") : Path.of(sourcesDir))
                .toAbsolutePath().normalize();
    }

    public Path directory() {
        return directory;
    }

    /**
     * Keeps a copy of an imported document under its own file name, so the explorer can show the
     * text around each fact's line. A later import of a file with the same name replaces it.
     */
    public void keep(Path original) throws IOException {
        String name = original.getFileName().toString();
        if (!isPlainName(name)) {
            return;
        }
        Files.createDirectories(directory);
        Files.copy(original, directory.resolve(name), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** True when the name could be a file directly inside the directory. */
    static boolean isPlainName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..")
                && !name.startsWith(".") && name.strip().equals(name);
    }

    /** The document's lines (line 1 first), or empty when there is no such document. */
    public Optional<List<String>> lines(String name) throws IOException {
        if (!isPlainName(name) || !Files.isDirectory(directory)) {
            return Optional.empty();
        }
        Path file = directory.resolve(name).normalize();
        if (!directory.equals(file.getParent()) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("原文が大きすぎます: " + name);
        }
        return Optional.of(split(decode(Files.readAllBytes(file))));
    }

    /** Same line breaks as the reader that made the provenance, so line numbers agree. */
    static List<String> split(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\r\n|\r|\n", -1)));
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            lines.set(0, lines.get(0).substring(1));
        }
        return lines;
    }

    /** The importer's own decoding, so the lines shown are the lines the provenance counted. */
    static String decode(byte[] bytes) throws IOException {
        try {
            return DECODER.decode(bytes).text();
        } catch (PiaReadException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
