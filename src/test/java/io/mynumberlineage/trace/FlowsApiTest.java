package io.mynumberlineage.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.graph.TestManifests;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class FlowsApiTest extends AppTestSupport {

    static final String FLOWS = """
            query($filter: FlowFilter, $first: Int, $after: String) {
              flows(filter: $filter, first: $first, after: $after) {
                __typename
                ... on FlowConnection {
                  edges { cursor node { flowId kind municipality legalBasis methods recipient { id name } source { id } } }
                  pageInfo { hasNextPage endCursor }
                }
                ... on InputError { code argument }
              }
            }""";

    @Autowired
    ManifestLoader loader;

    @BeforeEach
    void load() {
        TestManifests.load(loader, TestManifests.JUKI_V1, TestManifests.TAX, TestManifests.OTHER_TOWN);
    }

    private JsonNode page(Map<String, Object> filter, int first, String after) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("filter", filter);
        variables.put("first", first);
        variables.put("after", after);
        JsonNode response = graphql(FLOWS, variables);
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.path("data").path("flows");
    }

    private List<String> all(Map<String, Object> filter, int pageSize) {
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int guard = 0; guard < 1000; guard++) {
            JsonNode page = page(filter, pageSize, after);
            page.path("edges").forEach(e -> ids.add(e.path("node").path("flowId").asText()));
            if (!page.path("pageInfo").path("hasNextPage").asBoolean()) {
                return ids;
            }
            after = page.path("pageInfo").path("endCursor").asText();
        }
        throw new AssertionError("too many pages");
    }

    @Test
    void pagingVisitsEveryFlowOnceInAStableOrder() {
        Map<String, Object> town = Map.of("municipality", "若葉台市", "includeSuperseded", true);
        List<String> oneBigPage = all(town, 500);
        assertThat(oneBigPage).hasSizeGreaterThanOrEqualTo(10).doesNotHaveDuplicates().isSorted();
        for (int size : new int[] {1, 2, 3, 5}) {
            assertThat(all(town, size)).as("page size " + size).isEqualTo(oneBigPage);
        }
    }

    @Test
    void filtersCombine() {
        List<String> byBasis = all(Map.of("legalBasis", "番号法/19/8/別表2/27", "municipality", "若葉台市",
                "includeSuperseded", true), 10);
        // The 住基 提供 (items 1, 2, 27, 85の2) and the tax 提供 (items 27, 31).
        assertThat(byBasis).hasSize(2);
        List<String> prefix = all(Map.of("legalBasis", "番号法/19", "municipality", "若葉台市", "kind", "移転"), 10);
        assertThat(prefix).singleElement().satisfies(id -> assertThat(id).contains("#flow-2"));
        JsonNode pension = page(Map.of("recipient", "日本年金機構"), 10, null);
        assertThat(pension.path("edges")).hasSize(1);
        assertThat(pension.path("edges").get(0).path("node").path("recipient").path("id").asText())
                .isEqualTo("Organization:日本年金機構");
        List<String> network = all(Map.of("method", "情報提供ネットワーク", "municipality", "紅葉谷町"), 10);
        assertThat(network).hasSize(1);
    }

    @Test
    void badPageArgumentsAreTypedErrors() {
        assertThat(page(Map.of(), 501, null).path("argument").asText()).isEqualTo("first");
        assertThat(page(Map.of(), 10, "%%%").path("code").asText()).isEqualTo("INVALID_CURSOR");
    }
}
