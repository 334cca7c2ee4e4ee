package io.mynumberlineage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The test store starts empty, so on start-up the demo loader read every classpath:demo/*.json,
 * including the invented village under src/test/resources/demo.
 */
class DemoDataLoaderTest extends AppTestSupport {

    @Test
    void demoManifestsWereLoadedOnFirstStart() {
        try (var session = driver.session()) {
            long flows = session.run("MATCH (:Assessment {municipality: '見本村'})-[:DECLARES]->(f:Flow) RETURN count(f)")
                    .single().get(0).asLong();
            assertThat(flows).isEqualTo(6);
        }
    }
}
