package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.LineageProperties;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;
import io.mynumberlineage.graph.SchemaMigrations;
import io.mynumberlineage.trace.FlowSummary.FlowProvenance;
import io.mynumberlineage.graph.EmbeddedReads;
import java.time.Duration;
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
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;
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

    /** @param answer what of the trace the caller reads; the store sends nothing more */
    public record TraceRequest(NodeId from, String item, TraceDirection direction, int maxHops, LocalDate asOf,
            List<NodeId> expand, int budget, Answer answer) {

        public TraceRequest(NodeId from, String item, TraceDirection direction, int maxHops, LocalDate asOf,
                List<NodeId> expand, int budget) {
            this(from, item, direction, maxHops, asOf, expand, budget, Answer.FULL);
        }
    }

    /** The properties of a FLOWS_TO edge a trace can show, besides its flow id. */
    public static final List<String> EDGE_PROPERTIES = List.of("kind", "myNumber", "methods", "via", "basis",
            "beppyoItems", "items");

    /**
     * What the caller reads of a trace. A national trace reaches hundreds of edges, each with lists
     * of data items and legal bases; sending them through Bolt and GraphQL when nobody reads them cost
     * more than the search itself (bench/RESULTS.md).
     *
     * @param edges whether the edges are wanted at all
     * @param edgeProperties which of {@link #EDGE_PROPERTIES} the edges carry
     * @param details whether to look up the flows' provenance and citations (one lookup per flow)
     */
    public record Answer(boolean edges, List<String> edgeProperties, boolean details) {

        public static final Answer FULL = new Answer(true, EDGE_PROPERTIES, true);
        public static final Answer NODES = new Answer(false, List.of(), false);

        public Answer {
            if (!EDGE_PROPERTIES.containsAll(edgeProperties)) {
                throw new IllegalArgumentException("unknown edge properties: " + edgeProperties);
            }
            edgeProperties = List.copyOf(edgeProperties);
        }

        /** The keys the store reads off each edge: the flow id first (edge ids derive from it), then the chosen ones. */
        List<String> edgeKeys() {
            List<String> keys = new ArrayList<>(List.of("flow"));
            keys.addAll(edgeProperties);
            return keys;
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
    /** The embedded store's Java API, in-process; absent with an external server. */
    private final EmbeddedReads embedded;
    private final Duration timeout;
    private final TransactionConfig transactionConfig;
    /** Whether the store has {@link TraceProcedure}; asked once (a restarted embedded store registers it again). */
    private volatile Boolean inStore;

    public TraceService(Driver driver, Optional<EmbeddedReads> embedded, LineageProperties properties,
            SchemaMigrations.SchemaVersion schema) {
        this.driver = driver;
        this.embedded = embedded.orElse(null);
        this.timeout = properties.queryTimeout();
        this.transactionConfig = TransactionConfig.builder().withTimeout(timeout).build();
    }

    /**
     * Empty when the start node does not exist. The embedded store walks in-process
     * ({@link TraceWalk}): a trace answer has hundreds of edges, and Bolt's encoding and decoding of
     * them cost more than the walk. A server gets the one-query form over the driver.
     */
    public Optional<Trace> trace(TraceRequest request) {
        if (embedded != null) {
            return embedded.read(timeout, tx -> walk(tx, request)).map(raw -> assemble(request, raw));
        }
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> run(tx, request), transactionConfig).map(raw -> assemble(request, raw));
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
              WITH collect([elementId(a), elementId(b), type(r), [k IN $edgeKeys | r[k]]]) AS found, collect(DISTINCT b) AS ends
              WITH found, [x IN ends WHERE NOT elementId(x) IN seen] AS fresh
              RETURN found, fresh[0..($budget - size(seen))] AS kept, [x IN fresh[($budget - size(seen))..] | elementId(x)] AS over
            }
            WITH start, seen + [x IN kept | elementId(x)] AS seen, nodes + [x IN kept | [x, %3$d]] AS nodes,
                 edges + [e IN found WHERE NOT e[1] IN over | e + %3$d] AS edges, dropped + over AS dropped,
                 droppedEdges + size([e IN found WHERE e[1] IN over]) AS droppedEdges,
                 hubs + [x IN kept WHERE coalesce(x.hub, false) AND NOT x.id IN $expand] AS hubs,
                 [x IN kept WHERE NOT coalesce(x.hub, false) OR x.id IN $expand] AS frontier
            """;

    /** Provenance and citations of the flows shown; only in the query when asked for. */
    private static final String FLOW_DETAILS = """
            CALL (edges) {
              UNWIND edges AS e
              WITH e WHERE e[2] = 'FLOWS_TO'
              MATCH (f:Flow {id: e[3][0]})
              RETURN collect(DISTINCT f) AS flows
            }
            """;

    /** How many flows leave each hub not expanded. */
    private static final String HUB_DEGREES = """
            CALL (hubs) {
              UNWIND hubs AS h
              RETURN collect([elementId(h), COUNT { %s }]) AS degrees
            }
            RETURN nodes, CASE WHEN $edges THEN edges ELSE [] END AS edges, dropped, droppedEdges, %s AS flows, degrees
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
    public static String query(NodeKind startKind, TraceDirection direction, int maxHops, boolean details) {
        return query(startKind, direction, maxHops, details, false);
    }

    /**
     * @param inStore the search as the store's own procedure ({@link TraceProcedure}, embedded mode);
     *     otherwise as unrolled Cypher levels, which any Neo4j 5 server runs
     */
    public static String query(NodeKind startKind, TraceDirection direction, int maxHops, boolean details,
            boolean inStore) {
        String hubStep = direction == TraceDirection.DOWNSTREAM ? "(h)-[:FLOWS_TO]->()" : "(h)<-[:FLOWS_TO]-()";
        StringBuilder cypher = new StringBuilder("MATCH (start:`%s` {`%s`: $key})\n".formatted(startKind.label(),
                startKind.keyProperty()));
        if (inStore) {
            cypher.append("CALL " + TraceProcedure.NAME
                    + "(start, $downstream, $maxHops, $asOf, $item, $expand, $budget, $edges, $edgeKeys)"
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
        if (details) {
            cypher.append(FLOW_DETAILS);
        }
        cypher.append(HUB_DEGREES.formatted(hubStep, details ? "flows" : "[]"));
        return cypher.toString();
    }

    /** The query this service runs against its store: in the store when the procedure is there. */
    public String queryFor(TraceRequest request) {
        return query(request.from().kind(), request.direction(), request.maxHops(), request.answer().details(),
                procedureInStore());
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

    /** The values of {@link #query}. */
    public static Map<String, Object> parameters(TraceRequest request) {
        Set<String> expand = new HashSet<>();
        request.expand().forEach(id -> expand.add(id.key()));
        return Map.of("key", request.from().key(), "asOf", request.asOf().toString(), "item", request.item(),
                "budget", request.budget(), "expand", List.copyOf(expand), "edges", request.answer().edges(),
                "edgeKeys", request.answer().edgeKeys(), "downstream", request.direction() == TraceDirection.DOWNSTREAM,
                "maxHops", request.maxHops());
    }

    /** The answer in plain Java values (lists as Lists), however it was read. */
    private record Raw(List<RawNode> nodes, List<RawEdge> edges, Set<Object> dropped, int droppedEdges,
            Map<String, Map<String, Object>> flows, Map<Object, Integer> hubDegrees) {
    }

    /** @param key the store's id for the node: its element id over the driver, its internal id in-process */
    private record RawNode(Object key, Iterable<String> labels, Map<String, Object> properties, int hops) {
    }

    /** An edge from the search's near side to its far side (node keys), with the properties asked for. */
    private record RawEdge(Object near, Object far, String type, Map<String, Object> properties, int hops) {
    }

    private Optional<Raw> walk(Transaction tx, TraceRequest request) {
        NodeKind kind = request.from().kind();
        Node start = tx.findNode(Label.label(kind.label()), kind.keyProperty(), request.from().key());
        if (start == null) {
            return Optional.empty();
        }
        Set<String> expand = new HashSet<>();
        request.expand().forEach(id -> expand.add(id.key()));
        Answer answer = request.answer();
        boolean downstream = request.direction() == TraceDirection.DOWNSTREAM;
        var walk = TraceWalk.walk(start, downstream, request.maxHops(), request.asOf().toString(), request.item(),
                expand, request.budget(), answer.edges(), answer.edgeKeys());
        List<RawNode> nodes = walk.nodes().stream().map(r -> new RawNode(TraceWalk.id(r.node()),
                labels(r.node()), TraceWalk.plain(r.node().getAllProperties()), r.hops())).toList();
        List<RawEdge> edges = new ArrayList<>();
        Map<String, Map<String, Object>> flows = new HashMap<>();
        for (var step : walk.steps()) {
            Map<String, Object> properties = new HashMap<>();
            for (String key : answer.edgeKeys()) {
                properties.put(key, TraceWalk.plain(step.properties().get(key)));
            }
            if (answer.details() && properties.get("flow") instanceof String flowId && !flows.containsKey(flowId)) {
                Node flow = tx.findNode(FLOW, "id", flowId);
                if (flow != null) {
                    flows.put(flowId, TraceWalk.plain(flow.getAllProperties()));
                }
            }
            edges.add(new RawEdge(TraceWalk.id(step.near()), TraceWalk.id(step.far()),
                    step.relationship().getType().name(), properties, step.hops()));
        }
        Direction out = downstream ? Direction.OUTGOING : Direction.INCOMING;
        Map<Object, Integer> hubDegrees = new HashMap<>();
        walk.hubs().forEach(h -> hubDegrees.put(TraceWalk.id(h), h.getDegree(FLOWS_TO, out)));
        return Optional.of(new Raw(nodes, edges, Set.copyOf(walk.dropped()), walk.droppedSteps(), flows, hubDegrees));
    }

    private static final Label FLOW = Label.label(NodeKind.FLOW.label());
    private static final RelationshipType FLOWS_TO = RelationshipType.withName("FLOWS_TO");

    private static List<String> labels(Node node) {
        List<String> labels = new ArrayList<>();
        node.getLabels().forEach(l -> labels.add(l.name()));
        return labels;
    }

    private Optional<Raw> run(TransactionContext tx, TraceRequest request) {
        var rows = tx.run(queryFor(request), parameters(request)).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record row = rows.get(0);
        List<RawNode> nodes = new ArrayList<>();
        for (Value pair : row.get("nodes").values()) {
            var node = pair.get(0).asNode();
            nodes.add(new RawNode(node.elementId(), node.labels(), node.asMap(), pair.get(1).asInt()));
        }
        List<String> keys = request.answer().edgeKeys();
        List<RawEdge> edges = new ArrayList<>();
        for (Value e : row.get("edges").values()) {
            Map<String, Object> properties = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                properties.put(keys.get(i), e.get(3).get(i).asObject());
            }
            edges.add(new RawEdge(e.get(0).asString(), e.get(1).asString(), e.get(2).asString(), properties,
                    e.get(4).asInt()));
        }
        Map<String, Map<String, Object>> flows = new HashMap<>();
        for (Value flow : row.get("flows").values()) {
            flows.put(flow.asNode().get("id").asString(), flow.asNode().asMap());
        }
        Map<Object, Integer> hubDegrees = new HashMap<>();
        for (Value degree : row.get("degrees").values()) {
            hubDegrees.put(degree.get(0).asString(), degree.get(1).asInt());
        }
        return Optional.of(new Raw(nodes, edges, Set.copyOf(row.get("dropped").asList()),
                row.get("droppedEdges").asInt(), flows, hubDegrees));
    }

    private record Reached(RawNode node, GraphNode graphNode, String id) {
    }

    private static Trace assemble(TraceRequest request, Raw raw) {
        Map<Object, Reached> reached = new LinkedHashMap<>();
        for (RawNode node : raw.nodes()) {
            var graphNode = GraphNode.of(node.labels(), node.properties());
            reached.put(node.key(), new Reached(node, graphNode,
                    graphNode == null ? String.valueOf(node.key()) : graphNode.id()));
        }
        boolean downstream = request.direction() == TraceDirection.DOWNSTREAM;
        List<TraceEdge> edges = new ArrayList<>();
        for (RawEdge e : raw.edges()) {
            Reached near = reached.get(e.near());
            Reached far = reached.get(e.far());
            edges.add(downstream ? edge(near, far, e, raw.flows()) : edge(far, near, e, raw.flows()));
        }
        var hubDegrees = raw.hubDegrees();
        List<TraceNode> nodes = reached.values().stream()
                .sorted(Comparator.comparingInt((Reached r) -> r.node().hops()).thenComparing(Reached::id))
                .map(r -> new TraceNode(r.graphNode(), r.node().hops(),
                        Boolean.TRUE.equals(r.node().properties().get("hub")),
                        !hubDegrees.containsKey(r.node().key()),
                        hubDegrees.getOrDefault(r.node().key(), 0)))
                .toList();
        int hubEdges = hubDegrees.values().stream().mapToInt(Integer::intValue).sum();
        edges.sort(Comparator.comparingInt(TraceEdge::hops).thenComparing(TraceEdge::id));
        GraphNode start = reached.values().iterator().next().graphNode();
        return new Trace(start, request.item(), request.direction(), request.maxHops(), request.asOf().toString(),
                nodes, edges, new LeftOut(raw.dropped().size(), raw.droppedEdges(), hubEdges));
    }

    /** One edge in the direction the data moves; properties not asked for are empty. */
    private static TraceEdge edge(Reached from, Reached to, RawEdge e, Map<String, Map<String, Object>> flows) {
        String fromId = from.id();
        String toId = to.id();
        if (!"FLOWS_TO".equals(e.type())) {
            return new TraceEdge(e.type() + ":" + fromId + ">" + toId, fromId, toId, e.type(), e.hops(), "保管", false,
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);
        }
        var props = e.properties();
        String flowId = (String) props.get("flow");
        Map<String, Object> flow = flows.get(flowId);
        return new TraceEdge("FLOWS_TO:" + flowId, fromId, toId, e.type(), e.hops(), (String) props.get("kind"),
                Boolean.TRUE.equals(props.get("myNumber")), FlowSummary.strings(props.get("methods")),
                FlowSummary.strings(props.get("via")), FlowSummary.strings(props.get("basis")),
                FlowSummary.strings(props.get("beppyoItems")),
                flow == null ? List.of() : FlowSummary.strings(flow.get("citations")),
                FlowSummary.strings(props.get("items")), "Flow:" + flowId,
                flow == null ? null : FlowProvenance.of(flow));
    }
}
