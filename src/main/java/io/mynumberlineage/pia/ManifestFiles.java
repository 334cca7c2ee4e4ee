package io.mynumberlineage.pia;

import io.mynumberlineage.guard.MyNumberDetector;
import io.mynumberlineage.guard.MyNumberRejected;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.ManifestJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A manifest from any file a user hands over: {@code .json} files are manifests (schema-checked),
 * anything else is a 評価書 that the importer reads.
 */
public final class ManifestFiles {

    private static final ManifestJson JSON = new ManifestJson();
    private static final Pattern SHA256_FIELD = Pattern.compile("\"sha256\"\\s*:\\s*\"[0-9a-fA-F]*\"");

    private final PiaImporter importer;

    public ManifestFiles(PiaImporter importer) {
        this.importer = importer;
    }

    /** @throws DocumentRejected when the file is not a readable manifest or 評価書, with the reason in Japanese */
    public Manifest read(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json")) {
            String json = Files.readString(file, StandardCharsets.UTF_8);
            // The same refusal as for 評価書 text. A source hash is hex and may hold a 12-digit run
            // by chance, so it is left out of the check.
            // Escapes are decoded by the detector, so \\u0031… in a value is seen as the digit it stands for.
            if (MyNumberDetector.containsMyNumber(SHA256_FIELD.matcher(json).replaceAll(""))) {
                throw new DocumentRejected("マニフェストに" + MyNumberRejected.SHORT);
            }
            try {
                return JSON.read(json);
            } catch (RuntimeException e) {
                throw new DocumentRejected(e.getMessage());
            }
        }
        ImportOutcome outcome = importer.importFile(file);
        if (!outcome.ok()) {
            throw new DocumentRejected(outcome.error().message());
        }
        return outcome.manifest();
    }

    /** A file that yields no manifest; the message says why. */
    public static class DocumentRejected extends IllegalArgumentException {
        public DocumentRejected(String message) {
            super(message);
        }
    }
}
