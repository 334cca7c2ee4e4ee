package io.mynumberlineage.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The card's question on the real documents: the demo data (the seed 評価書, imported at start-up)
 * answers where 鳥取市's 住民基本台帳ファイル sends 個人番号 and under which bases.
 */
class SeedTraceTest extends AppTestSupport {

    private static final String FIND_FILE = """
            query($t: String!) { search(text: $t, kinds: [FILE], first: 50) {
              ... on SearchHits { hits { node { id name } } } } }""";

    private static final String TRACE = """
            query($from: ID!) {
              trace(from: $from, item: "個人番号", maxHops: 6) {
                __typename
                ... on Trace {
                  nodes { hops hub node { id kind name } }
                  edges { from to step useBasis
                          flow { kind legalBasis beppyoItems basisHints citations provenance { document sectionPath line } } }
                }
                ... on InputError { message }
              }
            }""";

    private String fileOf(String municipality, String fileName) {
        JsonNode hits = graphql(FIND_FILE, Map.of("t", fileName)).path("data").path("search").path("hits");
        for (JsonNode hit : hits) {
            String id = hit.path("node").path("id").asText();
            if (id.contains(municipality) && hit.path("node").path("name").asText().equals(fileName)) {
                return id;
            }
        }
        throw new AssertionError(municipality + " の " + fileName + " が見つかりません: " + hits);
    }

    private static List<JsonNode> edgesToNamed(JsonNode trace, String namePart) {
        List<String> targets = new ArrayList<>();
        for (JsonNode node : trace.path("nodes")) {
            if (node.path("node").path("name").asText().contains(namePart)) {
                targets.add(node.path("node").path("id").asText());
            }
        }
        List<JsonNode> edges = new ArrayList<>();
        trace.path("edges").forEach(e -> {
            if (targets.contains(e.path("to").asText())) {
                edges.add(e);
            }
        });
        return edges;
    }

    @Test
    void tottoriResidentRegisterReachesNetworkInquirersAndTheBoardOfEducation() {
        JsonNode trace = graphql(TRACE, Map.of("from", fileOf("鳥取市", "住民基本台帳ファイル"))).path("data").path("trace");
        assertThat(trace.path("__typename").asText()).isEqualTo("Trace");

        List<JsonNode> network = edgesToNamed(trace, "情報照会者");
        assertThat(network).isNotEmpty();
        JsonNode provision = network.get(0).path("flow");
        assertThat(provision.path("kind").asText()).isEqualTo("提供");
        assertThat(texts(provision.path("legalBasis"))).anyMatch(k -> k.startsWith("番号法/19/8/別表2"));
        assertThat(provision.path("provenance").path("document").asText()).startsWith("000_");

        List<JsonNode> board = edgesToNamed(trace, "教育委員会");
        assertThat(board).isNotEmpty();
        JsonNode boardEdge = board.get(0).path("flow");
        assertThat(texts(boardEdge.path("legalBasis"))).contains("番号法/19/11", "条例/鳥取市/5/1");
        // Its 用途 cell names 別表1-27: a hint with its cell, never an item of the cited 第19条第11号.
        assertThat(texts(boardEdge.path("beppyoItems"))).doesNotContain("27");
        assertThat(texts(boardEdge.path("basisHints"))).anyMatch(h -> h.contains("別表1-27"));
        assertThat(boardEdge.path("provenance").path("sectionPath").asText()).contains("提供先2");

        // The hop into 既存住基 rests on the 事務's 利用 basis with the law each citation names (住民基本台帳法
        // articles stay 住基法), never a 番号法 article the text does not cite, and no 情報連携 basis.
        List<JsonNode> juki = edgesToNamed(trace, "既存住基").stream().filter(e -> !e.path("useBasis").isEmpty()).toList();
        assertThat(juki).isNotEmpty();
        assertThat(juki.get(0).path("step").asText()).isIn("保管", "連携");
        List<String> useKeys = texts(juki.get(0).path("useBasis"));
        assertThat(useKeys).contains("住基法/5", "番号法/7").doesNotContain("番号法/5");
        assertThat(useKeys).noneMatch(k -> k.startsWith("番号法/19/8"));
    }

    @Test
    void hanamakiTaxFileProvidesUnderNamedTableItems() {
        JsonNode trace = graphql(TRACE, Map.of("from", fileOf("花巻市", "個人住民税課税情報ファイル"))).path("data").path("trace");
        assertThat(trace.path("__typename").asText()).isEqualTo("Trace");
        List<String> keys = new ArrayList<>();
        trace.path("edges").forEach(e -> {
            if ("提供".equals(e.path("flow").path("kind").asText())) {
                keys.addAll(texts(e.path("flow").path("legalBasis")));
            }
        });
        // 別表第二 items the form names for its 提供先 (e.g. 1 健康保険, 27 地方税), each a canonical key.
        assertThat(keys).contains("番号法/19/8/別表2/1", "番号法/19/8/別表2/27");
    }

    @Test
    void ordinanceTableItemsAreNeverReadAsTableTwoNumbers() {
        JsonNode trace = graphql(TRACE, Map.of("from", fileOf("つくば市", "住民基本台帳ファイル"))).path("data").path("trace");
        int ordinanceKeys = 0;
        for (JsonNode edge : trace.path("edges")) {
            List<String> keys = texts(edge.path("flow").path("legalBasis"));
            for (String key : keys) {
                if (key.startsWith("番号法/19/8/主務省令2表/")) {
                    ordinanceKeys++;
                    // Without evidence pairing it with an old 別表第二 item, the 2024 item number stands
                    // alone: the same number under 別表2 would be a different 事務.
                    String number = key.substring(key.lastIndexOf('/') + 1);
                    assertThat(keys).doesNotContain("番号法/19/8/別表2/" + number);
                }
            }
        }
        assertThat(ordinanceKeys).isPositive();
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
