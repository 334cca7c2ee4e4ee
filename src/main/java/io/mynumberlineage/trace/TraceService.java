package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.LineageProperties;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.SchemaMigrations;
import io.mynumberlineage.trace.FlowSummary.FlowProvenance;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/**
 * "Where does this 個人番号 travel": the subgraph reachable from a node over FLOWS_TO (and
 * STORED_IN, from a file into the system holding it), each node and edge once with its hop
 * distance.
 *
 * <p>Reachability is one quantified path pattern with {@code SHORTEST 1}: a breadth-first search
 * that yields one shortest path per reachable node instead of every path, which on a national graph
 * would explode. Shared national nodes and roles ({@code hub: true}) are where data arrives: the
 * search does not leave them unless the caller names them in {@code expand}. The answer is cut at a
 * node budget, nearest nodes first, with counts of what was left out.
 */
@Service
public class TraceService {

    public static final int MAX_HOPS = 10;
    public static final int MAX_BUDGET = 5000;
    public static final int DEFAULT_BUDGET = 500;

    public enum TraceDirection { DOWNSTREAM, UPSTREAM }

    public record TraceRequest(NodeId from, String item, TraceDirection direction, int maxHops, LocalDate asOf,
            List<NodeId> expand, int budget) {
    }

    public record Trace(GraphNode start, String item, TraceDirection direction, int maxHops, String asOf,
            List<TraceNode> nodes, List<TraceEdge> edges, LeftOut leftOut) {
    }

    /**
     * @param hub a shared national node or role; the trace stops there unless expanded
     * @param unexpandedEdges edges leaving a hub the trace did not follow (expand to see them)
     */
    public record TraceNode(GraphNode node, int hops, boolean hub, boolean expanded, int unexpandedEdges) {
    }

    public record TraceEdge(String id, String from, String to, String type, int hops, String kind, boolean myNumber,
            List<String> methods, List<String> via, List<String> legalBasis, List<String> beppyoItems,
            List<String> citations, List<String> items, String flow, FlowProvenance provenance) {
    }

    /** What the node budget cut off. */
    public record LeftOut(int nodes, int edges, int unexpandedHubEdges) {
    }

    private final Driver driver;
    private final TransactionConfig transactionConfig;

    public TraceService(Driver driver, LineageProperties properties, SchemaMigrations.SchemaVersion schema) {
        this.driver = driver;
        this.transactionConfig = TransactionConfig.builder().withTimeout(properties.queryTimeout()).build();
    }

