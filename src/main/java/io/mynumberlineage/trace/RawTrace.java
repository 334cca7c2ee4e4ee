package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trace's answer in plain Java values (lists as Lists), however it was read: in-process
 * ({@link TraceWalk}) or over the driver ({@link TraceCypher}). Keys of nodes and relationships
 * are the store's own ids, comparable within one answer and between two read the same way.
 *
 * @param dropped keys of the nodes met beyond the budget
 * @param droppedEdges keys of the relationships walked to those nodes (once per walk over them)
 * @param flows the statements of the edges by flow id, when the caller reads them
 * @param hubDegrees FLOWS_TO edges leaving each hub not expanded (in the direction walked), by node key
 */
record RawTrace(List<RawTrace.RawNode> nodes, List<RawTrace.RawEdge> edges, Set<Object> dropped,
        List<Object> droppedEdges, Map<String, RawFlow> flows, Map<Object, Integer> hubDegrees) {

    /**
     * @param key the store's id for the node: its element id over the driver, its internal id in-process
     * @param direction the direction of the walk that reached it at {@code hops}
     */
    record RawNode(Object key, Iterable<String> labels, Map<String, Object> properties, int hops,
            TraceDirection direction) {
    }

    /** A relationship in the direction the data moves (node keys), with the properties asked for. */
    record RawEdge(Object key, Object from, Object to, String type, Map<String, Object> properties, int hops) {
    }

    /**
     * A statement as stored: the Flow node's properties and, when asked for, its two ends; or, for
     * the document's own 使用 / 連携 statements, which have no Flow node, the properties of their hop
     * ({@code onHop}: the hop's ends are the statement's).
     */
    record RawFlow(Map<String, Object> properties, boolean onHop, GraphNode source, GraphNode recipient) {
    }

    /** The deepest level this answer knows completely: all of it without a cut, else up to its last kept level. */
    private int knownLevel() {
        return dropped.isEmpty() ? Integer.MAX_VALUE : nodes.stream().mapToInt(RawNode::hops).max().orElse(0);
    }

    /**
     * Both directions as one answer, from a downstream and an upstream one read the same way: each
     * node once at its smaller distance (downstream on a tie, as the start), each relationship once
     * at the smaller level it was walked at, cut again at {@code budget} nodes nearest first.
     *
     * <p>A walk cut by its budget knows nothing beyond its last kept level, so nothing of the other
     * walk beyond that level is kept either (a nearer node of the cut walk may be missing). A node a
     * walk met beyond its budget was not followed on that way, even where the other walk reaches it:
     * it stays out and counted, with nothing beyond its distance kept, so a cut always shows in
     * {@code dropped}. Everything met and not kept is counted, each node and relationship once.
     */
    static RawTrace both(RawTrace down, RawTrace up, int budget) {
        Map<Object, RawNode> nearest = new LinkedHashMap<>();
        for (RawTrace one : List.of(down, up)) {
            one.nodes().forEach(n -> nearest.merge(n.key(), n, (a, b) -> b.hops() < a.hops() ? b : a));
        }
        int known = Math.min(down.knownLevel(), up.knownLevel());
        Set<Object> unfollowed = new HashSet<>(down.dropped());
        unfollowed.addAll(up.dropped());
        for (Object key : unfollowed) {
            RawNode reached = nearest.get(key);
            if (reached != null) {
                known = Math.min(known, reached.hops());
            }
        }
        // Stable: within a level and a direction, each walk's own (breadth-first) order.
        List<RawNode> order = new ArrayList<>(nearest.values());
        order.sort(Comparator.comparingInt(RawNode::hops).thenComparing(RawNode::direction));
        List<RawNode> nodes = new ArrayList<>();
        Set<Object> kept = new HashSet<>();
        Set<Object> leftOut = new LinkedHashSet<>();
        for (RawNode n : order) {
            if (n.hops() <= known && nodes.size() < budget && !unfollowed.contains(n.key())) {
                nodes.add(n);
                kept.add(n.key());
            } else {
                leftOut.add(n.key());
            }
        }
        leftOut.addAll(unfollowed);

        Map<Object, RawEdge> edges = new LinkedHashMap<>();
        Set<Object> edgesLeftOut = new HashSet<>(down.droppedEdges());
        edgesLeftOut.addAll(up.droppedEdges());
        for (RawTrace one : List.of(down, up)) {
            for (RawEdge e : one.edges()) {
                if (kept.contains(e.from()) && kept.contains(e.to())) {
                    edges.merge(e.key(), e, (a, b) -> b.hops() < a.hops() ? b : a);
                } else {
                    edgesLeftOut.add(e.key());
                }
            }
        }
        edgesLeftOut.removeAll(edges.keySet());

        // A hub stops both walks: the flows it was not followed along, in each direction it was reached.
        Map<Object, Integer> hubs = new HashMap<>();
        for (RawTrace one : List.of(down, up)) {
            one.hubDegrees().forEach((key, degree) -> {
                if (kept.contains(key)) {
                    hubs.merge(key, degree, Integer::sum);
                }
            });
        }
        Map<String, RawFlow> flows = new HashMap<>(down.flows());
        flows.putAll(up.flows());
        return new RawTrace(nodes, new ArrayList<>(edges.values()), leftOut, new ArrayList<>(edgesLeftOut), flows, hubs);
    }
}
