package io.mynumberlineage.trace;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.TestManifests;
import io.mynumberlineage.trace.TraceService.Trace;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import io.mynumberlineage.trace.TraceService.TraceEdge;
import io.mynumberlineage.trace.TraceService.TraceNode;
import io.mynumberlineage.trace.TraceService.TraceRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * direction BOTH is one answer joined on the server: the union of the downstream and the upstream
 * answer, each node and edge once at its nearer distance, cut again at the budget nearest first,
 * and whatever it leaves out counted once.
 */
class TraceBothDirectionsTest extends AppTestSupport {

    private static final LocalDate AS_OF = LocalDate.parse("2024-06-01");

    @Autowired
    ManifestLoader loader;

    @Autowired
    TraceService traces;

    @BeforeEach
    void load() {
        TestManifests.load(loader, TestManifests.JUKI_V1, TestManifests.TAX, TestManifests.OTHER_TOWN);
    }

    private Trace trace(String from, TraceDirection direction, int hops, List<String> expand, int budget) {
        return traces.trace(new TraceRequest(NodeId.parse(from).orElseThrow(), "個人番号", direction, hops, AS_OF,
                expand.stream().map(id -> NodeId.parse(id).orElseThrow()).toList(), budget)).orElseThrow();
    }

    /** Starts with something upstream and downstream: files, a system in the middle, a hub expanded. */
    private static final List<List<String>> STARTS = List.of(
            List.of(TraceApiTest.JUKI_FILE), List.of(TraceApiTest.TAX_FILE),
            List.of("System:若葉台市/既存住基システム"), List.of("System:若葉台市/庁内連携システム"),
            List.of(TraceApiTest.JLIS, TraceApiTest.JLIS));

