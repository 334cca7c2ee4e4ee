package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.graph.ManifestLoader;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19's two cases through the API the explorer, CSV and citizen page read: the shipped demo
 * manifests of the ordinance-based 移転 with a 用途 hint (000) and of the 2024 order items (003).
 */
class CitationAsWrittenApiTest extends AppTestSupport {

    private static final String FLOWS = """
            query($filter: FlowFilter) {
              flows(filter: $filter, first: 200) {
                ... on FlowConnection { edges { node {
                  flowId municipality legalBasis basisLabels basisHints citations recipient { name } } } }
              }
            }""";

    @Autowired
    ManifestLoader loader;

    @BeforeEach
    void load() throws IOException {
        for (String name : List.of("000_3a093cbd6ef907a3.json", "003_d3c6de1e57e97b3d.json")) {
            try (InputStream in = getClass().getResourceAsStream("/demo/" + name)) {
                loader.load(ManifestCodec.read(in));
            }
        }
    }

    private List<JsonNode> flows(Map<String, Object> filter) {
        JsonNode answer = graphql(FLOWS, Map.of("filter", filter));
        assertThat(answer.path("errors").isMissingNode()).as(answer.toString()).isTrue();
        List<JsonNode> out = new ArrayList<>();
        answer.path("data").path("flows").path("edges").forEach(e -> out.add(e.path("node")));
        return out;
    }

    /** The filter matches key prefixes (…/11 also finds …/110): pick the flow with exactly this key. */
    private static JsonNode having(List<JsonNode> flows, String key) {
        return flows.stream().filter(f -> texts(f.path("legalBasis")).contains(key)).findFirst().orElseThrow();
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }

    @Test
    void anOrdinanceFlowKeepsItsOwnProvisionsAndShowsTheOtherCellsItemAsAHint() {
        JsonNode flow = flows(Map.of("municipality", "鳥取市")).stream()
                .filter(f -> f.path("recipient").path("name").asText().contains("学校保健給食課")).findFirst().orElseThrow();
        assertThat(texts(flow.path("legalBasis"))).containsExactly("番号法/19/11", "条例/鳥取市/5/1");
        assertThat(texts(flow.path("basisLabels"))).containsExactly("番号法第19条第11号", "鳥取市番号条例第5条第1項");
        assertThat(texts(flow.path("citations"))).containsExactly("番号法第19条第11号及び鳥取市の番号条例第5条第1項");
        assertThat(texts(flow.path("basisHints"))).singleElement().asString()
                .contains("用途欄", "別表1-27", "番号法第9条第1項・別表第一第27項");
    }

    @Test
    void orderItemsReadInWordsAndKeepTheirOwnCitation() {
        JsonNode paired = having(flows(Map.of("municipality", "つくば市", "legalBasis", "番号法/19/8/別表2/27")),
                "番号法/19/8/別表2/27");
        assertThat(texts(paired.path("basisLabels"))).containsExactly("番号法第19条第8号・別表第二第27項");
        assertThat(texts(paired.path("citations"))).singleElement().asString().contains("主務省令第2条の表(第48項)");

        JsonNode unpaired = having(flows(Map.of("municipality", "つくば市", "legalBasis", "番号法/19/8/主務省令2表/11")),
                "番号法/19/8/主務省令2表/11");
        assertThat(texts(unpaired.path("basisLabels"))).containsExactly("番号法第19条第8号・主務省令第2条の表第11項");

        List<String> all = new ArrayList<>();
        flows(Map.of("municipality", "つくば市")).forEach(f -> all.addAll(texts(f.path("basisLabels"))));
        assertThat(all).isNotEmpty().noneMatch(l -> l.contains("/") || l.contains("第主務省令") || l.contains("第〇"));
    }

    @Test
    void theRenumberingAndParseQueriesAnswerInWords() {
        JsonNode answer = graphql("""
                { renumbering(table: "別表2", item: "27") { paired pairs { newItem newLabel } message }
                  legalBasis(citation: "番号法第19条第8号 別表第二（第85項の2）", asOf: "2023-04-01") { bases { key label } } }""",
                Map.of()).path("data");
        assertThat(answer.path("renumbering").path("paired").asBoolean()).isTrue();
        assertThat(answer.path("renumbering").path("pairs").get(0).path("newLabel").asText())
                .isEqualTo("番号法第19条第8号・主務省令第2条の表第48項");
        assertThat(answer.path("legalBasis").path("bases").get(0).path("key").asText()).isEqualTo("番号法/19/8/別表2/85の2");
        assertThat(answer.path("legalBasis").path("bases").get(0).path("label").asText()).isEqualTo("番号法第19条第8号・別表第二第85の2項");
    }
}
