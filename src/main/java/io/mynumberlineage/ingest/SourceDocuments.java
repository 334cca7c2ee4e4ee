package io.mynumberlineage.ingest;

import io.mynumberlineage.pia.read.PiaReadException;
import io.mynumberlineage.pia.read.TextDecoder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
    private static final Pattern HASH = Pattern.compile("[0-9a-fA-F]{64}");
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
     * Keeps a copy of an imported document under the SHA-256 of its bytes, the hash its manifest
     * records, so the explorer can show the text around each fact's line. Two different documents
     * with one file name never replace each other, and keeping the same bytes again writes nothing.
     * Callers keep the source before loading its manifest: a crash in between leaves an unused
     * copy, never a stored document without its text.
     */
    public void keep(byte[] bytes) throws IOException {
        Path target = byHash().resolve(HexFormat.of().formatHex(sha256(bytes)));
        if (Files.exists(target)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Path partial = Files.createTempFile(target.getParent(), ".keep-", ".part");
        Files.write(partial, bytes);
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** The lines of the document whose bytes hash to {@code sha256}, or empty when none is kept. */
    public Optional<List<String>> linesByHash(String sha256) throws IOException {
        if (sha256 == null || !HASH.matcher(sha256).matches()) {
            return Optional.empty();
        }
        return read(byHash().resolve(sha256.toLowerCase(java.util.Locale.ROOT)));
    }

    private Path byHash() {
        return directory.resolve("sha256");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** True when the name could be a file directly inside the directory. */
    public static boolean isPlainName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches() && !name.equals(".") && !name.equals("..")
                && !name.startsWith(".") && name.strip().equals(name);
    }

    /**
     * The lines (line 1 first) of a document kept by file name, as stores written before sources
     * were kept by hash have them; empty when there is no such document.
     */
    public Optional<List<String>> lines(String name) throws IOException {
        if (!isPlainName(name) || !Files.isDirectory(directory)) {
            return Optional.empty();
        }
        Path file = directory.resolve(name).normalize();
        if (!directory.equals(file.getParent())) {
            return Optional.empty();
        }
        return read(file);
    }

    private Optional<List<String>> read(Path file) throws IOException {
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("原文が大きすぎます");
        }
        return Optional.of(split(decode(Files.readAllBytes(file))));
    }

    /** Same line breaks as the reader that made the provenance, so line numbers agree. */
    public static List<String> split(String text) {
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
