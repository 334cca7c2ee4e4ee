package io.mynumberlineage.graph;

import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.ManifestJson;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * Manifest JSON in and out for the loader, the demo data and export, always through the
 * schema-validating {@link ManifestJson}: nothing enters or leaves the store unchecked. A stored
 * copy of each loaded manifest is kept gzip-compressed on its Assessment node, so export gives
 * back exactly what was loaded.
 */
public final class ManifestCodec {

    private static final ManifestJson JSON = new ManifestJson();

    private ManifestCodec() {
    }

    public static Manifest read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    public static Manifest read(InputStream in) throws IOException {
        return JSON.read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }

    public static void write(Manifest manifest, Path file) throws IOException {
        Files.write(file, toJson(manifest));
    }

    public static byte[] toJson(Manifest manifest) {
        return JSON.write(manifest).getBytes(StandardCharsets.UTF_8);
    }

    /** @param json the manifest as {@link #toJson} wrote it */
    public static byte[] gzip(byte[] json) {
        var bytes = new ByteArrayOutputStream();
        try (var out = new GZIPOutputStream(bytes)) {
            out.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Manifest gunzip(byte[] stored) {
        try (var in = new GZIPInputStream(new ByteArrayInputStream(stored))) {
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Hex SHA-256 of the manifest's JSON ({@link #toJson}), for hand-written manifests that carry no source hash. */
    public static String sha256(byte[] json) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
