package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.NodeKind;
import io.mynumberlineage.trace.TraceService.Answer;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import io.mynumberlineage.trace.TraceService.TraceRequest;
import java.lang.reflect.Array;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Label;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.graphdb.Transaction;

/**
 * The trace's breadth-first search over Neo4j's Java API, next to the data: the same levels, edge
 * filter, hub rule and budget as the unrolled Cypher of {@link TraceCypher#query}. The embedded
 * app reads traces with it in-process ({@link #read}); {@link TraceProcedure} offers it to Cypher.
 */
final class TraceWalk {

    private static final RelationshipType FLOWS_TO = RelationshipType.withName("FLOWS_TO");
    private static final RelationshipType ROUTE = RelationshipType.withName("ROUTE");
    private static final RelationshipType SENDS = RelationshipType.withName("SENDS");
    private static final RelationshipType TO = RelationshipType.withName("TO");
    private static final RelationshipType[] TYPES = {FLOWS_TO, RelationshipType.withName("STORED_IN"), ROUTE};
    private static final Label FLOW = Label.label(NodeKind.FLOW.label());
    /** What the edge filter reads. */
    private static final List<String> FILTER_KEYS = List.of("validFrom", "validTo", "flow", "myNumber", "items", "routed",
            "seq", "last");

    /** A node first reached {@code hops} away. */
    record Reached(Node node, int hops) {
    }

    /**
     * An edge walked from {@code near} (the frontier side) to {@code far}, with the properties read:
     * the filter's and the caller's (absent ones missing).
     */
    record Step(Node near, Node far, Relationship relationship, Map<String, Object> properties, int hops) {
    }

    /**
     * @param dropped the nodes met beyond the budget (again at each later level that meets them)
     * @param droppedSteps the relationships walked to them
     * @param hubs hubs reached and not expanded
     */
    record Walk(List<Reached> nodes, List<Step> steps, List<Node> dropped, List<Relationship> droppedSteps, List<Node> hubs) {
    }

    private TraceWalk() {
    }

    /**
     * @param withSteps whether to keep the edges walked (only counted otherwise)
     * @param edgeKeys the properties each kept step carries
     */
    static Walk walk(Node start, boolean downstream, int maxHops, String asOf, String item, Set<String> expand,
            int budget, boolean withSteps, List<String> edgeKeys) {
        Direction direction = downstream ? Direction.OUTGOING : Direction.INCOMING;
        // One pass over each relationship's property chain for the filter and the answer together;
        // a read per key walked the chain again each time.
        Set<String> keys = new LinkedHashSet<>(FILTER_KEYS);
        keys.addAll(edgeKeys);
        String[] read = keys.toArray(String[]::new);
        // Element ids are long strings; hashing them for every relationship walked was a visible share of a trace.
        Set<Long> seen = new HashSet<>();
        seen.add(id(start));
        List<Reached> nodes = new ArrayList<>(List.of(new Reached(start, 0)));
        List<Step> steps = new ArrayList<>();
        List<Node> dropped = new ArrayList<>();
        List<Node> hubs = new ArrayList<>();
        List<Relationship> droppedSteps = new ArrayList<>();
        // A node of the frontier, the routes that brought it (it continues only those when it is a hub),
        // and whether it may start new routes and follow plain edges; the start follows everything.
        record Entry(Node node, Set<String> entered, boolean free, boolean all) {
        }
        String routeStart = downstream ? "seq" : "last";
        long startId = id(start);
        List<Entry> frontier = List.of(new Entry(start, Set.of(), true, true));
        for (int hop = 1; hop <= maxHops && !frontier.isEmpty(); hop++) {
            List<Node> keptHere = new ArrayList<>();
            Map<Long, Set<String>> entered = new HashMap<>();
            // Nodes met before this level that a route reaches now: they continue that route next level.
            Map<Long, Node> again = new java.util.LinkedHashMap<>();
            Map<Long, Set<String>> reentered = new HashMap<>();
            Set<Long> over = new HashSet<>();
            for (Entry entry : frontier) {
                Node near = entry.node();
                try (var relationships = near.getRelationships(direction, TYPES)) {
                    for (Relationship r : relationships) {
                        Map<String, Object> properties = r.getProperties(read);
                        if (!passes(properties, asOf, item) || !follows(entry.all(), entry.free(), entry.entered(),
                                r.isType(ROUTE), properties, routeStart)) {
                            continue;
                        }
                        Node far = r.getOtherNode(near);
                        Long farId = id(far);
                        if (!seen.contains(farId) && !over.contains(farId)) {
                            if (seen.size() >= budget) {
                                over.add(farId);
                                dropped.add(far);
                            } else {
                                seen.add(farId);
                                nodes.add(new Reached(far, hop));
                                keptHere.add(far);
                                entered.put(farId, new HashSet<>());
                                boolean hub = Boolean.TRUE.equals(far.getProperty("hub", null));
                                if (hub && !expand.contains(String.valueOf(far.getProperty("id", "")))) {
                                    hubs.add(far);
                                }
                            }
                        }
                        if (r.isType(ROUTE)) {
                            String flow = String.valueOf(properties.get("flow"));
                            Set<String> routes = entered.get(farId);
                            if (routes != null) {
                                routes.add(flow);
                            } else if (seen.contains(farId) && farId != startId) {
                                again.putIfAbsent(farId, far);
                                reentered.computeIfAbsent(farId, k -> new HashSet<>()).add(flow);
                            }
                        }
                        if (over.contains(farId)) {
                            droppedSteps.add(r);
                        } else if (withSteps) {
                            steps.add(new Step(near, far, r, properties, hop));
                        }
                    }
                }
            }
            List<Entry> next = new ArrayList<>(keptHere.size());
            for (Node node : keptHere) {
                boolean hub = Boolean.TRUE.equals(node.getProperty("hub", null));
                boolean free = !hub || expand.contains(String.valueOf(node.getProperty("id", "")));
                next.add(new Entry(node, entered.get(id(node)), free, false));
            }
            again.forEach((nodeId, node) -> next.add(new Entry(node, reentered.get(nodeId), false, false)));
            frontier = next;
        }
        return new Walk(nodes, steps, dropped, droppedSteps, hubs);
    }

