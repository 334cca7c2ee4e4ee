package io.mynumberlineage.trace;

import io.mynumberlineage.graph.EmbeddedReads;
import io.mynumberlineage.graph.GraphDocument;
import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.LineageProperties;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.SchemaMigrations;
import io.mynumberlineage.route.NationalArchitecture;
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
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Service;

/**
 * "Where does this 個人番号 travel": the subgraph reachable from a node over FLOWS_TO (and
 * STORED_IN, from a file into the system holding it), each node and edge once with its hop
 * distance.
 *
 * <p>Reachability is a breadth-first search: each node is expanded once, at its shortest distance,
 * instead of enumerating paths, which on a national graph would explode. Shared national nodes and
 * roles ({@code hub: true}) are where data arrives: the search does not leave them unless the
 * caller names them in {@code expand}. The answer is cut at a node budget, nearest nodes first,
 * with counts of what was left out. The embedded store is walked in-process ({@link TraceWalk}), an
 * external server through one Cypher query ({@link TraceCypher}); both give the same answer. Both
 * walk one direction; {@link TraceDirection#BOTH} is joined here from a downstream and an upstream
 * answer read in the same transaction ({@link RawTrace#both}).
 */
@Service
public class TraceService {

    public static final int MAX_HOPS = 10;
    public static final int MAX_BUDGET = 5000;
    public static final int DEFAULT_BUDGET = 500;

    /** BOTH: the two answers joined, each node and edge once at its smaller distance (see trace.graphqls). */
    public enum TraceDirection { DOWNSTREAM, UPSTREAM, BOTH }

    /** @param answer what of the trace the caller reads; the store sends nothing more */
    public record TraceRequest(NodeId from, String item, TraceDirection direction, int maxHops, LocalDate asOf,
            List<NodeId> expand, int budget, Answer answer) {

        /** The keys of the hubs to expand, as the search compares them. */
        Set<String> expandKeys() {
            Set<String> keys = new HashSet<>();
            expand.forEach(id -> keys.add(id.key()));
            return keys;
        }

        public TraceRequest(NodeId from, String item, TraceDirection direction, int maxHops, LocalDate asOf,
                List<NodeId> expand, int budget) {
            this(from, item, direction, maxHops, asOf, expand, budget, Answer.FULL);
        }

        /** The same question one way, read as {@code answer}. */
        TraceRequest toward(TraceDirection one, Answer read) {
            return new TraceRequest(from, item, one, maxHops, asOf, expand, budget, read);
        }
    }

    /**
     * The properties of a hop a trace can read, besides its flow id and index: what the hop itself
     * says (its step, how it is known, the basis it rests on). What the statement says is read off
     * the statement ({@link Flow}).
     */
    public static final List<String> EDGE_PROPERTIES = List.of("kind", "step", "basis", "evidence", "ruleId",
            "provDocument", "provSection", "provLine", "provQuote");

    /**
     * What the caller reads of a trace. A national trace reaches hundreds of edges, each with lists
     * of data items and legal bases; sending them through Bolt and GraphQL when nobody reads them cost
     * more than the search itself (bench/RESULTS.md).
     *
     * @param edges whether the edges are wanted at all
     * @param edgeProperties which of {@link #EDGE_PROPERTIES} the edges carry
     * @param flows whether to read the edges' statements beyond their ids (one lookup per statement)
     * @param flowEnds whether to read the statements' two ends too (two more per statement)
     */
    public record Answer(boolean edges, List<String> edgeProperties, boolean flows, boolean flowEnds) {

        public static final Answer FULL = new Answer(true, EDGE_PROPERTIES, true, true);
        public static final Answer NODES = new Answer(false, List.of(), false, false);

        public Answer {
            if (!EDGE_PROPERTIES.containsAll(edgeProperties)) {
                throw new IllegalArgumentException("unknown edge properties: " + edgeProperties);
            }
            edgeProperties = List.copyOf(edgeProperties);
        }

