package io.mynumberlineage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The test store starts empty, so on start-up the demo loader read every classpath:demo/*.json: the
 * demo data shipped in the jar (or, where the pom points lineage.demo-documents at the seeds, the
 * seed documents in their place) and the invented village under src/test/resources/demo.
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

    @Test
    void progressSaysTheLoadIsDoneAndHowManyWereLoaded() {
        JsonNode progress = graphql("{ demoData { state loaded total current message } }", Map.of()).path("data").path("demoData");
        assertThat(progress.path("state").asText()).isEqualTo("DONE");
        // Five seed assessments (shipped manifests or the documents themselves) and the invented village.
        assertThat(progress.path("loaded").asInt()).isEqualTo(6).isEqualTo(progress.path("total").asInt());
        assertThat(progress.path("message").asText()).contains("6 件");
    }

    @Test
    void theDemoDataIsSearchable() {
        JsonNode hits = graphql("""
                { search(text: "中間サーバー", kinds: [SYSTEM], first: 50) { ... on SearchHits { hits { node { id } } } } }""",
                Map.of()).path("data").path("search").path("hits");
        Set<String> municipalities = new HashSet<>();
        hits.forEach(h -> municipalities.add(h.path("node").path("id").asText().replaceAll("^System:([^/]+)/.*$", "$1")));
        assertThat(municipalities).hasSizeGreaterThanOrEqualTo(4);
    }
}