    /**
     * Route semantics, the same as {@link TraceCypher}'s level: a ROUTE hop is followed from the start,
     * along a route that reached the node, or, from a node that is not a closed hub, where a route
     * begins; plain edges (unrouted FLOWS_TO, STORED_IN) only from nodes that are not closed hubs.
     * A FLOWS_TO that has its route in ROUTE hops is never walked: the route replaces it.
     */
    static boolean follows(boolean all, boolean free, Set<String> entered, boolean route, Map<String, Object> r,
            String routeStart) {
        if (Boolean.TRUE.equals(r.get("routed"))) {
            return false;
        }
        if (all) {
            return true;
        }
        if (!route) {
            return free;
        }
        if (entered.contains(String.valueOf(r.get("flow")))) {
            return true;
        }
        Object begin = r.get(routeStart);
        return free && ("seq".equals(routeStart) ? begin instanceof Number n && n.longValue() == 0 : Boolean.TRUE.equals(begin));
    }

    /** The node's internal id: valid within one transaction, which is all a walk needs, and cheap to hash. */
    @SuppressWarnings("deprecation")
    static long id(Node node) {
        return node.getId();
    }

    /** The relationship's internal id, as {@link #id(Node)}. */
    @SuppressWarnings("deprecation")
    static long id(Relationship relationship) {
        return relationship.getId();
    }

