package io.mynumberlineage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** The GraphQL {@code trace} endpoint over HTTP, asking only for what the comparison needs. */
public final class GraphqlTraces implements PeerEngine {

    public static final String NAME = "GraphQL trace (HTTP)";

    static final String QUERY = """
            query($from: ID!, $hops: Int, $asOf: String, $item: String, $budget: Int) {
              trace(from: $from, item: $item, maxHops: $hops, asOf: $asOf, budget: $budget) {
                ... on Trace { nodes { hops node { id } } leftOut { nodes } }
                ... on InputError { message }
              }
            }""";

    private final URI endpoint;
    private final TraceGraph graph;
    private final Map<String, Integer> byApiId;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    public GraphqlTraces(int port, TraceGraph graph) {
        this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
        this.graph = graph;
        this.byApiId = graph.byApiId();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Reach trace(TraceQuery q) throws Exception {
        String body = json.writeValueAsString(Map.of("query", QUERY, "variables", Map.of(
                "from", graph.apiIds()[q.start()], "hops", q.maxHops(), "asOf", q.asOfIso(), "item", q.item(),
                "budget", q.budget())));
        var response = http.send(HttpRequest.newBuilder(endpoint).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        JsonNode trace = json.readTree(response.body()).path("data").path("trace");
        if (!trace.has("nodes")) {
            throw new IllegalStateException("trace failed: " + response.body());
        }
        Map<Integer, Integer> hops = new HashMap<>();
        for (JsonNode n : trace.path("nodes")) {
            String id = n.path("node").path("id").asText();
            Integer node = byApiId.get(id);
            if (node == null) {
                throw new IllegalStateException("trace answered a node outside the copied graph: " + id);
            }
            hops.put(node, n.path("hops").asInt());
        }
        return Reach.of(hops, trace.path("leftOut").path("nodes").asInt() > 0);
    }
}
