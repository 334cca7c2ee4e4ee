package io.mynumberlineage.bench;

import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.trace.TraceService;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/**
 * The Cypher TraceService runs, sent directly over the driver: its start query, one hop query per
 * level inside one read transaction, then its flow and hub-degree lookups, so the difference to
 * GraphQL is only execution, mapping and JSON over HTTP. Kept in this one class so it can follow
 * TraceService when its queries change (for example fewer round trips).
 */
public final class Neo4jCypherTraces implements PeerEngine {

    public static final String NAME = "Neo4j (Cypher, driver)";

    private static final TransactionConfig TIMEOUT = TransactionConfig.builder().withTimeout(Duration.ofSeconds(120)).build();

    private final Driver driver;
    private final TraceGraph graph;
    private final Map<String, Integer> byElementId;
    private final String hop = TraceService.hopQuery(TraceDirection.DOWNSTREAM);
    /** Where the time goes, summed over traces since the last {@link #split()}: round trips, hop queries, lookups. */
    private final java.util.concurrent.atomic.LongAdder traces = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder roundTrips = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder hopNanos = new java.util.concurrent.atomic.LongAdder();
    private final java.util.concurrent.atomic.LongAdder lookupNanos = new java.util.concurrent.atomic.LongAdder();

    /** Mean per trace since the last call: Bolt round trips, ms in start + hop queries, ms in the two lookups. */
    public record Split(double roundTrips, double hopMillis, double lookupMillis) {
    }

    public Split split() {
        double n = Math.max(1, traces.sumThenReset());
        return new Split(roundTrips.sumThenReset() / n, hopNanos.sumThenReset() / n / 1e6,
                lookupNanos.sumThenReset() / n / 1e6);
    }

    public Neo4jCypherTraces(Driver driver, TraceGraph graph) {
        this.driver = driver;
        this.graph = graph;
        this.byElementId = graph.byElementId();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Reach trace(TraceQuery q) {
        var start = NodeId.parse(graph.apiIds()[q.start()]).orElseThrow();
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("key", start.key());
        parameters.put("asOf", q.asOfIso());
        parameters.put("item", q.item());
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                long started = System.nanoTime();
                int trips = 1;
                String first = tx.run(TraceService.startQuery(start), parameters).single().get("start").asNode().elementId();
                Map<String, Integer> reached = new HashMap<>();
                reached.put(first, 0);
                List<String> frontier = List.of(first);
                Set<String> flows = new HashSet<>();
                List<String> hubs = new ArrayList<>();
                boolean cut = false;
                for (int depth = 1; depth <= q.maxHops() && !frontier.isEmpty(); depth++) {
                    parameters.put("frontier", frontier);
                    trips++;
                    List<String> next = new ArrayList<>();
                    for (var row : tx.run(hop, parameters).list()) {
                        var b = row.get("b").asNode();
                        if (!reached.containsKey(b.elementId())) {
                            if (reached.size() >= q.budget()) {
                                cut = true;
                                continue;
                            }
                            reached.put(b.elementId(), depth);
                            if (b.get("hub").asBoolean(false) && !start.key().equals(b.get("id").asString(""))) {
                                hubs.add(b.elementId());
                            } else {
                                next.add(b.elementId());
                            }
                        }
                        var flow = row.get("props").get("flow");
                        if (!flow.isNull()) {
                            flows.add(flow.asString());
                        }
                    }
                    frontier = next;
                }
                long lookups = System.nanoTime();
                // The service's two lookups: provenance of the flows shown, degrees of the hubs it stopped at.
                tx.run(TraceService.FLOWS, Map.of("ids", List.copyOf(flows))).consume();
                trips++;
                if (!hubs.isEmpty()) {
                    tx.run(TraceService.hubDegreeQuery(TraceDirection.DOWNSTREAM), Map.of("hubs", hubs)).consume();
                    trips++;
                }
                long done = System.nanoTime();
                traces.increment();
                roundTrips.add(trips);
                hopNanos.add(lookups - started);
                lookupNanos.add(done - lookups);
                Map<Integer, Integer> hops = new HashMap<>();
                reached.forEach((element, d) -> hops.put(byElementId.get(element), d));
                return Reach.of(hops, cut);
            }, TIMEOUT);
        }
    }
}
