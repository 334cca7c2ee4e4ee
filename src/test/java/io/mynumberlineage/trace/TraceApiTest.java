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

/** The card's question, end to end over HTTP: where does the 個人番号 in 住民基本台帳ファイル travel? */
class TraceApiTest extends AppTestSupport {

    static final String JUKI_FILE = "PersonalInfoFile:若葉台市/住民基本台帳に関する事務/住民基本台帳ファイル";
    static final String JLIS = "Organization:地方公共団体情報システム機構";
    static final String TAX_FILE = "PersonalInfoFile:若葉台市/個人住民税に関する事務/個人住民税ファイル";

    static final String TRACE = """
            query($from: ID!, $hops: Int, $asOf: String, $expand: [ID!], $budget: Int, $direction: TraceDirection) {
              trace(from: $from, item: "個人番号", direction: $direction, maxHops: $hops, asOf: $asOf,
                    expand: $expand, budget: $budget) {
                __typename
                ... on Trace {
                  start { id }
                  nodes { hops direction hub expanded unexpandedEdges node { id kind name } }
                  edges { id from to type hops step useBasis
                          flow { id kind myNumber methods via legalBasis beppyoItems citations provenance { sectionPath line quote } } }
                  leftOut { nodes edges unexpandedHubEdges }
                }
                ... on InputError { code message argument }
              }
            }""";

    @Autowired
    ManifestLoader loader;

    @BeforeEach
    void load() {
        TestManifests.load(loader, TestManifests.JUKI_V1, TestManifests.TAX, TestManifests.OTHER_TOWN);
    }

