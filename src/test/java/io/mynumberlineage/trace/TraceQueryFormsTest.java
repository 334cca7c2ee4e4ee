package io.mynumberlineage.trace;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.graph.LineageProperties;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;
import io.mynumberlineage.graph.SchemaMigrations;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import io.mynumberlineage.trace.TraceService.TraceRequest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The embedded store answers traces with its procedure; a server without it gets the unrolled Cypher
 * levels. Both forms must give the same answer: nodes with hops, edges, cuts and hub degrees. Both
 * go one way; BOTH is joined by the service from two of them, so the service's answers in-process
 * and over Bolt are compared for every direction, BOTH included.
 */
class TraceQueryFormsTest extends AppTestSupport {

    @Test
    void theProcedureAndTheCypherLevelsGiveTheSameTraceOnTheSeeds() {
        assertThat(TraceCypher.storeHasProcedure(driver)).as("the embedded store registers the procedure").isTrue();
        List<String> files;
        try (var session = driver.session()) {
            files = session.run("MATCH (f:PersonalInfoFile)-[:FLOWS_TO]->() RETURN DISTINCT f.id ORDER BY f.id")
                    .list(r -> r.get(0).asString());
        }
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        int compared = 0;
        for (String file : files) {
            for (var direction : List.of(TraceDirection.DOWNSTREAM, TraceDirection.UPSTREAM)) {
                for (int hops : new int[] {1, 3, 8}) {
                    for (int budget : new int[] {7, 500}) {
                        var request = new TraceRequest(new NodeId(NodeKind.FILE, file), "個人番号", direction, hops,
                                LocalDate.now(), List.of(), budget, TraceService.Answer.FULL);
                        assertThat(answer(request, true)).as(file + " " + direction + " " + hops + " " + budget)
                                .isEqualTo(answer(request, false));
                        compared++;
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(100);
    }

    @Autowired
    TraceService traces;

    @Autowired
    LineageProperties properties;

    @Autowired
    SchemaMigrations.SchemaVersion schema;

    @Test
    void theInProcessWalkGivesTheSameTraceAsTheQueryOverBolt() {
        assertThat(traces).as("the embedded app walks in-process").extracting("embedded").isNotNull();
        var overBolt = new TraceService(driver, Optional.empty(), properties, schema);
        // A server without the procedure: the unrolled Cypher levels, statements read by FLOW_DETAILS.
        var levels = new TraceService(driver, Optional.empty(), properties, schema);
        ReflectionTestUtils.setField(levels, "inStore", false);
        List<String> files;
        try (var session = driver.session()) {
            files = session.run("MATCH (f:PersonalInfoFile)-[:FLOWS_TO]->() RETURN DISTINCT f.id ORDER BY f.id")
                    .list(r -> r.get(0).asString());
        }
        int edges = 0;
        for (String file : files) {
            for (var direction : TraceDirection.values()) {
                for (var answer : List.of(TraceService.Answer.FULL, TraceService.Answer.NODES,
                        new TraceService.Answer(true, List.of("kind", "step", "basis"), false, false))) {
                    var request = new TraceRequest(new NodeId(NodeKind.FILE, file), "個人番号", direction, 8,
                            LocalDate.now(), List.of(), 500, answer);
                    var inProcess = traces.trace(request).orElseThrow();
                    assertThat(inProcess).as(file + " " + direction + " " + answer)
                            .isEqualTo(overBolt.trace(request).orElseThrow());
                    if (answer == TraceService.Answer.FULL) {
                        assertThat(inProcess).as(file + " " + direction + " levels")
                                .isEqualTo(levels.trace(request).orElseThrow());
                    }
                    edges += inProcess.edges().size();
                }
            }
        }
        assertThat(edges).isGreaterThan(100);
        // Cut answers too: the joined cut of BOTH must not depend on how the walks were read.
        for (String file : files) {
            var request = new TraceRequest(new NodeId(NodeKind.FILE, file), "個人番号", TraceDirection.BOTH, 8,
                    LocalDate.now(), List.of(), 6, TraceService.Answer.FULL);
            var inProcess = traces.trace(request).orElseThrow();
            var bolt = overBolt.trace(request).orElseThrow();
            assertThat(inProcess.leftOut()).as(file).isEqualTo(bolt.leftOut());
            assertThat(inProcess.nodes().size()).as(file).isEqualTo(bolt.nodes().size());
        }
        assertThat(traces.trace(new TraceRequest(new NodeId(NodeKind.FILE, "no such file"), "個人番号",
                TraceDirection.DOWNSTREAM, 2, LocalDate.now(), List.of(), 500))).isEmpty();
    }

    /** Cut answers may keep different nodes of the cut level; the rest must agree exactly. */
    private Set<String> answer(TraceRequest request, boolean inStore) {
        try (var session = driver.session()) {
            var row = session.run(TraceCypher.query(NodeKind.FILE, request.direction(), request.maxHops(), true, true, inStore),
                    TraceCypher.parameters(request)).single();
            Set<String> facts = new TreeSet<>();
            // Over budget, which nodes of the last level reached are kept depends on row order.
            int cutLevel = row.get("dropped").isEmpty() ? Integer.MAX_VALUE
                    : row.get("nodes").asList(pair -> pair.get(1).asInt()).stream().mapToInt(Integer::intValue).max().orElse(0);
            row.get("nodes").values().forEach(pair -> {
                if (pair.get(1).asInt() < cutLevel) {
                    facts.add("node " + pair.get(0).asNode().elementId() + " " + pair.get(1).asInt());
                }
            });
            facts.add("nodes " + row.get("nodes").size());
            facts.add("dropped " + Set.copyOf(row.get("dropped").asList()).size() + " " + row.get("droppedEdges").size());
            if (row.get("dropped").isEmpty()) {
                row.get("edges").values().forEach(e -> facts.add("edge " + e.get(0).asString() + ">" + e.get(1).asString()
                        + " " + e.get(2).asString() + " " + e.get(3).get(0).asString("") + " " + e.get(4).asInt()
                        + " " + e.get(5).asString()));
                row.get("degrees").values().forEach(d -> facts.add("hub " + d.get(0).asString() + " " + d.get(1).asInt()));
                facts.add("flows " + row.get("flows").size());
            }
            return facts;
        }
    }
}