    /** Empty when the start node does not exist. */
    public Optional<Trace> trace(TraceRequest request) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> run(tx, request), transactionConfig);
        }
    }

    /** The reachability query for a hop bound; the bound is a validated int, everything else a parameter. */
    public static String reachQuery(TraceDirection direction, int maxHops, NodeId start) {
        String step = direction == TraceDirection.DOWNSTREAM
                ? "(a)-[r:FLOWS_TO|STORED_IN]->(b)"
                : "(a)<-[r:FLOWS_TO|STORED_IN]-(b)";
        return "MATCH (start:`" + start.kind().label() + "` {`" + start.kind().keyProperty() + "`: $key})\n"
                + "OPTIONAL MATCH p = SHORTEST 1 (start)(" + step + "\n"
                + "  WHERE (a.hub IS NULL OR a.id IN $expand)\n"
                + "    AND " + EDGE_FILTER + "\n"
                + "){1," + maxHops + "}(end)\n"
                + "RETURN start, end, length(p) AS hops";
    }

    /** Edge validity on the date asked and the item asked; STORED_IN carries no flow and always passes. */
    private static final String EDGE_FILTER = "(r.validFrom IS NULL OR r.validFrom <= $asOf)"
            + " AND (r.validTo IS NULL OR r.validTo > $asOf)"
            + " AND (r.flow IS NULL OR (r.myNumber AND $item = '個人番号') OR $item IN r.items)";

    /** The edges among the reached nodes, from the nodes the trace may leave ({@code $sources}). */
    public static String edgeQuery(TraceDirection direction) {
        String step = direction == TraceDirection.DOWNSTREAM ? "(a)-[r:FLOWS_TO|STORED_IN]->(b)"
                : "(a)<-[r:FLOWS_TO|STORED_IN]-(b)";
        return "UNWIND $sources AS source\n"
                + "MATCH (a) WHERE elementId(a) = source\n"
                + "MATCH " + step + " WHERE " + EDGE_FILTER + "\n"
                + "WITH a, r, b, elementId(b) IN $kept AS kept\n"
                + "OPTIONAL MATCH (f:Flow {id: r.flow}) WHERE kept\n"
                + "RETURN elementId(a) AS a, elementId(b) AS b, kept, type(r) AS type,\n"
                + "  CASE WHEN kept THEN properties(r) END AS props, f";
    }

    private static String hubDegreeQuery(TraceDirection direction) {
        String step = direction == TraceDirection.DOWNSTREAM ? "(h)-[:FLOWS_TO]->()" : "(h)<-[:FLOWS_TO]-()";
        return "UNWIND $hubs AS hub MATCH (h) WHERE elementId(h) = hub RETURN hub, COUNT { " + step + " } AS degree";
    }

    private record Reached(Node node, int hops, String id) {

        Reached(Node node, int hops) {
            this(node, hops, String.valueOf(GraphNode.of(node) == null ? node.elementId() : GraphNode.of(node).id()));
        }
    }

    private Optional<Trace> run(TransactionContext tx, TraceRequest request) {
        NodeId from = request.from();
        Set<String> expand = new HashSet<>();
        request.expand().forEach(id -> expand.add(id.key()));
        expand.add(from.key());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", from.key());
        parameters.put("expand", List.copyOf(expand));
        parameters.put("asOf", request.asOf().toString());
        parameters.put("item", request.item());
        List<Record> rows = tx.run(reachQuery(request.direction(), request.maxHops(), from), parameters).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Node start = rows.get(0).get("start").asNode();
        List<Reached> reached = new ArrayList<>();
        reached.add(new Reached(start, 0));
        for (Record row : rows) {
            if (!row.get("end").isNull() && !row.get("end").asNode().elementId().equals(start.elementId())) {
                reached.add(new Reached(row.get("end").asNode(), row.get("hops").asInt()));
            }
        }
        reached.sort(Comparator.comparingInt(Reached::hops).thenComparing(Reached::id));
        List<Reached> kept = reached.subList(0, Math.min(reached.size(), request.budget()));
        int nodesLeftOut = reached.size() - kept.size();

        Map<String, Reached> keptById = new LinkedHashMap<>();
        kept.forEach(r -> keptById.put(r.node().elementId(), r));
        List<String> sources = new ArrayList<>();
        List<String> unexpandedHubs = new ArrayList<>();
        for (Reached r : kept) {
            boolean hub = isHub(r.node());
            boolean expanded = !hub || expand.contains(r.node().get("id").asString(""));
            if (r.hops() < request.maxHops() && expanded) {
                sources.add(r.node().elementId());
            }
            if (hub && !expanded) {
                unexpandedHubs.add(r.node().elementId());
            }
        }
        Map<String, Object> edgeParameters = new HashMap<>(parameters);
        edgeParameters.put("sources", sources);
        edgeParameters.put("kept", List.copyOf(keptById.keySet()));
        List<TraceEdge> edges = new ArrayList<>();
        int edgesLeftOut = 0;
        for (Record row : tx.run(edgeQuery(request.direction()), edgeParameters).list()) {
            if (!row.get("kept").asBoolean()) {
                edgesLeftOut++;
                continue;
            }
            Reached a = keptById.get(row.get("a").asString());
            Reached b = keptById.get(row.get("b").asString());
            boolean downstream = request.direction() == TraceDirection.DOWNSTREAM;
            edges.add(edge(downstream ? a : b, downstream ? b : a, a.hops() + 1, row));
        }
        Map<String, Integer> hubDegrees = new HashMap<>();
        if (!unexpandedHubs.isEmpty()) {
            tx.run(hubDegreeQuery(request.direction()), Map.of("hubs", unexpandedHubs))
                    .list().forEach(r -> hubDegrees.put(r.get("hub").asString(), r.get("degree").asInt()));
        }
        List<TraceNode> nodes = kept.stream().map(r -> {
            boolean hub = isHub(r.node());
            int degree = hubDegrees.getOrDefault(r.node().elementId(), 0);
            return new TraceNode(GraphNode.of(r.node()), r.hops(), hub, !unexpandedHubs.contains(r.node().elementId()),
                    degree);
        }).toList();
        int hubEdges = hubDegrees.values().stream().mapToInt(Integer::intValue).sum();
        edges.sort(Comparator.comparingInt(TraceEdge::hops).thenComparing(TraceEdge::id));
        return Optional.of(new Trace(GraphNode.of(start), request.item(), request.direction(), request.maxHops(),
                request.asOf().toString(), nodes, edges, new LeftOut(nodesLeftOut, edgesLeftOut, hubEdges)));
    }

    private static boolean isHub(Node node) {
        return node.get("hub").asBoolean(false);
    }

    private static TraceEdge edge(Reached from, Reached to, int hops, Record row) {
        String type = row.get("type").asString();
        var props = row.get("props");
        String fromId = GraphNode.of(from.node()).id();
        String toId = GraphNode.of(to.node()).id();
        if (!"FLOWS_TO".equals(type)) {
            return new TraceEdge(type + ":" + fromId + ">" + toId, fromId, toId, type, hops, "保管", false, List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        }
        Node flow = row.get("f").isNull() ? null : row.get("f").asNode();
        String flowId = props.get("flow").asString();
        return new TraceEdge("FLOWS_TO:" + flowId, fromId, toId, type, hops, FlowSummary.text(props.get("kind")),
                props.get("myNumber").asBoolean(false), FlowSummary.strings(props.get("methods")),
                FlowSummary.strings(props.get("via")), FlowSummary.strings(props.get("basis")),
                FlowSummary.strings(props.get("beppyoItems")),
                flow == null ? List.of() : FlowSummary.strings(flow.get("citations")),
                FlowSummary.strings(props.get("items")), "Flow:" + flowId,
                flow == null ? null : FlowProvenance.of(flow));
    }
}
