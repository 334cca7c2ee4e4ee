package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.LineageProperties;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;
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

    /** @param details whether to look up the flows' provenance and citations and the hubs' degrees */
    public record TraceRequest(NodeId from, String item, TraceDirection direction, int maxHops, LocalDate asOf,
            List<NodeId> expand, int budget, boolean details) {

        public TraceRequest(NodeId from, String item, TraceDirection direction, int maxHops, LocalDate asOf,
                List<NodeId> expand, int budget) {
            this(from, item, direction, maxHops, asOf, expand, budget, true);
        }
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
    /** Whether the store has {@link TraceProcedure}; asked once (a restarted embedded store registers it again). */
    private volatile Boolean inStore;

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

    /**
     * One level of the breadth-first search, run once per hop inside the one query: the qualifying
     * edges leaving the frontier, the nodes first reached there (up to what is left of the budget),
     * the nodes over budget, and the next frontier, which leaves out hubs not named in $expand.
     */
    private static final String LEVEL = """
            CALL (frontier, seen) {
              UNWIND frontier AS a
              MATCH %1$s WHERE %2$s
              WITH collect([elementId(a), elementId(b), type(r), properties(r)]) AS found, collect(DISTINCT b) AS ends
              WITH found, [x IN ends WHERE NOT elementId(x) IN seen] AS fresh
              RETURN found, fresh[0..($budget - size(seen))] AS kept, [x IN fresh[($budget - size(seen))..] | elementId(x)] AS over
            }
            WITH start, seen + [x IN kept | elementId(x)] AS seen, nodes + [x IN kept | [x, %3$d]] AS nodes,
                 edges + [e IN found WHERE NOT e[1] IN over | e + %3$d] AS edges, dropped + over AS dropped,
                 droppedEdges + size([e IN found WHERE e[1] IN over]) AS droppedEdges,
                 hubs + [x IN kept WHERE coalesce(x.hub, false) AND NOT x.id IN $expand] AS hubs,
                 [x IN kept WHERE NOT coalesce(x.hub, false) OR x.id IN $expand] AS frontier
            """;

    /** Provenance and citations of the flows shown, and how many flows leave each hub not expanded. */
    private static final String DETAILS = """
            CALL (edges) {
              UNWIND edges AS e
              WITH e WHERE $details AND e[2] = 'FLOWS_TO'
              MATCH (f:Flow {id: e[3].flow})
              RETURN collect(DISTINCT f) AS flows
            }
            CALL (hubs) {
              UNWIND hubs AS h
              RETURN collect([elementId(h), COUNT { %s }]) AS degrees
            }
            RETURN nodes, edges, dropped, droppedEdges, flows, degrees
            """;

    /**
     * The whole trace as one parameterised query: the start, one unrolled breadth-first level per
     * hop, then the details. Labels, key names and the number of levels come from NodeKind and the
     * validated request, never from input text; values are parameters ({@link #parameters}).
     *
     * <p>Why unrolled levels and not a quantified path pattern: QPP enumerates trails, and between
     * a file and its recipients there are many parallel flows, so the number of trails explodes with
     * the hop count (measured at 6–20 s for 8 hops where this takes milliseconds, bench/RESULTS.md).
     * Here every node is expanded once, at its shortest distance, and the answer costs one round trip.
     */
    public static String query(NodeKind startKind, TraceDirection direction, int maxHops) {
        return query(startKind, direction, maxHops, false);
    }

    /**
     * @param inStore the search as the store's own procedure ({@link TraceProcedure}, embedded mode);
     *     otherwise as unrolled Cypher levels, which any Neo4j 5 server runs
     */
    public static String query(NodeKind startKind, TraceDirection direction, int maxHops, boolean inStore) {
        String hubStep = direction == TraceDirection.DOWNSTREAM ? "(h)-[:FLOWS_TO]->()" : "(h)<-[:FLOWS_TO]-()";
        StringBuilder cypher = new StringBuilder("MATCH (start:`%s` {`%s`: $key})\n".formatted(startKind.label(),
                startKind.keyProperty()));
        if (inStore) {
            cypher.append("CALL " + TraceProcedure.NAME + "(start, $downstream, $maxHops, $asOf, $item, $expand, $budget)"
                    + " YIELD nodes, edges, dropped, droppedEdges, hubs\n");
        } else {
            String step = direction == TraceDirection.DOWNSTREAM ? "(a)-[r:FLOWS_TO|STORED_IN]->(b)"
                    : "(a)<-[r:FLOWS_TO|STORED_IN]-(b)";
            cypher.append("WITH start, [start] AS frontier, [elementId(start)] AS seen, [[start, 0]] AS nodes,"
                    + " [] AS edges, [] AS dropped, 0 AS droppedEdges, [] AS hubs\n");
            for (int hop = 1; hop <= maxHops; hop++) {
                cypher.append(LEVEL.formatted(step, EDGE_FILTER, hop));
            }
        }
        cypher.append(DETAILS.formatted(hubStep));
        return cypher.toString();
    }

    /** The query this service runs against its store: in the store when the procedure is there. */
    public String queryFor(NodeKind startKind, TraceDirection direction, int maxHops) {
        return query(startKind, direction, maxHops, procedureInStore());
    }

    private boolean procedureInStore() {
        Boolean known = inStore;
        if (known == null) {
            known = storeHasProcedure(driver);
            inStore = known;
        }
        return known;
    }

    /** Whether the store the driver reaches has {@link TraceProcedure} (the embedded store registers it). */
    public static boolean storeHasProcedure(Driver driver) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> tx.run("SHOW PROCEDURES YIELD name WHERE name = $name RETURN count(*) > 0",
                    Map.of("name", TraceProcedure.NAME)).single().get(0).asBoolean());
        }
    }

    /** The values of {@link #query}; {@code details} fetches the flows' provenance and the hubs' degrees. */
    public static Map<String, Object> parameters(TraceRequest request, boolean details) {
        Set<String> expand = new HashSet<>();
        request.expand().forEach(id -> expand.add(id.key()));
        return Map.of("key", request.from().key(), "asOf", request.asOf().toString(), "item", request.item(),
                "budget", request.budget(), "expand", List.copyOf(expand), "details", details,
                "downstream", request.direction() == TraceDirection.DOWNSTREAM, "maxHops", request.maxHops());
    }

    private record Reached(Node node, int hops, String id) {
    }

    private Optional<Trace> run(TransactionContext tx, TraceRequest request) {
        var rows = tx.run(queryFor(request.from().kind(), request.direction(), request.maxHops()),
                parameters(request, request.details())).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record row = rows.get(0);
        Map<String, Reached> reached = new LinkedHashMap<>();
        for (Value pair : row.get("nodes").values()) {
            Node node = pair.get(0).asNode();
            var graphNode = GraphNode.of(node);
            reached.put(node.elementId(), new Reached(node, pair.get(1).asInt(),
                    graphNode == null ? node.elementId() : graphNode.id()));
        }
        Map<String, Node> flows = new HashMap<>();
        for (Value flow : row.get("flows").values()) {
            flows.put(flow.asNode().get("id").asString(), flow.asNode());
        }
        Map<String, Integer> hubDegrees = new HashMap<>();
        for (Value degree : row.get("degrees").values()) {
            hubDegrees.put(degree.get(0).asString(), degree.get(1).asInt());
        }
        boolean downstream = request.direction() == TraceDirection.DOWNSTREAM;
        List<TraceEdge> edges = new ArrayList<>();
        for (Value e : row.get("edges").values()) {
            Reached a = reached.get(e.get(0).asString());
            Reached b = reached.get(e.get(1).asString());
            edges.add(downstream ? edge(a, b, e, flows) : edge(b, a, e, flows));
        }
        List<TraceNode> nodes = reached.values().stream()
                .sorted(Comparator.comparingInt(Reached::hops).thenComparing(Reached::id))
                .map(r -> new TraceNode(GraphNode.of(r.node()), r.hops(), isHub(r.node()),
                        !hubDegrees.containsKey(r.node().elementId()),
                        hubDegrees.getOrDefault(r.node().elementId(), 0)))
                .toList();
        int hubEdges = hubDegrees.values().stream().mapToInt(Integer::intValue).sum();
        edges.sort(Comparator.comparingInt(TraceEdge::hops).thenComparing(TraceEdge::id));
        int leftOutNodes = Set.copyOf(row.get("dropped").asList(Value::asString)).size();
        Node start = reached.values().iterator().next().node();
        return Optional.of(new Trace(GraphNode.of(start), request.item(), request.direction(), request.maxHops(),
                request.asOf().toString(), nodes, edges,
                new LeftOut(leftOutNodes, row.get("droppedEdges").asInt(), hubEdges)));
    }

    private static boolean isHub(Node node) {
        return node.get("hub").asBoolean(false);
    }

    /** One edge row of the query, [from, to, type, properties, hops], in the direction the data moves. */
    private static TraceEdge edge(Reached from, Reached to, Value row, Map<String, Node> flows) {
        String type = row.get(2).asString();
        var props = row.get(3);
        int hops = row.get(4).asInt();
        String fromId = from.id();
        String toId = to.id();
        if (!"FLOWS_TO".equals(type)) {
            return new TraceEdge(type + ":" + fromId + ">" + toId, fromId, toId, type, hops, "保管", false,
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        }
        String flowId = props.get("flow").asString();
        Node flow = flows.get(flowId);
        return new TraceEdge("FLOWS_TO:" + flowId, fromId, toId, type, hops, FlowSummary.text(props.get("kind")),
                props.get("myNumber").asBoolean(false), FlowSummary.strings(props.get("methods")),
                FlowSummary.strings(props.get("via")), FlowSummary.strings(props.get("basis")),
                FlowSummary.strings(props.get("beppyoItems")),
                flow == null ? List.of() : FlowSummary.strings(flow.get("citations")),
                FlowSummary.strings(props.get("items")), "Flow:" + flowId,
                flow == null ? null : FlowProvenance.of(flow));
    }
}
