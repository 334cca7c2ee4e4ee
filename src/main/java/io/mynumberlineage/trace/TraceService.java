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
import org.neo4j.driver.Value;
import org.neo4j.driver.types.Node;
import org.springframework.stereotype.Service;

/**
 * "Where does this 個人番号 travel": the subgraph reachable from a node over FLOWS_TO (and
 * STORED_IN, from a file into the system holding it), each node and edge once with its hop
 * distance.
 *
 * <p>Reachability is a breadth-first search, one parameterised Cypher query per hop inside one
 * read transaction: each node is expanded once, at its shortest distance, instead of enumerating
 * paths, which on a national graph would explode. Shared national nodes and roles ({@code hub: true}) are where data arrives: the
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

    /** Edge validity on the date asked and the item asked; STORED_IN carries no flow and always passes. */
    private static final String EDGE_FILTER = "(r.validFrom IS NULL OR r.validFrom <= $asOf)"
            + " AND (r.validTo IS NULL OR r.validTo > $asOf)"
            + " AND (r.flow IS NULL OR (r.myNumber AND $item = '個人番号') OR $item IN r.items)";

    private static final String START = "MATCH (start:`%s` {`%s`: $key}) RETURN start";

    /**
     * One hop of the breadth-first search: every qualifying edge leaving the frontier, with the node
     * at its other end. Run once per hop inside one read transaction.
     */
    public static String hopQuery(TraceDirection direction) {
        String step = direction == TraceDirection.DOWNSTREAM ? "(a)-[r:FLOWS_TO|STORED_IN]->(b)"
                : "(a)<-[r:FLOWS_TO|STORED_IN]-(b)";
        return "UNWIND $frontier AS source\n"
                + "MATCH (a) WHERE elementId(a) = source\n"
                + "MATCH " + step + " WHERE " + EDGE_FILTER + "\n"
                + "RETURN elementId(a) AS a, b, type(r) AS type, properties(r) AS props";
    }

    /** The start node; the label and key name come from NodeKind. */
    public static String startQuery(NodeId start) {
        return START.formatted(start.kind().label(), start.kind().keyProperty());
    }

    /** Provenance and citations of the flows a trace shows. */
    public static final String FLOWS = "UNWIND $ids AS id MATCH (f:Flow {id: id}) RETURN f";

    /** How many flows leave each hub the trace stopped at. */
    public static String hubDegreeQuery(TraceDirection direction) {
        String step = direction == TraceDirection.DOWNSTREAM ? "(h)-[:FLOWS_TO]->()" : "(h)<-[:FLOWS_TO]-()";
        return "UNWIND $hubs AS hub MATCH (h) WHERE elementId(h) = hub RETURN hub, COUNT { " + step + " } AS degree";
    }

    private record Reached(Node node, int hops, String id) {
    }

    private record PendingEdge(String from, String to, int hops, String type, Value props) {
    }

    /**
     * Breadth-first, level by level: a node is expanded once, at its shortest distance, so the work
     * grows with the size of the answer, not with the number of paths. (A single quantified path
     * pattern, SHORTEST 1 with an open end, was measured first: it tracks trails, and at 8 hops on a
     * 150-document graph took 6–20 s where this takes milliseconds; see bench/RESULTS.md.)
     */
    private Optional<Trace> run(TransactionContext tx, TraceRequest request) {
        NodeId from = request.from();
        Set<String> expand = new HashSet<>();
        request.expand().forEach(id -> expand.add(id.key()));
        expand.add(from.key());
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", from.key());
        parameters.put("asOf", request.asOf().toString());
        parameters.put("item", request.item());
        var startRows = tx.run(startQuery(from), parameters).list();
        if (startRows.isEmpty()) {
            return Optional.empty();
        }
        Node start = startRows.get(0).get("start").asNode();
        boolean downstream = request.direction() == TraceDirection.DOWNSTREAM;
        Map<String, Reached> reached = new LinkedHashMap<>();
        reached.put(start.elementId(), new Reached(start, 0, GraphNode.of(start).id()));
        List<PendingEdge> pending = new ArrayList<>();
        Set<String> unexpandedHubs = new HashSet<>();
        Set<String> leftOutNodes = new HashSet<>();
        int edgesLeftOut = 0;
        List<String> frontier = List.of(start.elementId());
        String hop = hopQuery(request.direction());
        for (int depth = 1; depth <= request.maxHops() && !frontier.isEmpty(); depth++) {
            parameters.put("frontier", frontier);
            List<String> next = new ArrayList<>();
            for (Record row : tx.run(hop, parameters).list()) {
                Node b = row.get("b").asNode();
                String bId = b.elementId();
                if (!reached.containsKey(bId)) {
                    if (reached.size() >= request.budget()) {
                        leftOutNodes.add(bId);
                        edgesLeftOut++;
                        continue;
                    }
                    var node = GraphNode.of(b);
                    reached.put(bId, new Reached(b, depth, node == null ? bId : node.id()));
                    if (isHub(b) && !expand.contains(b.get("id").asString(""))) {
                        unexpandedHubs.add(bId);
                    } else {
                        next.add(bId);
                    }
                }
                String aId = row.get("a").asString();
                pending.add(downstream ? new PendingEdge(aId, bId, depth, row.get("type").asString(), row.get("props"))
                        : new PendingEdge(bId, aId, depth, row.get("type").asString(), row.get("props")));
            }
            frontier = next;
        }
        // Provenance and citations live on the Flow nodes: one lookup for all edges kept.
        List<String> flowIds = pending.stream().filter(e -> "FLOWS_TO".equals(e.type()))
                .map(e -> e.props().get("flow").asString()).distinct().toList();
        Map<String, Node> flows = new HashMap<>();
        tx.run(FLOWS, Map.of("ids", flowIds)).list().forEach(r -> {
            Node f = r.get("f").asNode();
            flows.put(f.get("id").asString(), f);
        });
        List<TraceEdge> edges = new ArrayList<>();
        for (PendingEdge e : pending) {
            edges.add(edge(reached.get(e.from()), reached.get(e.to()), e, flows));
        }
        Map<String, Integer> hubDegrees = new HashMap<>();
        if (!unexpandedHubs.isEmpty()) {
            tx.run(hubDegreeQuery(request.direction()), Map.of("hubs", List.copyOf(unexpandedHubs)))
                    .list().forEach(r -> hubDegrees.put(r.get("hub").asString(), r.get("degree").asInt()));
        }
        List<TraceNode> nodes = reached.values().stream()
                .sorted(Comparator.comparingInt(Reached::hops).thenComparing(Reached::id))
                .map(r -> new TraceNode(GraphNode.of(r.node()), r.hops(), isHub(r.node()),
                        !unexpandedHubs.contains(r.node().elementId()),
                        hubDegrees.getOrDefault(r.node().elementId(), 0)))
                .toList();
        int hubEdges = hubDegrees.values().stream().mapToInt(Integer::intValue).sum();
        edges.sort(Comparator.comparingInt(TraceEdge::hops).thenComparing(TraceEdge::id));
        return Optional.of(new Trace(GraphNode.of(start), request.item(), request.direction(), request.maxHops(),
                request.asOf().toString(), nodes, edges, new LeftOut(leftOutNodes.size(), edgesLeftOut, hubEdges)));
    }

    private static boolean isHub(Node node) {
        return node.get("hub").asBoolean(false);
    }

    private static TraceEdge edge(Reached from, Reached to, PendingEdge e, Map<String, Node> flows) {
        var props = e.props();
        String fromId = from.id();
        String toId = to.id();
        if (!"FLOWS_TO".equals(e.type())) {
            return new TraceEdge(e.type() + ":" + fromId + ">" + toId, fromId, toId, e.type(), e.hops(), "保管", false,
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        }
        String flowId = props.get("flow").asString();
        Node flow = flows.get(flowId);
        return new TraceEdge("FLOWS_TO:" + flowId, fromId, toId, e.type(), e.hops(), FlowSummary.text(props.get("kind")),
                props.get("myNumber").asBoolean(false), FlowSummary.strings(props.get("methods")),
                FlowSummary.strings(props.get("via")), FlowSummary.strings(props.get("basis")),
                FlowSummary.strings(props.get("beppyoItems")),
                flow == null ? List.of() : FlowSummary.strings(flow.get("citations")),
                FlowSummary.strings(props.get("items")), "Flow:" + flowId,
                flow == null ? null : FlowProvenance.of(flow));
    }
}
