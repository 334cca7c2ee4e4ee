package io.mynumberlineage.graph;

import io.mynumberlineage.manifest.Manifest;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * On first start, loads the manifests shipped under {@code classpath:demo/*.json} (derived from the
 * seed documents), so a new user sees a real graph at once. Runs only when
 * {@code lineage.demo-data} is true and the store holds no Assessment yet; a store someone has
 * filled, or emptied of demo data on purpose after adding their own, is never touched.
 */
@Component
public class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);
    static final String LOCATION = "classpath*:demo/*.json";

    private final LineageProperties properties;
    private final GraphReader reader;
    private final ManifestLoader loader;

    public DemoDataLoader(LineageProperties properties, GraphReader reader, ManifestLoader loader) {
        this.properties = properties;
        this.reader = reader;
        this.loader = loader;
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
        Resource[] resources = new PathMatchingResourcePatternResolver().getResources(LOCATION);
        Arrays.sort(resources, Comparator.comparing(Resource::getFilename));
        if (resources.length == 0) {
            log.info("デモデータ（classpath:demo/*.json）は同梱されていません。");
            return;
        }
        for (int i = 0; i < resources.length; i++) {
            log.info("デモデータを読み込んでいます {}/{}: {}", i + 1, resources.length, resources[i].getFilename());
            try (InputStream in = resources[i].getInputStream()) {
                Manifest manifest = ManifestCodec.read(in);
                loader.load(manifest);
            } catch (RuntimeException | IOException e) {
                // One broken demo file must not keep the app from starting.
                log.warn("デモデータ {} を読み込めませんでした: {}", resources[i].getFilename(), e.getMessage());
            }
        }
        log.info("デモデータの読み込みが終わりました（{} 件）。", resources.length);
    }
}
