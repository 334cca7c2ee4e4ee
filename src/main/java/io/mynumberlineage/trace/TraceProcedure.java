package io.mynumberlineage.trace;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.neo4j.graphdb.Direction;
import org.neo4j.graphdb.Node;
import org.neo4j.graphdb.Relationship;
import org.neo4j.graphdb.RelationshipType;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * The trace's breadth-first search as a procedure of the embedded store: the same levels, filter,
 * hub rule and budget as the unrolled Cypher of {@link TraceService#query}, walked with Neo4j's Java
 * API next to the data. Cypher's slotted runtime spent tens of milliseconds per trace carrying the
 * search's lists from level to level for a few hundred db hits; here a trace costs what its
 * relationships cost. It yields the same columns as the unrolled levels, so the rest of the trace
 * query (flow details, hub degrees) is shared.
 */
public class TraceProcedure {

    public static final String NAME = "lineage.trace";

    private static final RelationshipType[] TYPES = {RelationshipType.withName("FLOWS_TO"),
            RelationshipType.withName("STORED_IN")};

    /** One row: [node, hops] pairs, [from, to, type, properties, hops] edges, nodes over budget, hubs not expanded. */
    public static class Result {
        public List<Object> nodes;
        public List<Object> edges;
        public List<Object> dropped;
        public long droppedEdges;
        public List<Object> hubs;
    }

    @Procedure(name = NAME, mode = Mode.READ)
    public Stream<Result> trace(@Name("start") Node start, @Name("downstream") boolean downstream,
            @Name("maxHops") long maxHops, @Name("asOf") String asOf, @Name("item") String item,
            @Name("expand") List<String> expand, @Name("budget") long budget) {
        Direction direction = downstream ? Direction.OUTGOING : Direction.INCOMING;
        Set<String> expanded = new HashSet<>(expand);
        Map<String, Long> seen = new LinkedHashMap<>();
        seen.put(start.getElementId(), 0L);
        var result = new Result();
        result.nodes = new ArrayList<>(List.of(List.of(start, 0L)));
        result.edges = new ArrayList<>();
        result.dropped = new ArrayList<>();
        result.hubs = new ArrayList<>();
        List<Node> frontier = List.of(start);
        for (long hop = 1; hop <= maxHops && !frontier.isEmpty(); hop++) {
            List<Node> next = new ArrayList<>();
            Set<String> over = new HashSet<>();
            Map<String, List<Object>> pending = new HashMap<>();
            for (Node a : frontier) {
                try (var relationships = a.getRelationships(direction, TYPES)) {
                    for (Relationship r : relationships) {
                        if (!passes(r, asOf, item)) {
                            continue;
                        }
                        Node b = r.getOtherNode(a);
                        String bId = b.getElementId();
                        if (!seen.containsKey(bId) && !over.contains(bId)) {
                            if (seen.size() >= budget) {
                                over.add(bId);
                                result.dropped.add(bId);
                            } else {
                                seen.put(bId, hop);
                                result.nodes.add(List.of(b, hop));
                                boolean hub = Boolean.TRUE.equals(b.getProperty("hub", null));
                                if (hub && !expanded.contains(String.valueOf(b.getProperty("id", "")))) {
                                    result.hubs.add(b);
                                } else {
                                    next.add(b);
                                }
                            }
                        }
                        if (over.contains(bId)) {
                            result.droppedEdges++;
                        } else {
                            result.edges.add(List.of(a.getElementId(), bId, r.getType().name(), r.getAllProperties(), hop));
                        }
                    }
                }
            }
            frontier = next;
        }
        return Stream.of(result);
    }

    /** EDGE_FILTER of {@link TraceService}, with Cypher's null logic: absent myNumber or items never pass alone. */
    static boolean passes(Relationship r, String asOf, String item) {
        Object from = r.getProperty("validFrom", null);
        Object to = r.getProperty("validTo", null);
        if (from != null && from.toString().compareTo(asOf) > 0 || to != null && to.toString().compareTo(asOf) <= 0) {
            return false;
        }
        if (!r.hasProperty("flow") || "個人番号".equals(item) && Boolean.TRUE.equals(r.getProperty("myNumber", null))) {
            return true;
        }
        return r.getProperty("items", null) instanceof String[] items && List.of(items).contains(item);
    }
}
