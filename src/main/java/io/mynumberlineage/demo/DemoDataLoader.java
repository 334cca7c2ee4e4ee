package io.mynumberlineage.demo;

import io.mynumberlineage.graph.GraphReader;
import io.mynumberlineage.graph.LineageProperties;
import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.ingest.DocumentIngest;
import io.mynumberlineage.ingest.IngestProgress;
import io.mynumberlineage.ingest.IngestReport;
import io.mynumberlineage.ingest.SourceFile;
import io.mynumberlineage.manifest.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On first start, loads the demo manifests shipped in the jar ({@code classpath:demo/*.json}, derived
 * from the five seed 評価書 without their text) and the documents in {@code lineage.demo-documents},
 * so a new user sees a real graph at once, from any working directory. A document in that folder
 * whose bytes are those a shipped manifest was derived from replaces the manifest: the document gives
 * the same facts with their quotes and the source view. Runs only when {@code lineage.demo-data} is
 * true and the store holds no Assessment yet; a store someone has filled is never touched.
 */
@Component
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String LOCATION = "classpath*:demo/*.json";

    private final LineageProperties properties;
    private final GraphReader reader;
    private final DocumentIngest ingest;
    private final DemoLoadProgress progress;

    public DemoDataLoader(LineageProperties properties, GraphReader reader, DocumentIngest ingest,
            DemoLoadProgress progress) {
        this.properties = properties;
        this.reader = reader;
        this.ingest = ingest;
        this.progress = progress;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.demoData()) {
            progress.none();
            return;
        }
        long assessments = reader.single("MATCH (a:Assessment) RETURN count(a) AS c", Map.of(), r -> r.get("c").asLong());
        if (assessments > 0) {
            progress.none();
            return;
        }
        List<SourceFile> inputs = inputs();
        if (inputs.isEmpty()) {
            log.info("デモデータが見つかりません（classpath:demo/*.json{}）。空のデータベースで起動します。",
                    properties.demoDocumentsDir().map(d -> " と " + d.toAbsolutePath().normalize()).orElse(""));
            progress.none();
            return;
        }
        IngestReport report = ingest.ingest(inputs, DocumentIngest.OnRefusal.STORE_THE_REST, new IngestProgress() {
            @Override
            public void reading(int index, int total, String file) {
                progress.loading(index, total, file);
                log.info("デモデータを読み込んでいます {}/{}: {}", index + 1, total, file);
            }
        });
        // One unreadable demo file must not keep the app from starting.
        report.refused().forEach(r -> log.warn("デモデータ {} を読み込めませんでした: {}", r.file(), r.message()));
        progress.done(report.stored().size(), inputs.size());
        log.info("デモデータの読み込みが終わりました（{}/{} 件）。", report.stored().size(), inputs.size());
    }

    /**
     * The documents of {@code lineage.demo-documents}, then each shipped manifest not derived from one
     * of them (its recorded source hash names the bytes it came from).
     */
    private List<SourceFile> inputs() throws IOException {
        List<SourceFile> inputs = new ArrayList<>();
        Set<String> documentHashes = new HashSet<>();
        var documents = properties.demoDocumentsDir().filter(Files::isDirectory);
        if (documents.isPresent()) {
            try (Stream<Path> files = Files.list(documents.get())) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    SourceFile source = SourceFile.read(file);
                    inputs.add(source);
                    documentHashes.add(sha256(source.bytes()));
                }
            }
        }
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        for (Resource resource : resources) {
            byte[] bytes;
            try (InputStream in = resource.getInputStream()) {
                bytes = in.readAllBytes();
            }
            // Parsed here only when a document could replace it; the ingest reads every manifest anyway.
            if (!documentHashes.isEmpty() && documentHashes.contains(sourceHash(bytes))) {
                log.info("デモデータ {} は評価書そのものから読み込みます。", resource.getFilename());
                continue;
            }
            inputs.add(new SourceFile(resource.getFilename(), bytes));
        }
        return inputs;
    }

    /** The source hash a shipped manifest records, or null; the ingest reads and checks the manifest itself. */
    private static String sourceHash(byte[] manifestJson) {
        try {
            Manifest manifest = ManifestCodec.read(new java.io.ByteArrayInputStream(manifestJson));
            return manifest.document() == null ? null : manifest.document().sha256();
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
