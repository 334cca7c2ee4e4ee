package io.mynumberlineage.bench;

import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.trace.TraceCypher;
import io.mynumberlineage.trace.TraceService;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import io.mynumberlineage.trace.TraceService.TraceRequest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;
import org.neo4j.driver.Value;

/**
 * The query TraceService runs, sent directly over the driver with the parameters the service uses
 * for the GraphQL selection the benchmark makes (no flow details), so the difference to GraphQL is
 * only execution, mapping and JSON over HTTP.
 */
public final class Neo4jCypherTraces implements PeerEngine {

    public static final String NAME = "Neo4j (Cypher, driver)";

    private static final TransactionConfig TIMEOUT = TransactionConfig.builder().withTimeout(Duration.ofSeconds(120)).build();

    private final Driver driver;
    /** The form of the trace query the service uses on this store. */
    private final boolean inStore;
    private final TraceGraph graph;
    private final Map<String, Integer> byElementId;

    public Neo4jCypherTraces(Driver driver, TraceGraph graph) {
        this.driver = driver;
        this.inStore = TraceCypher.storeHasProcedure(driver);
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
        var request = new TraceRequest(start, q.item(), TraceDirection.DOWNSTREAM, q.maxHops(),
                LocalDate.parse(q.asOfIso()), List.of(), q.budget(), TraceService.Answer.NODES);
        try (var session = driver.session()) {
            return session.executeRead(tx -> {
                var row = tx.run(TraceCypher.query(start.kind(), TraceDirection.DOWNSTREAM, q.maxHops(), false, false, inStore),
                        TraceCypher.parameters(request)).single();
                Map<Integer, Integer> hops = new HashMap<>();
                for (Value pair : row.get("nodes").values()) {
                    hops.put(byElementId.get(pair.get(0).asNode().elementId()), pair.get(1).asInt());
                }
                return Reach.of(hops, !row.get("dropped").isEmpty());
            }, TIMEOUT);
        }
    }
}
