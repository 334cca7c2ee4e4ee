package io.mynumberlineage.demo;

import io.mynumberlineage.graph.GraphReader;
import io.mynumberlineage.graph.LineageProperties;
import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.ManifestFiles;
import io.mynumberlineage.pia.PiaImporter;
import io.mynumberlineage.web.SourceDocuments;
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
    private final ManifestLoader loader;
    private final SourceDocuments sources;
    private final ManifestFiles manifestFiles;
    private final DemoLoadProgress progress;

    public DemoDataLoader(LineageProperties properties, GraphReader reader, ManifestLoader loader,
            SourceDocuments sources, PiaImporter importer, DemoLoadProgress progress) {
        this.properties = properties;
        this.reader = reader;
        this.loader = loader;
        this.sources = sources;
        this.manifestFiles = new ManifestFiles(importer);
        this.progress = progress;
    }

    /** One demo input: a 評価書 (or manifest) file, or a manifest shipped on the classpath. */
    private record DemoInput(String name, Path document, Manifest shipped) {
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
        List<DemoInput> inputs = inputs();
        if (inputs.isEmpty()) {
            log.info("デモデータが見つかりません（classpath:demo/*.json{}）。空のデータベースで起動します。",
                    properties.demoDocumentsDir().map(d -> " と " + d.toAbsolutePath().normalize()).orElse(""));
            progress.none();
            return;
        }
        int loaded = 0;
        for (int i = 0; i < inputs.size(); i++) {
            DemoInput input = inputs.get(i);
            progress.loading(i, inputs.size(), input.name());
            log.info("デモデータを読み込んでいます {}/{}: {}", i + 1, inputs.size(), input.name());
            try {
                var manifest = input.shipped() != null ? input.shipped() : manifestFiles.read(input.document());
                if (input.document() != null) {
                    // Before the graph, as for uploads: a crash in between never leaves a document without its text.
                    sources.keep(input.document());
                }
                loader.loadInBulk(manifest);
                loaded++;
            } catch (RuntimeException | IOException e) {
                // One unreadable demo file must not keep the app from starting.
                log.warn("デモデータ {} を読み込めませんでした: {}", input.name(), e.getMessage());
            }
        }
        progress.done(loaded, inputs.size());
        log.info("デモデータの読み込みが終わりました（{}/{} 件）。", loaded, inputs.size());
    }

    private List<DemoInput> inputs() throws IOException {
        List<DemoInput> inputs = new ArrayList<>();
        Set<String> documentHashes = new HashSet<>();
        var documents = properties.demoDocumentsDir().filter(Files::isDirectory);
        if (documents.isPresent()) {
            try (Stream<Path> files = Files.list(documents.get())) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    inputs.add(new DemoInput(file.getFileName().toString(), file, null));
                    documentHashes.add(sha256(file));
                }
            }
        }
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        for (Resource resource : resources) {
            Manifest manifest;
            try (InputStream in = resource.getInputStream()) {
                manifest = ManifestCodec.read(in);
            } catch (RuntimeException e) {
                log.warn("デモデータ {} を読めませんでした: {}", resource.getFilename(), e.getMessage());
                continue;
            }
            String sha256 = manifest.document() == null ? null : manifest.document().sha256();
            if (sha256 != null && documentHashes.contains(sha256)) {
                log.info("デモデータ {} は評価書そのもの（{}）から読み込みます。", resource.getFilename(), manifest.document().fileName());
                continue;
            }
            inputs.add(new DemoInput(resource.getFilename(), null, manifest));
        }
        return inputs;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