    @Test
    void bothIsTheUnionOfTheTwoDirectionsEachNodeAndEdgeOnceAtItsNearerDistance() {
        int compared = 0;
        int fromBothSides = 0;
        for (List<String> start : STARTS) {
            List<String> expand = start.subList(1, start.size());
            for (int hops : new int[] {1, 2, 4, 8}) {
                String as = start.get(0) + " " + hops;
                Trace down = trace(start.get(0), TraceDirection.DOWNSTREAM, hops, expand, TraceService.MAX_BUDGET);
                Trace up = trace(start.get(0), TraceDirection.UPSTREAM, hops, expand, TraceService.MAX_BUDGET);
                Trace both = trace(start.get(0), TraceDirection.BOTH, hops, expand, TraceService.MAX_BUDGET);
                assertThat(both.direction()).isEqualTo(TraceDirection.BOTH);

                // Nodes: the union, each at the smaller distance, downstream on a tie.
                Map<String, TraceNode> expected = new HashMap<>();
                for (TraceNode n : down.nodes()) {
                    expected.put(n.node().id(), n);
                }
                for (TraceNode n : up.nodes()) {
                    TraceNode seen = expected.get(n.node().id());
                    if (seen == null || n.hops() < seen.hops()) {
                        expected.put(n.node().id(), n);
                    }
                    if (seen != null && n.hops() > 0) {
                        fromBothSides++;
                    }
                }
                Map<String, TraceNode> joined = new HashMap<>();
                both.nodes().forEach(n -> joined.put(n.node().id(), n));
                assertThat(both.nodes()).as(as + ": each node once").hasSize(joined.size());
                assertThat(joined.keySet()).as(as).isEqualTo(expected.keySet());
                for (TraceNode n : both.nodes()) {
                    TraceNode e = expected.get(n.node().id());
                    assertThat(n.hops()).as(as + " " + n.node().id()).isEqualTo(e.hops());
                    assertThat(n.direction()).as(as + " " + n.node().id()).isEqualTo(e.direction());
                    // A hub stops both walks: its unfollowed flows in each direction it was reached.
                    int unfollowed = unexpanded(down, n) + unexpanded(up, n);
                    assertThat(n.unexpandedEdges()).as(as + " " + n.node().id()).isEqualTo(unfollowed);
                    assertThat(n.expanded()).isEqualTo(expanded(down, n) && expanded(up, n));
                }
                assertThat(joined.get(start.get(0)).hops()).isZero();
                assertThat(joined.get(start.get(0)).direction()).isEqualTo(TraceDirection.DOWNSTREAM);

                // Edges: the union by id, each once, in the direction the data moves, at the smaller level.
                Map<String, TraceEdge> expectedEdges = new HashMap<>();
                for (TraceEdge e : down.edges()) {
                    expectedEdges.put(e.id(), e);
                }
                for (TraceEdge e : up.edges()) {
                    expectedEdges.merge(e.id(), e, (a, b) -> b.hops() < a.hops() ? b : a);
                }
                assertThat(both.edges()).extracting(TraceEdge::id).as(as + ": each edge once").doesNotHaveDuplicates();
                assertThat(both.edges()).as(as).containsExactlyInAnyOrderElementsOf(expectedEdges.values());

                assertThat(both.leftOut()).isEqualTo(new TraceService.LeftOut(0, 0,
                        down.leftOut().unexpandedHubEdges() + up.leftOut().unexpandedHubEdges()));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(STARTS.size() * 4);
        // The check saw nodes both walks reach (the joined distance is a choice there).
        assertThat(fromBothSides).isPositive();
    }

    private static int unexpanded(Trace trace, TraceNode node) {
        return trace.nodes().stream().filter(n -> n.node().id().equals(node.node().id())).mapToInt(TraceNode::unexpandedEdges)
                .findFirst().orElse(0);
    }

    private static boolean expanded(Trace trace, TraceNode node) {
        return trace.nodes().stream().filter(n -> n.node().id().equals(node.node().id())).allMatch(TraceNode::expanded);
    }

    @Test
    void aCutAnswerKeepsTheNearestNodesAndCountsWhatItLeavesOutOnce() {
        int cuts = 0;
        for (List<String> start : STARTS) {
            List<String> expand = start.subList(1, start.size());
            Trace full = trace(start.get(0), TraceDirection.BOTH, 8, expand, TraceService.MAX_BUDGET);
            assertThat(full.leftOut().nodes()).isZero();
            Map<String, Integer> hops = new HashMap<>();
            full.nodes().forEach(n -> hops.put(n.node().id(), n.hops()));
            Set<String> fullEdges = new HashSet<>();
            full.edges().forEach(e -> fullEdges.add(e.id()));
            for (int budget = 1; budget < full.nodes().size(); budget++) {
                Trace cut = trace(start.get(0), TraceDirection.BOTH, 8, expand, budget);
                String as = start.get(0) + " budget " + budget;
                assertThat(cut.nodes()).as(as).hasSizeLessThanOrEqualTo(budget);
                List<String> kept = new ArrayList<>();
                int deepest = 0;
                for (TraceNode n : cut.nodes()) {
                    kept.add(n.node().id());
                    // The same distance as in the whole answer: the cut keeps what is nearest.
                    assertThat(n.hops()).as(as + " " + n.node().id()).isEqualTo(hops.get(n.node().id()));
                    deepest = Math.max(deepest, n.hops());
                }
                assertThat(kept).as(as).doesNotHaveDuplicates();
                for (var entry : hops.entrySet()) {
                    if (entry.getValue() < deepest) {
                        assertThat(kept).as(as + ": nearer than the deepest kept").contains(entry.getKey());
                    }
                }
                // Everything left out is counted, once: never more than the whole answer holds.
                int missing = full.nodes().size() - cut.nodes().size();
                assertThat(cut.leftOut().nodes()).as(as).isPositive().isLessThanOrEqualTo(missing);
                assertThat(cut.leftOut().edges()).as(as).isPositive()
                        .isLessThanOrEqualTo(full.edges().size() - cut.edges().size());
                for (TraceEdge e : cut.edges()) {
                    assertThat(kept).as(as + " " + e.id()).contains(e.from(), e.to());
                    assertThat(fullEdges).contains(e.id());
                }
                assertThat(cut.edges()).extracting(TraceEdge::id).doesNotHaveDuplicates();
                cuts++;
            }
        }
        assertThat(cuts).isGreaterThan(20);
    }

    @Test
    void theApiAnswersBothInOneRequestAndSaysWhichSideEachNodeIsOn() {
        JsonNode trace = graphql("""
                query($from: ID!) { trace(from: $from, direction: BOTH, maxHops: 3, asOf: "2024-06-01") {
                  ... on Trace { direction nodes { hops direction node { id } } edges { id from to flow { id kind } }
                                 leftOut { nodes edges } } } }""", Map.of("from", TraceApiTest.JUKI_FILE))
                .path("data").path("trace");
        assertThat(trace.path("direction").asText()).isEqualTo("BOTH");
        Map<String, String> side = new HashMap<>();
        trace.path("nodes").forEach(n -> side.put(n.path("node").path("id").asText(), n.path("direction").asText()));
        // 本人 fills the file (upstream); the 既存住基システム holds it (downstream).
        assertThat(side).containsEntry("Organization:role:本人又は本人の代理人", "UPSTREAM")
                .containsEntry("System:若葉台市/既存住基システム", "DOWNSTREAM")
                .containsEntry(TraceApiTest.JUKI_FILE, "DOWNSTREAM");
        List<String> kinds = trace.path("edges").findValuesAsText("kind");
        assertThat(kinds).contains("入手", "提供");
    }
}
