package io.mynumberlineage.trace;

import io.mynumberlineage.graph.NodeKind;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import io.mynumberlineage.trace.TraceService.TraceRequest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
              WITH collect([elementId(a), elementId(b), type(r), [k IN $edgeKeys | r[k]]]) AS found, collect(DISTINCT b) AS ends
              WITH found, ends, [x IN ends WHERE NOT elementId(x) IN seen] AS fresh
              RETURN found, fresh[0..($budget - size(seen))] AS kept, [x IN fresh[($budget - size(seen))..] | elementId(x)] AS over,
                     [x IN ends WHERE elementId(x) IN seen AND x <> start] AS again
            }
            WITH start, seen + [x IN kept | elementId(x)] AS seen, nodes + [x IN kept | [x, %3$d]] AS nodes,
                 edges + [e IN found WHERE NOT e[1] IN over | e + %3$d] AS edges, dropped + over AS dropped,
                 droppedEdges + size([e IN found WHERE e[1] IN over]) AS droppedEdges,
                 hubs + [x IN kept WHERE coalesce(x.hub, false) AND NOT x.id IN $expand] AS hubs,
                 [x IN kept | [x, [e IN found WHERE e[1] = elementId(x) AND e[2] = 'ROUTE' | e[3][0]],
                              NOT coalesce(x.hub, false) OR x.id IN $expand, false]]
                 + [x IN again WHERE any(e IN found WHERE e[1] = elementId(x) AND e[2] = 'ROUTE')
                    | [x, [e IN found WHERE e[1] = elementId(x) AND e[2] = 'ROUTE' | e[3][0]], false, false]] AS frontier
            """;

    /** Provenance and citations of the flows shown; only in the query when asked for. */
    private static final String FLOW_DETAILS = """
            CALL (edges) {
              UNWIND edges AS e
              WITH e WHERE e[2] IN ['FLOWS_TO', 'ROUTE']
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
    /**
     * @param details whether to read the flows' provenance and citations
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
            String step = direction == TraceDirection.DOWNSTREAM ? "(a)-[r:FLOWS_TO|STORED_IN|ROUTE]->(b)"
                    : "(a)<-[r:FLOWS_TO|STORED_IN|ROUTE]-(b)";
            // Where a route begins: its first hop downstream, its last hop upstream.
            String routeStart = direction == TraceDirection.DOWNSTREAM ? "r.seq = 0" : "coalesce(r.last, false)";
            cypher.append("WITH start, [[start, [], true, true]] AS frontier, [elementId(start)] AS seen, [[start, 0]] AS nodes,"
                    + " [] AS edges, [] AS dropped, 0 AS droppedEdges, [] AS hubs\n");
            for (int hop = 1; hop <= maxHops; hop++) {
                cypher.append(LEVEL.formatted(step, EDGE_FILTER, hop, routeStart));
            }
        }
        if (details) {
            cypher.append(FLOW_DETAILS);
        }
        cypher.append(HUB_DEGREES.formatted(hubStep, details ? "flows" : "[]"));
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

    /** Runs the query; empty when the start node does not exist. */
    static Optional<RawTrace> read(TransactionContext tx, TraceRequest request, boolean inStore) {
        var rows = tx.run(query(request.from().kind(), request.direction(), request.maxHops(),
                request.answer().details(), inStore), parameters(request)).list();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Record row = rows.get(0);
        List<RawTrace.RawNode> nodes = new ArrayList<>();
        for (Value pair : row.get("nodes").values()) {
            var node = pair.get(0).asNode();
            nodes.add(new RawTrace.RawNode(node.elementId(), node.labels(), node.asMap(), pair.get(1).asInt()));
        }
        List<String> keys = request.answer().edgeKeys();
        List<RawTrace.RawEdge> edges = new ArrayList<>();
        for (Value e : row.get("edges").values()) {
            Map<String, Object> properties = new HashMap<>();
            for (int i = 0; i < keys.size(); i++) {
                properties.put(keys.get(i), e.get(3).get(i).asObject());
            }
            edges.add(new RawTrace.RawEdge(e.get(0).asString(), e.get(1).asString(), e.get(2).asString(), properties,
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
        return Optional.of(new RawTrace(nodes, edges, Set.copyOf(row.get("dropped").asList()).size(),
                row.get("droppedEdges").asInt(), flows, hubDegrees));
    }
}