        /** The keys the store reads off each edge: the flow id first (edge ids derive from it), then the chosen ones. */
        List<String> edgeKeys() {
            List<String> keys = new ArrayList<>(List.of("flow", "seq"));
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
     * @param direction the direction that reached the node at {@code hops}
     */
    public record TraceNode(GraphNode node, int hops, boolean hub, boolean expanded, int unexpandedEdges,
            TraceDirection direction) {
    }

    /**
     * One hop: what the hop itself says, and the statement it belongs to ({@code flow}; null for a
     * file's STORED_IN, which no statement makes).
     *
     * @param useBasis the 事務's 利用 basis a hop inside the municipality rests on instead of its
     *     statement's; null on every hop that rests on its statement's basis
     */
    public record TraceEdge(String id, String from, String to, String type, int hops, String step,
            HopEvidence evidence, List<String> useBasis, Flow flow) {
    }

    /**
     * How a hop is known: {@code STATED} with the document's words (document, section, line, quote),
     * or {@code DERIVED} with the national-architecture rule that completes the statement
     * ({@code completes}, the Flow id).
     */
    public record HopEvidence(String kind, String ruleId, String rule, String source, String completes,
            String document, String sectionPath, Integer line, String quote) {

        static HopEvidence of(Map<String, Object> props, String flowId) {
            Object kind = props.get("evidence");
            if (kind == null) {
                return null;
            }
            String ruleId = (String) props.get("ruleId");
            var rule = ruleId == null ? java.util.Optional.<NationalArchitecture.Rule>empty() : NationalArchitecture.rule(ruleId);
            Object line = props.get("provLine");
            return new HopEvidence(String.valueOf(kind), ruleId, rule.map(NationalArchitecture.Rule::summary).orElse(null),
                    rule.map(NationalArchitecture.Rule::source).orElse(null),
                    ruleId != null && flowId != null ? "Flow:" + flowId : null,
                    (String) props.get("provDocument"), (String) props.get("provSection"),
                    line instanceof Number n ? n.intValue() : null, (String) props.get("provQuote"));
        }
    }

    /** What the node budget cut off. */
    public record LeftOut(int nodes, int edges, int unexpandedHubEdges) {
    }

    private final Driver driver;
    /** The embedded store's Java API, in-process; absent with an external server. */
    private final EmbeddedReads embedded;
    private final Duration timeout;
    private final TransactionConfig transactionConfig;
    /** Whether the server has {@link TraceProcedure}; asked once. */
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
            return embedded.read(timeout, tx -> read(request, one -> TraceWalk.read(tx, one)))
                    .map(raw -> assemble(request, raw));
        }
        boolean inStore = procedureInStore();
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> read(request, one -> TraceCypher.read(tx, one, inStore)), transactionConfig)
                    .map(raw -> assemble(request, raw));
        }
    }

    /**
     * One direction as asked, or BOTH from a downstream and an upstream walk in the same transaction,
     * so both see the same store. For BOTH the walks keep their edges even when the caller reads none:
     * the count of edges left out is exact only with them.
     */
    private static Optional<RawTrace> read(TraceRequest request, Function<TraceRequest, Optional<RawTrace>> oneWay) {
        if (request.direction() != TraceDirection.BOTH) {
            return oneWay.apply(request);
        }
        Answer asked = request.answer();
        Answer read = asked.edges() ? asked : new Answer(true, List.of(), false, false);
        return oneWay.apply(request.toward(TraceDirection.DOWNSTREAM, read)).map(down -> RawTrace.both(down,
                oneWay.apply(request.toward(TraceDirection.UPSTREAM, read)).orElseThrow(), request.budget()));
    }

    private boolean procedureInStore() {
        Boolean known = inStore;
        if (known == null) {
            known = TraceCypher.storeHasProcedure(driver);
            inStore = known;
        }
        return known;
    }

    private record Reached(RawTrace.RawNode node, GraphNode graphNode, String id) {
    }

    private static Trace assemble(TraceRequest request, RawTrace raw) {
        Map<Object, Reached> reached = new LinkedHashMap<>();
        for (RawTrace.RawNode node : raw.nodes()) {
            var graphNode = GraphNode.of(node.labels(), node.properties());
            reached.put(node.key(), new Reached(node, graphNode,
                    graphNode == null ? String.valueOf(node.key()) : graphNode.id()));
        }
        List<TraceEdge> edges = new ArrayList<>();
        if (request.answer().edges()) {
            Map<String, Flow> statements = new HashMap<>();
            for (RawTrace.RawEdge e : raw.edges()) {
                edges.add(edge(reached.get(e.from()), reached.get(e.to()), e, raw.flows(), statements));
            }
        }
        var hubDegrees = raw.hubDegrees();
        List<TraceNode> nodes = reached.values().stream()
                .sorted(Comparator.comparingInt((Reached r) -> r.node().hops()).thenComparing(Reached::id))
                .map(r -> new TraceNode(r.graphNode(), r.node().hops(),
                        Boolean.TRUE.equals(r.node().properties().get("hub")),
                        !hubDegrees.containsKey(r.node().key()),
                        hubDegrees.getOrDefault(r.node().key(), 0), r.node().direction()))
                .toList();
        int hubEdges = hubDegrees.values().stream().mapToInt(Integer::intValue).sum();
        edges.sort(Comparator.comparingInt(TraceEdge::hops).thenComparing(TraceEdge::id));
        GraphNode start = reached.values().iterator().next().graphNode();
        return new Trace(start, request.item(), request.direction(), request.maxHops(), request.asOf().toString(),
                nodes, edges, new LeftOut(raw.dropped().size(), raw.droppedEdges().size(), hubEdges));
    }

    /**
     * One edge in the direction the data moves, with its statement: as stored when the caller reads
     * it, else just its id (one Flow per statement, shared by its hops).
     */
    private static TraceEdge edge(Reached from, Reached to, RawTrace.RawEdge e, Map<String, RawTrace.RawFlow> flows,
            Map<String, Flow> statements) {
        String fromId = from.id();
        String toId = to.id();
        var props = e.properties();
        if ("STORED_IN".equals(e.type())) {
            return new TraceEdge(e.type() + ":" + fromId + ">" + toId, fromId, toId, e.type(), e.hops(), "保管",
                    HopEvidence.of(props, null), null, null);
        }
        String flowId = (String) props.get("flow");
        String id = "ROUTE".equals(e.type()) ? "ROUTE:" + flowId + "#" + props.get("seq") : "FLOWS_TO:" + flowId;
        String step = (String) props.get("step");
        // 保管 and 連携 inside the municipality rest on the 事務's 利用 basis, except the document's own
        // 連携 statement, whose step is its kind and whose basis is its statement's (RoutePlanner).
        List<String> useBasis = step != null && GraphDocument.INSIDE_STEPS.contains(step) && !step.equals(props.get("kind"))
                ? Flow.strings(props.get("basis")) : null;
        Flow flow = statements.computeIfAbsent(flowId, k -> {
            RawTrace.RawFlow stated = flows.get(k);
            if (stated == null) {
                return Flow.of(k, Map.of(), null, null);
            }
            return stated.onHop() ? Flow.of(k, stated.properties(), from.graphNode(), to.graphNode())
                    : Flow.of(k, stated.properties(), stated.source(), stated.recipient());
        });
        return new TraceEdge(id, fromId, toId, e.type(), e.hops(), step, HopEvidence.of(props, flowId), useBasis, flow);
    }
}
