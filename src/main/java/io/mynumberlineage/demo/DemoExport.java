package io.mynumberlineage.demo;

import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.ImportOutcome;
import io.mynumberlineage.pia.PiaImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Derives the demo manifests from a folder of 評価書 ({@code export --demo}): each document is read
 * with the importer and written as {@code <document name>.json} without its text
 * ({@link DemoManifests}). The test that keeps the shipped demo data current uses the same steps.
 */
public final class DemoExport {

    /** Where the shipped demo manifests live in the source tree, and the command that rewrites them. */
    public static final String SOURCE_DIR = "src/main/resources/demo";

    /** The one command that rewrites the shipped demo manifests from the seed documents in {@code seeds}. */
    public static String regenerateCommand(Path seeds) {
        return "mvn -q -DskipTests package && java -jar target/mynumber-lineage-*.jar export --demo "
                + seeds + " " + SOURCE_DIR;
    }

    private final PiaImporter importer;

    public DemoExport(PiaImporter importer) {
        this.importer = importer;
    }

    /** The demo manifest of every document in {@code documents}, keyed by the file name it is shipped as. */
    public Map<String, Manifest> derive(Path documents) throws IOException {
        Map<String, Manifest> manifests = new LinkedHashMap<>();
        for (Path document : documents(documents)) {
            ImportOutcome outcome = importer.importFile(document);
            if (!outcome.ok()) {
                throw new IOException(document.getFileName() + ": " + outcome.error().message());
            }
            manifests.put(shippedName(document), DemoManifests.derive(outcome.manifest()));
        }
        return manifests;
    }

    /** Writes {@link #derive} into {@code target}; returns the files written. */
    public List<Path> write(Path documents, Path target) throws IOException {
        Map<String, Manifest> manifests = derive(documents);
        if (manifests.isEmpty()) {
            throw new IOException(documents + " に評価書がありません。");
        }
        Files.createDirectories(target);
        List<Path> written = new ArrayList<>();
        for (var entry : manifests.entrySet()) {
            Path file = target.resolve(entry.getKey());
            ManifestCodec.write(entry.getValue(), file);
            written.add(file);
        }
        return written;
    }

    static List<Path> documents(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    public static String shippedName(Path document) {
        String name = document.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name) + ".json";
    }
}
