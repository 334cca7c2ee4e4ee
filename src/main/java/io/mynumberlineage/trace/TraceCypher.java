package io.mynumberlineage.trace;

import io.mynumberlineage.graph.GraphNode;
import io.mynumberlineage.graph.NodeKind;
import io.mynumberlineage.trace.TraceService.Answer;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import io.mynumberlineage.trace.TraceService.TraceRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;

/**
 * The trace as one parameterised Cypher query over the driver: the path to an external Neo4j
 * server, and the raw query the benchmarks compare GraphQL against.
 */
public final class TraceCypher {

    private TraceCypher() {
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
            CALL (frontier, seen, start) {
              UNWIND frontier AS entry
              WITH entry[0] AS a, entry[1] AS entered, entry[2] AS free, entry[3] AS everything
              MATCH %1$s WHERE %2$s AND NOT coalesce(r.routed, false)
                AND (everything OR CASE WHEN type(r) = 'ROUTE' THEN r.flow IN entered OR (free AND %4$s) ELSE free END)
              WITH collect([elementId(a), elementId(b), type(r), [k IN $edgeKeys | r[k]], elementId(r)]) AS found, collect(DISTINCT b) AS ends
              WITH found, ends, [x IN ends WHERE NOT elementId(x) IN seen] AS fresh
              RETURN found, fresh[0..($budget - size(seen))] AS kept, [x IN fresh[($budget - size(seen))..] | elementId(x)] AS over,
                     [x IN ends WHERE elementId(x) IN seen AND x <> start] AS again
            }
            WITH start, seen + [x IN kept | elementId(x)] AS seen, nodes + [x IN kept | [x, %3$d]] AS nodes,
                 edges + [e IN found WHERE NOT e[1] IN over | [e[0], e[1], e[2], e[3], %3$d, e[4]]] AS edges,
                 dropped + over AS dropped, droppedEdges + [e IN found WHERE e[1] IN over | e[4]] AS droppedEdges,
                 hubs + [x IN kept WHERE coalesce(x.hub, false) AND NOT x.id IN $expand] AS hubs,
                 [x IN kept | [x, [e IN found WHERE e[1] = elementId(x) AND e[2] = 'ROUTE' | e[3][0]],
                              NOT coalesce(x.hub, false) OR x.id IN $expand, false]]
                 + [x IN again WHERE any(e IN found WHERE e[1] = elementId(x) AND e[2] = 'ROUTE')
                    | [x, [e IN found WHERE e[1] = elementId(x) AND e[2] = 'ROUTE' | e[3][0]], false, false]] AS frontier
            """;

    /**
     * The statements of the edges shown, only in the query when asked for: each Flow node's
     * properties (with its two ends when asked), or, for a statement that has no Flow node (the
     * document's own 使用 / 連携), the properties of its hop.
     */
    private static final String FLOW_DETAILS = """
            CALL (edges) {
              UNWIND edges AS e
              WITH e WHERE e[2] IN ['FLOWS_TO', 'ROUTE']
              WITH e[3][0] AS id, min(e[5]) AS hop
              OPTIONAL MATCH (f:Flow {id: id})
              OPTIONAL MATCH ()-[r]->() WHERE f IS NULL AND elementId(r) = hop
              %s
              RETURN collect([id, coalesce(properties(f), properties(r)), f IS NULL, src, dst]) AS flows
            }
            """;

    /** The two ends of each Flow node, for a selection that reads them. */
    private static final String FLOW_ENDS = """
            OPTIONAL MATCH (src)-[:SENDS]->(f)
              OPTIONAL MATCH (f)-[:TO]->(dst)""";

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
    /**
     * @param direction one direction: {@link TraceService} joins BOTH from two answers
     * @param flows whether to read the edges' statements
     * @param flowEnds whether to read the statements' two ends too
     * @param inStore the search as the store's own procedure ({@link TraceProcedure}, embedded mode);
     *     otherwise as unrolled Cypher levels, which any Neo4j 5 server runs
     */
    public static String query(NodeKind startKind, TraceDirection direction, int maxHops, boolean flows,
            boolean flowEnds, boolean inStore) {
        if (direction == TraceDirection.BOTH) {
            throw new IllegalArgumentException("the query goes one way; TraceService joins BOTH from two");
        }
        String hubStep = direction == TraceDirection.DOWNSTREAM ? "(h)-[:FLOWS_TO]->()" : "(h)<-[:FLOWS_TO]-()";
        StringBuilder cypher = new StringBuilder("MATCH (start:`%s` {`%s`: $key})\n".formatted(startKind.label(),
                startKind.keyProperty()));
        if (inStore) {
            cypher.append("CALL " + TraceProcedure.NAME
                    + "(start, $downstream, $maxHops, $asOf, $item, $expand, $budget, $edges, $edgeKeys)"
                    + " YIELD nodes, edges, dropped, droppedEdges, hubs\n");
        } else {
            String step = direction == TraceDirection.DOWNSTREAM ? "(a)-[r:FLOWS_TO|STORED_IN|ROUTE]->(b)"
                    : "(a)<-[r:FLOWS_TO|STORED_IN|ROUTE]-(b)";
            // Where a route begins: its first hop downstream, its last hop upstream.
            String routeStart = direction == TraceDirection.DOWNSTREAM ? "r.seq = 0" : "coalesce(r.last, false)";
            cypher.append("WITH start, [[start, [], true, true]] AS frontier, [elementId(start)] AS seen, [[start, 0]] AS nodes,"
                    + " [] AS edges, [] AS dropped, [] AS droppedEdges, [] AS hubs\n");
            for (int hop = 1; hop <= maxHops; hop++) {
                cypher.append(LEVEL.formatted(step, EDGE_FILTER, hop, routeStart));
            }
        }
        if (flows) {
            cypher.append(FLOW_DETAILS.formatted(flowEnds ? FLOW_ENDS : "WITH id, f, r, null AS src, null AS dst"));
        }
        cypher.append(HUB_DEGREES.formatted(hubStep, flows ? "flows" : "[]"));
        return cypher.toString();
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
        return Map.of("key", request.from().key(), "asOf", request.asOf().toString(), "item", request.item(),
                "budget", request.budget(), "expand", List.copyOf(request.expandKeys()), "edges", request.answer().edges(),
                "edgeKeys", request.answer().edgeKeys(), "downstream", request.direction() == TraceDirection.DOWNSTREAM,
                "maxHops", request.maxHops());
    }

    /**
     * Runs the query for one direction; empty when the start node does not exist. Edges come out in
     * the direction the data moves, whichever way the search went.
     */
    static Optional<RawTrace> read(TransactionContext tx, TraceRequest request, boolean inStore) {
        Answer answer = request.answer();
        var rows = tx.run(query(request.from().kind(), request.direction(), request.maxHops(), answer.flows(),
                answer.flowEnds(), inStore), parameters(request)).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record row = rows.get(0);
        List<RawTrace.RawNode> nodes = new ArrayList<>();
        for (Value pair : row.get("nodes").values()) {
            var node = pair.get(0).asNode();
            nodes.add(new RawTrace.RawNode(node.elementId(), node.labels(), node.asMap(), pair.get(1).asInt(),
                    request.direction()));
        }
        boolean downstream = request.direction() == TraceDirection.DOWNSTREAM;
        List<String> keys = answer.edgeKeys();
        List<RawTrace.RawEdge> edges = new ArrayList<>();
        for (Value e : row.get("edges").values()) {
            Map<String, Object> properties = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                properties.put(keys.get(i), e.get(3).get(i).asObject());
            }
            String near = e.get(0).asString();
            String far = e.get(1).asString();
            edges.add(new RawTrace.RawEdge(e.get(5).asString(), downstream ? near : far, downstream ? far : near,
                    e.get(2).asString(), properties, e.get(4).asInt()));
        }
        Map<String, RawTrace.RawFlow> flows = new HashMap<>();
        for (Value flow : row.get("flows").values()) {
            if (!flow.get(1).isNull()) {
                flows.put(flow.get(0).asString(), new RawTrace.RawFlow(flow.get(1).asMap(), flow.get(2).asBoolean(),
                        end(flow.get(3)), end(flow.get(4))));
            }
        }
        Map<Object, Integer> hubDegrees = new HashMap<>();
        for (Value degree : row.get("degrees").values()) {
            hubDegrees.put(degree.get(0).asString(), degree.get(1).asInt());
        }
        return Optional.of(new RawTrace(nodes, edges, new HashSet<>(row.get("dropped").asList()),
                row.get("droppedEdges").asList(), flows, hubDegrees));
    }

    private static GraphNode end(Value node) {
        return node.isNull() ? null : GraphNode.of(node.asNode());
    }
}