    private JsonNode trace(String from, int hops, List<String> expand, int budget) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("from", from);
        variables.put("hops", hops);
        variables.put("asOf", "2024-06-01");
        variables.put("expand", expand);
        variables.put("budget", budget);
        JsonNode response = graphql(TRACE, variables);
        assertThat(response.path("errors").isMissingNode()).as(response.toString()).isTrue();
        return response.path("data").path("trace");
    }

    private static JsonNode node(JsonNode trace, String id) {
        for (JsonNode n : trace.path("nodes")) {
            if (n.path("node").path("id").asText().equals(id)) {
                return n;
            }
        }
        return null;
    }

    private static List<JsonNode> edgesTo(JsonNode trace, String id) {
        List<JsonNode> edges = new ArrayList<>();
        trace.path("edges").forEach(e -> {
            if (e.path("to").asText().equals(id)) {
                edges.add(e);
            }
        });
        return edges;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(v -> texts.add(v.asText()));
        return texts;
    }

    @Test
    void theCardsQuestionIsAnsweredEndToEnd() {
        JsonNode trace = trace(JUKI_FILE, 8, List.of(), 500);
        assertThat(trace.path("__typename").asText()).isEqualTo("Trace");
        assertThat(trace.path("start").path("id").asText()).isEqualTo(JUKI_FILE);

        // 提供 through 既存住基, 団体内統合宛名, 中間サーバー and 情報提供ネットワークシステム to the 別表第二
        // 情報照会者, under named items: the last hop of the statement's route.
        String inquirers = "Organization:role:番号法別表第二に定める情報照会者";
        JsonNode role = node(trace, inquirers);
        assertThat(role).isNotNull();
        assertThat(role.path("hops").asInt()).isEqualTo(5);
        assertThat(role.path("hub").asBoolean()).isTrue();
        JsonNode hop = edgesTo(trace, inquirers).get(0);
        assertThat(hop.path("type").asText()).isEqualTo("ROUTE");
        assertThat(hop.path("step").asText()).isEqualTo("提供");
        assertThat(hop.path("useBasis").isNull()).isTrue();
        assertThat(hop.path("from").asText()).isEqualTo("System:全国/情報提供ネットワークシステム");
        JsonNode provision = hop.path("flow");
        assertThat(provision.path("kind").asText()).isEqualTo("提供");
        assertThat(texts(provision.path("methods"))).containsExactly("情報提供ネットワークシステム");
        assertThat(texts(provision.path("via"))).containsExactly("中間サーバー", "情報提供ネットワークシステム");
        assertThat(texts(provision.path("legalBasis"))).containsExactly("番号法/19/8/別表2/1", "番号法/19/8/別表2/2",
                "番号法/19/8/別表2/27", "番号法/19/8/別表2/85の2");
        assertThat(texts(provision.path("beppyoItems"))).containsExactly("1", "2", "27", "85の2");
        assertThat(provision.path("provenance").path("sectionPath").asText()).isEqualTo("II/5/提供先1");
        assertThat(provision.path("myNumber").asBoolean()).isTrue();

        // 移転 to the 教育委員会 under 第19条第11号 with the 条例 article, through the 庁内連携システム.
        String board = "Department:若葉台市/教育委員会事務局学務課";
        JsonNode transferHop = edgesTo(trace, board).get(0);
        assertThat(transferHop.path("from").asText()).isEqualTo("System:若葉台市/庁内連携システム");
        JsonNode transfer = transferHop.path("flow");
        assertThat(transfer.path("kind").asText()).isEqualTo("移転");
        assertThat(texts(transfer.path("legalBasis"))).containsExactly("番号法/19/11", "条例/若葉台市/5/1");
        assertThat(texts(transfer.path("citations")).get(0)).contains("第19条第11号", "条例第5条第1項");
        assertThat(transfer.path("id").asText()).startsWith("Flow:若葉台市/1/住民基本台帳に関する事務@");
        // The hop from the 既存住基システム into the 庁内連携システム is inside the town: it rests on the
        // 事務's 利用 basis, not on the 移転's.
        JsonNode inside = trace.path("edges").findParents("useBasis").stream()
                .filter(e -> e.path("flow").path("id").asText().equals(transfer.path("id").asText()) && !e.path("useBasis").isNull())
                .findFirst().orElseThrow();
        assertThat(inside.path("step").asText()).isIn("保管", "連携");
        assertThat(texts(inside.path("useBasis"))).isNotEqualTo(texts(transfer.path("legalBasis")));

        // Through the 既存住基システム into the 本人確認情報ファイル (held in 住基ネット) and on, under
        // 住基法第30条の7, through the 都道府県サーバ and 全国サーバ to J-LIS, where the trace stops.
        assertThat(node(trace, "System:若葉台市/既存住基システム").path("hops").asInt()).isEqualTo(1);
        assertThat(node(trace, "PersonalInfoFile:若葉台市/住民基本台帳に関する事務/本人確認情報ファイル").path("hops").asInt())
                .isEqualTo(3);
        JsonNode jlis = node(trace, JLIS);
        assertThat(jlis.path("hops").asInt()).isEqualTo(7);
        assertThat(jlis.path("expanded").asBoolean()).isFalse();
        assertThat(jlis.path("unexpandedEdges").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(edgesTo(trace, JLIS).get(0).path("from").asText()).isEqualTo("System:全国/住基ネット全国サーバ");
        assertThat(texts(edgesTo(trace, JLIS).get(0).path("flow").path("legalBasis"))).containsExactly("住基法/30の7");
        // Nothing beyond the hub: the tax file and the other town are reached only through J-LIS,
        // and the 住基ネット CS the tax file's route passes does not lead into it.
        assertThat(node(trace, TAX_FILE)).isNull();
        assertThat(trace.path("leftOut").path("unexpandedHubEdges").asInt()).isPositive();

        // Each node and each edge once.
        List<String> ids = trace.path("nodes").findValuesAsText("id");
        assertThat(ids).doesNotHaveDuplicates();
        List<String> edgeIds = new ArrayList<>();
        trace.path("edges").forEach(e -> edgeIds.add(e.path("id").asText()));
        assertThat(edgeIds).doesNotHaveDuplicates();
    }

    @Test
    void aNarrowSelectionGetsTheSameValuesAsTheFullOne() {
        JsonNode full = trace(JUKI_FILE, 4, List.of(), 500);
        JsonNode narrow = graphql("""
                query($from: ID!) {
                  trace(from: $from, maxHops: 4, asOf: "2024-06-01") {
                    ... on Trace { nodes { node { id } } edges { id from to flow { legalBasis items } } }
                  }
                }""", Map.of("from", JUKI_FILE)).path("data").path("trace");
        Map<String, String> expected = new HashMap<>();
        full.path("edges").forEach(e -> expected.put(e.path("id").asText(),
                e.path("from").asText() + e.path("to").asText() + e.path("flow").path("legalBasis")));
        Map<String, String> actual = new HashMap<>();
        narrow.path("edges").forEach(e -> actual.put(e.path("id").asText(),
                e.path("from").asText() + e.path("to").asText() + e.path("flow").path("legalBasis")));
        assertThat(actual).isEqualTo(expected).isNotEmpty();
        assertThat(expected.values()).anySatisfy(v -> assertThat(v).contains("別表"));
        assertThat(narrow.path("edges").findValues("items")).anySatisfy(items -> assertThat(items.size()).isPositive());
        // A statement selected by its id alone is not looked up: the hop carries the id.
        JsonNode ids = graphql("query($from: ID!) { trace(from: $from, maxHops: 4, asOf: \"2024-06-01\") "
                + "{ ... on Trace { edges { id flow { id } } } } }", Map.of("from", JUKI_FILE)).path("data").path("trace");
        Map<String, String> flowIds = new HashMap<>();
        ids.path("edges").forEach(e -> flowIds.put(e.path("id").asText(), e.path("flow").path("id").asText(null)));
        Map<String, String> fullIds = new HashMap<>();
        full.path("edges").forEach(e -> fullIds.put(e.path("id").asText(), e.path("flow").path("id").asText(null)));
        assertThat(flowIds).isEqualTo(fullIds);
        JsonNode nodesOnly = graphql("query($from: ID!) { trace(from: $from, maxHops: 4, asOf: \"2024-06-01\") "
                + "{ ... on Trace { nodes { node { id } } } } }", Map.of("from", JUKI_FILE)).path("data").path("trace");
        assertThat(nodesOnly.path("nodes").size()).isEqualTo(full.path("nodes").size());
    }

    @Test
    void expandingAHubFollowsItsFlowsIntoOtherMunicipalities() {
        JsonNode trace = trace(JUKI_FILE, 10, List.of(JLIS), 500);
        assertThat(node(trace, JLIS).path("expanded").asBoolean()).isTrue();
        // J-LIS (hop 7) sends to both towns through their 住基ネット CS (入手 routes it begins).
        assertThat(node(trace, TAX_FILE).path("hops").asInt()).isEqualTo(10);
        assertThat(node(trace, "PersonalInfoFile:紅葉谷町/住民基本台帳に関する事務/住民基本台帳ファイル")).isNotNull();
    }

    @Test
    void theBudgetCutsTheFarthestNodesAndCountsThem() {
        JsonNode full = trace(JUKI_FILE, 4, List.of(), 500);
        JsonNode cut = trace(JUKI_FILE, 4, List.of(), 3);
        assertThat(cut.path("nodes").size()).isEqualTo(3);
        assertThat(cut.path("leftOut").path("nodes").asInt()).isPositive().isLessThanOrEqualTo(full.path("nodes").size() - 3);
        assertThat(cut.path("leftOut").path("edges").asInt()).isPositive();
        cut.path("nodes").forEach(n -> assertThat(n.path("hops").asInt()).isLessThanOrEqualTo(1));
        // Kept edges join kept nodes only.
        List<String> kept = cut.path("nodes").findValuesAsText("id");
        cut.path("edges").forEach(e -> assertThat(kept).contains(e.path("from").asText(), e.path("to").asText()));
    }

    @Test
    void upstreamShowsWhereTheFileIsFilledFrom() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("from", JUKI_FILE);
        variables.put("hops", 2);
        variables.put("asOf", "2024-06-01");
        variables.put("direction", "UPSTREAM");
        JsonNode trace = graphql(TRACE, variables).path("data").path("trace");
        assertThat(node(trace, "Organization:role:本人又は本人の代理人")).isNotNull();
        assertThat(edgesTo(trace, JUKI_FILE)).extracting(e -> e.path("flow").path("kind").asText()).contains("入手");
        trace.path("nodes").forEach(n -> assertThat(n.path("direction").asText()).isEqualTo("UPSTREAM"));
    }

    @Test
    void badArgumentsAreTypedErrors() {
        JsonNode tooFar = trace(JUKI_FILE, 11, List.of(), 10);
        assertThat(tooFar.path("__typename").asText()).isEqualTo("InputError");
        assertThat(tooFar.path("argument").asText()).isEqualTo("maxHops");
        JsonNode missing = trace("PersonalInfoFile:どこにもない", 2, List.of(), 10);
        assertThat(missing.path("code").asText()).isEqualTo("NOT_FOUND");
        JsonNode badId = trace("住民基本台帳ファイル", 2, List.of(), 10);
        assertThat(badId.path("code").asText()).isEqualTo("INVALID_ID");
    }

    @Test
    void asOfBeforeAnyVersionFindsNoFlows() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("from", JUKI_FILE);
        variables.put("hops", 3);
        variables.put("asOf", "2000-01-01");
        JsonNode trace = graphql(TRACE, variables).path("data").path("trace");
        // Only the STORED_IN step (not a dated flow) remains.
        trace.path("edges").forEach(e -> assertThat(e.path("type").asText()).isEqualTo("STORED_IN"));
    }
}