    /**
     * The trace of {@code request} (one direction) read in {@code tx}; empty when the start node does
     * not exist. Edges come out in the direction the data moves, whichever way the walk went.
     */
    static Optional<RawTrace> read(Transaction tx, TraceRequest request) {
        if (request.direction() == TraceDirection.BOTH) {
            throw new IllegalArgumentException("a walk goes one way; TraceService joins BOTH from two");
        }
        NodeKind kind = request.from().kind();
        Node start = tx.findNode(Label.label(kind.label()), kind.keyProperty(), request.from().key());
        if (start == null) {
            return Optional.empty();
        }
        Answer answer = request.answer();
        List<String> edgeKeys = answer.edgeKeys();
        boolean downstream = request.direction() == TraceDirection.DOWNSTREAM;
        var walk = walk(start, downstream, request.maxHops(), request.asOf().toString(), request.item(),
                request.expandKeys(), request.budget(), answer.edges(), edgeKeys);
        List<RawTrace.RawNode> nodes = walk.nodes().stream().map(r -> new RawTrace.RawNode(id(r.node()),
                labels(r.node()), plain(r.node().getAllProperties()), r.hops(), request.direction())).toList();
        List<RawTrace.RawEdge> edges = new ArrayList<>();
        Map<String, RawTrace.RawFlow> flows = new HashMap<>();
        for (var step : walk.steps()) {
            Map<String, Object> properties = new HashMap<>();
            for (String key : edgeKeys) {
                properties.put(key, plain(step.properties().get(key)));
            }
            if (answer.flows() && properties.get("flow") instanceof String flowId && !flows.containsKey(flowId)) {
                flows.put(flowId, statement(tx, flowId, step.relationship(), answer.flowEnds()));
            }
            long near = id(step.near());
            long far = id(step.far());
            edges.add(new RawTrace.RawEdge(id(step.relationship()), downstream ? near : far, downstream ? far : near,
                    step.relationship().getType().name(), properties, step.hops()));
        }
        Direction out = downstream ? Direction.OUTGOING : Direction.INCOMING;
        Map<Object, Integer> hubDegrees = new HashMap<>();
        walk.hubs().forEach(h -> hubDegrees.put(id(h), h.getDegree(FLOWS_TO, out)));
        Set<Object> dropped = new HashSet<>();
        walk.dropped().forEach(n -> dropped.add(id(n)));
        List<Object> droppedEdges = new ArrayList<>();
        walk.droppedSteps().forEach(r -> droppedEdges.add(id(r)));
        return Optional.of(new RawTrace(nodes, edges, dropped, droppedEdges, flows, hubDegrees));
    }

    /** The statement of a hop: its Flow node (with its ends when asked), or the hop itself when it has none. */
    private static RawTrace.RawFlow statement(Transaction tx, String flowId, Relationship hop, boolean ends) {
        Node flow = tx.findNode(FLOW, "id", flowId);
        if (flow == null) {
            return new RawTrace.RawFlow(plain(hop.getAllProperties()), true, null, null);
        }
        return new RawTrace.RawFlow(plain(flow.getAllProperties()), false,
                ends ? end(flow, SENDS, Direction.INCOMING) : null, ends ? end(flow, TO, Direction.OUTGOING) : null);
    }

    private static GraphNode end(Node flow, RelationshipType type, Direction direction) {
        try (var relationships = flow.getRelationships(direction, type)) {
            for (Relationship r : relationships) {
                Node other = r.getOtherNode(flow);
                return GraphNode.of(labels(other), plain(other.getAllProperties()));
            }
        }
        return null;
    }

    private static List<String> labels(Node node) {
        List<String> labels = new ArrayList<>();
        node.getLabels().forEach(l -> labels.add(l.name()));
        return labels;
    }

    /** EDGE_FILTER of {@link TraceCypher}, with Cypher's null logic: absent myNumber or items never pass alone. */
    static boolean passes(Map<String, Object> r, String asOf, String item) {
        Object from = r.get("validFrom");
        Object to = r.get("validTo");
        if (from != null && from.toString().compareTo(asOf) > 0 || to != null && to.toString().compareTo(asOf) <= 0) {
            return false;
        }
        if (!r.containsKey("flow") || "個人番号".equals(item) && Boolean.TRUE.equals(r.get("myNumber"))) {
            return true;
        }
        return r.get("items") instanceof String[] items && List.of(items).contains(item);
    }

    /** A property as the driver would give it: arrays become lists, except bytes. */
    static Object plain(Object value) {
        if (value == null || !value.getClass().isArray() || value instanceof byte[]) {
            return value;
        }
        int length = Array.getLength(value);
        List<Object> list = new ArrayList<>(length);
        for (int i = 0; i < length; i++) {
            list.add(Array.get(value, i));
        }
        return list;
    }

    /** All properties of an entity as the driver would give them. */
    static Map<String, Object> plain(Map<String, Object> properties) {
        Map<String, Object> plain = new HashMap<>();
        properties.forEach((k, v) -> plain.put(k, plain(v)));
        return plain;
    }
}
