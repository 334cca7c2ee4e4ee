package io.mynumberlineage.graph;

import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.ManifestFiles;
import io.mynumberlineage.pia.PiaImporter;
import io.mynumberlineage.web.SourceDocuments;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On first start, imports the demo documents ({@code lineage.demo-documents}, the seed 評価書 by
 * default) and any manifests under {@code classpath:demo/*.json}, so a new user sees a real graph at
 * once. Runs only when {@code lineage.demo-data} is true and the store holds no Assessment yet; a
 * store someone has filled is never touched.
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

    public DemoDataLoader(LineageProperties properties, GraphReader reader, ManifestLoader loader,
            SourceDocuments sources, PiaImporter importer) {
        this.properties = properties;
        this.reader = reader;
        this.loader = loader;
        this.sources = sources;
        this.manifestFiles = new ManifestFiles(importer);
    }

    /** One demo input: a 評価書 file, or a manifest shipped on the classpath. */
    private record DemoInput(String name, Path document, Resource manifest) {
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (!properties.demoData()) {
            return;
        }
        long assessments = reader.single("MATCH (a:Assessment) RETURN count(a) AS c", Map.of(), r -> r.get("c").asLong());
        if (assessments > 0) {
            return;
        }
        List<DemoInput> inputs = inputs();
        if (inputs.isEmpty()) {
            log.info("デモデータが見つかりません（{} と classpath:demo/*.json）。空のデータベースで起動します。",
                    properties.demoDocumentsDir().toAbsolutePath().normalize());
            return;
        }
        int loaded = 0;
        for (int i = 0; i < inputs.size(); i++) {
            DemoInput input = inputs.get(i);
            log.info("デモデータを読み込んでいます {}/{}: {}", i + 1, inputs.size(), input.name());
            try {
                loader.load(read(input));
                if (input.document() != null) {
                    sources.keep(input.document());
                }
                loaded++;
            } catch (RuntimeException | IOException e) {
                // One unreadable demo file must not keep the app from starting.
                log.warn("デモデータ {} を読み込めませんでした: {}", input.name(), e.getMessage());
            }
        }
        log.info("デモデータの読み込みが終わりました（{}/{} 件）。", loaded, inputs.size());
    }

    private Manifest read(DemoInput input) throws IOException {
        if (input.document() != null) {
            return manifestFiles.read(input.document());
        }
        try (InputStream in = input.manifest().getInputStream()) {
            return ManifestCodec.read(in);
        }
    }

    private List<DemoInput> inputs() throws IOException {
        List<DemoInput> inputs = new ArrayList<>();
        Path documents = properties.demoDocumentsDir();
        if (Files.isDirectory(documents)) {
            try (Stream<Path> files = Files.list(documents)) {
                files.filter(Files::isRegularFile).sorted()
                        .forEach(file -> inputs.add(new DemoInput(file.getFileName().toString(), file, null)));
            }
        }
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        for (Resource resource : resources) {
            inputs.add(new DemoInput(resource.getFilename(), null, resource));
        }
        return inputs;
    }
}
