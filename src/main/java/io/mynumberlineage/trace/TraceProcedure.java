package io.mynumberlineage.trace;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.neo4j.graphdb.Node;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;

/**
 * {@link TraceWalk} for Cypher callers of the embedded store (benchmarks, tools). Cypher's slotted
 * runtime spent tens of milliseconds per trace carrying the search's lists from level to level for a
 * few hundred db hits; here a trace costs what its relationships cost. It yields the same columns
 * as the unrolled levels of {@link TraceCypher#query}, so the rest of that query is shared.
 */
public class TraceProcedure {

    public static final String NAME = "lineage.trace";

    /**
     * One row: [node, hops] pairs, [near, far, type, values of edgeKeys, hops, relationship] edges
     * (none unless asked for; element ids), element ids of the nodes over budget and of the
     * relationships walked to them, hubs not expanded.
     */
    public static class Result {
        public List<Object> nodes;
        public List<Object> edges;
        public List<Object> dropped;
        public List<Object> droppedEdges;
        public List<Object> hubs;
    }

    @Procedure(name = NAME, mode = Mode.READ)
    public Stream<Result> trace(@Name("start") Node start, @Name("downstream") boolean downstream,
            @Name("maxHops") long maxHops, @Name("asOf") String asOf, @Name("item") String item,
            @Name("expand") List<String> expand, @Name("budget") long budget, @Name("edges") boolean withEdges,
            @Name("edgeKeys") List<String> edgeKeys) {
        var walk = TraceWalk.walk(start, downstream, (int) maxHops, asOf, item, new HashSet<>(expand),
                (int) Math.min(budget, Integer.MAX_VALUE), withEdges, edgeKeys);
        var result = new Result();
        result.nodes = new ArrayList<>();
        walk.nodes().forEach(n -> result.nodes.add(List.of(n.node(), (long) n.hops())));
        result.edges = new ArrayList<>();
        walk.steps().forEach(s -> result.edges.add(List.of(s.near().getElementId(), s.far().getElementId(),
                s.relationship().getType().name(), values(s.properties(), edgeKeys), (long) s.hops(),
                s.relationship().getElementId())));
        // Element ids, as the Cypher form gives them: a caller joining two walks compares them with the nodes'.
        result.dropped = new ArrayList<>();
        walk.dropped().forEach(n -> result.dropped.add(n.getElementId()));
        result.droppedEdges = new ArrayList<>();
        walk.droppedSteps().forEach(r -> result.droppedEdges.add(r.getElementId()));
        result.hubs = new ArrayList<>(walk.hubs());
        return Stream.of(result);
    }

    /** Cypher's {@code [k IN keys | r[k]]}: absent properties are null. */
    private static List<Object> values(Map<String, Object> properties, List<String> keys) {
        List<Object> values = new ArrayList<>(keys.size());
        for (String key : keys) {
            values.add(properties.get(key));
        }
        return values;
    }
}
