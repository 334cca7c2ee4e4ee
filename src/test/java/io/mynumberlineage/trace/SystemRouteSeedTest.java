package io.mynumberlineage.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.RequiresSeeds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The path of the 個人番号 through systems on the seeds' demo store, asked through GraphQL as a user
 * would: files reach the systems that hold and carry them, national channels appear before the
 * recipient, and every hop says whether the document states it or a rule completes it.
 */
class SystemRouteSeedTest extends AppTestSupport {

    private static final String TRACE = """
            query($from: ID!) {
              trace(from: $from, maxHops: 8, budget: 2000) {
                __typename
                ... on Trace {
                  nodes { hops node { id kind name } }
                  edges { from to type step hops flow { id kind legalBasis } evidence { kind ruleId completes document line quote } }
                }
              }
            }""";

    private List<String> ids(String cypher, Map<String, Object> parameters) {
        try (var session = driver.session()) {
            return session.run(cypher, parameters).list(r -> r.get(0).asString());
        }
    }

    private JsonNode trace(String nodeId) {
        JsonNode trace = graphql(TRACE, Map.of("from", nodeId)).path("data").path("trace");
        assertThat(trace.path("__typename").asText()).as(nodeId).isEqualTo("Trace");
        return trace;
    }

    private String file(String municipality, String name) {
        List<String> found = ids("MATCH (f:PersonalInfoFile {municipality: $m, name: $n}) RETURN f.id",
                Map.of("m", municipality, "n", name));
        assertThat(found).as(municipality + " " + name).isNotEmpty();
        return "PersonalInfoFile:" + found.get(0);
    }

    @Test
    void nearlyEverySystemTheSeedsNameLiesOnATraceFromAFileOfItsOwnMunicipality() {
        // The systems the documents list themselves (I-2), by municipality.
        Map<String, Set<String>> named = new HashMap<>();
        try (var session = driver.session()) {
            session.run("""
                    MATCH (a:Assessment)-[:USES]->(s:System) WHERE s.municipality = a.municipality
                    RETURN a.municipality AS m, s.id AS s""").list().forEach(r ->
                    named.computeIfAbsent(r.get("m").asString(), k -> new HashSet<>()).add(r.get("s").asString()));
        }
        int total = 0;
        int reached = 0;
        List<String> missed = new ArrayList<>();
        for (var municipality : named.entrySet()) {
            Set<String> onTrace = new HashSet<>();
            for (String file : ids("MATCH (f:PersonalInfoFile {municipality: $m}) RETURN f.id", Map.of("m", municipality.getKey()))) {
                trace("PersonalInfoFile:" + file).path("nodes").forEach(n -> onTrace.add(n.path("node").path("id").asText()));
            }
            for (String system : municipality.getValue()) {
                total++;
                if (onTrace.contains("System:" + system)) {
                    reached++;
                } else {
                    missed.add(system);
                }
            }
        }
        System.out.printf("systems on a trace from a file of their municipality: %d of %d, missed %s%n", reached, total, missed);
        assertThat(total).isGreaterThan(20);
        assertThat(reached * 100 / total).as("missed: " + missed).isGreaterThanOrEqualTo(90);
    }

    @Test
    void aResidentRegisterReachesNetworkInquirersThroughTheIntermediateServer() {
        String start = file("鳥取市", "住民基本台帳ファイル");
        JsonNode trace = trace(start);
        Map<String, Integer> hops = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        trace.path("nodes").forEach(n -> {
            hops.put(n.path("node").path("id").asText(), n.path("hops").asInt());
            names.put(n.path("node").path("id").asText(), n.path("node").path("name").asText());
        });
        String existing = "System:鳥取市/既存住基システム";
        String address = "System:鳥取市/団体内統合宛名システム";
        String intermediate = "System:鳥取市/中間サーバー";
        String network = "System:全国/情報提供ネットワークシステム";
        String inquirers = "Organization:role:番号法別表第二に定める情報照会者";
        assertThat(hops).containsKeys(existing, address, intermediate, network, inquirers);
        assertThat(route(trace, inquirers)).containsExactly(start, existing, address, intermediate, network, inquirers);

        JsonNode last = edge(trace, network, inquirers);
        assertThat(last.path("flow").path("kind").asText()).isEqualTo("提供");
        assertThat(last.path("evidence").path("kind").asText()).isEqualTo("STATED");
        assertThat(last.path("evidence").path("document").asText()).startsWith("000_");
        assertThat(texts(last.path("flow").path("legalBasis"))).anyMatch(k -> k.startsWith("番号法/19/8"));

        JsonNode toIntermediate = edge(trace, address, intermediate);
        assertThat(toIntermediate.path("evidence").path("kind").asText()).isEqualTo("DERIVED");
        assertThat(toIntermediate.path("evidence").path("ruleId").asText()).isEqualTo("NWS_VIA_INTERMEDIATE_SERVER");
        assertThat(toIntermediate.path("evidence").path("completes").asText()).startsWith("Flow:");
        System.out.printf("鳥取市 住民基本台帳ファイル: %d nodes, %d edges, deepest hop %d%n", trace.path("nodes").size(),
                trace.path("edges").size(), hops.values().stream().mapToInt(Integer::intValue).max().orElse(0));
    }

    @Test
    void anIdentityFileReachesJukiNetThenThePrefectureUnderTheResidentRegisterAct() {
        String start = file("つくば市", "本人確認情報ファイル");
        JsonNode trace = trace(start);
        Map<String, Integer> hops = new HashMap<>();
        trace.path("nodes").forEach(n -> hops.put(n.path("node").path("id").asText(), n.path("hops").asInt()));
        String cs = "System:つくば市/住基ネット";
        String prefectureServer = "System:全国/住基ネット都道府県サーバ";
        String prefecture = "Organization:role:都道府県知事";
        assertThat(hops).containsKeys(cs, prefectureServer, prefecture);
        assertThat(route(trace, prefecture)).containsSubsequence(start, cs, prefectureServer, prefecture);
        JsonNode derived = edge(trace, cs, prefectureServer);
        assertThat(derived.path("evidence").path("ruleId").asText()).isEqualTo("JUKINET_CS_TO_PREFECTURE");
        JsonNode last = edge(trace, prefectureServer, prefecture);
        assertThat(last.path("evidence").path("kind").asText()).isEqualTo("STATED");
        assertThat(texts(last.path("flow").path("legalBasis"))).anyMatch(k -> k.startsWith("住民基本台帳法") || k.startsWith("住基法"));
    }

    /** The nodes of the route (one statement's ROUTE hops, in order) that ends at {@code recipient}. */
    private static List<String> route(JsonNode trace, String recipient) {
        String flow = null;
        for (JsonNode e : trace.path("edges")) {
            if (e.path("type").asText().equals("ROUTE") && e.path("to").asText().equals(recipient)) {
                flow = e.path("flow").path("id").asText();
                break;
            }
        }
        assertThat(flow).as("a route reaching " + recipient).isNotNull();
        List<JsonNode> hops = new ArrayList<>();
        for (JsonNode e : trace.path("edges")) {
            if (e.path("type").asText().equals("ROUTE") && e.path("flow").path("id").asText().equals(flow)) {
                hops.add(e);
            }
        }
        hops.sort(java.util.Comparator.comparingInt(e -> e.path("hops").asInt()));
        List<String> nodes = new ArrayList<>();
        nodes.add(hops.get(0).path("from").asText());
        hops.forEach(e -> nodes.add(e.path("to").asText()));
        return nodes;
    }

    @Test
    @RequiresSeeds // the quote comes from the seed text; the shipped demo manifests carry none
    void systemsOnTheGovernmentCloudSaySoWithEvidence() {
        JsonNode answer = graphql("""
                { systems(hosting: "ガバメントクラウド", municipality: "つくば市") {
                    __typename ... on SystemList { systems { id name properties { key value } } } } }""", Map.of())
                .path("data").path("systems");
        assertThat(answer.path("__typename").asText()).isEqualTo("SystemList");
        List<String> names = new ArrayList<>();
        for (JsonNode system : answer.path("systems")) {
            names.add(system.path("name").asText());
            Map<String, String> properties = new HashMap<>();
            system.path("properties").forEach(p -> properties.put(p.path("key").asText(), p.path("value").asText()));
            assertThat(properties).containsEntry("hosting", "ガバメントクラウド");
            assertThat(properties.get("hostingDocument")).startsWith("003_");
            assertThat(properties.get("hostingQuote")).contains("ガバメントクラウド");
            assertThat(properties.get("hostingEvidence")).isIn("STATED", "DERIVED");
        }
        System.out.println("つくば市 on ガバメントクラウド: " + names);
        assertThat(names).contains("窓口DXSaaS");
    }

    private static JsonNode edge(JsonNode trace, String from, String to) {
        for (JsonNode e : trace.path("edges")) {
            if (e.path("from").asText().equals(from) && e.path("to").asText().equals(to)) {
                return e;
            }
        }
        throw new AssertionError("no edge " + from + " → " + to);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
