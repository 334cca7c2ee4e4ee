package io.mynumberlineage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The BFS the peers are checked against, on a hand-made graph whose answers can be read off. */
class InMemoryBfsTest {

    private static final int TODAY = 20261124;

    /*
     * 0 file ─STORED_IN→ 1 system ─flow→ 2 file ─flow→ 3 hub ─flow→ 4 file
     * 0 ─flow(old, ended 2025)→ 4;  2 ─flow→ 0 (cycle);  0 ─flow(items 所得情報 only)→ 5;
     * 1 ─flow(myNumber absent, no items)→ 6;  6 is also reached from 5
     */
    private static TraceGraph graph() {
        String[] ids = {"PersonalInfoFile:a", "System:b", "PersonalInfoFile:c", "Organization:hub", "PersonalInfoFile:d",
                "PersonalInfoFile:e", "PersonalInfoFile:f"};
        int open = TraceGraph.OPEN_FROM;
        int never = TraceGraph.OPEN_TO;
        return new TraceGraph(ids, ids, new String[] {"a", "b", "c", "hub", "d", "e", "f"},
                new boolean[] {false, false, false, true, false, false, false},
                new int[] {0, 1, 2, 3, 0, 2, 0, 1, 5},
                new int[] {1, 2, 3, 4, 4, 0, 5, 6, 6},
                new boolean[] {true, false, false, false, false, false, false, false, false},
                new int[] {open, 20200101, 20200101, 20200101, 20200101, 20200101, 20200101, 20200101, 20200101},
                new int[] {never, never, never, never, 20250101, never, never, never, never},
                new byte[] {TraceGraph.NULL, TraceGraph.TRUE, TraceGraph.TRUE, TraceGraph.TRUE, TraceGraph.TRUE,
                        TraceGraph.TRUE, TraceGraph.FALSE, TraceGraph.NULL, TraceGraph.TRUE},
                new int[] {TraceGraph.NO_ITEMS, 0, 0, 0, 0, 0, 1, TraceGraph.NO_ITEMS, 0},
                List.of(new String[] {"個人番号", "4情報"}, new String[] {"所得情報"}),
                noRoutes(9), new boolean[9]);
    }

    private static int[] noRoutes(int edges) {
        int[] route = new int[edges];
        java.util.Arrays.fill(route, TraceGraph.NO_ROUTE);
        return route;
    }

    /*
     * Two statements stored as routes through one shared system s:
     *   route 0: f ─0→ s ─1→ hub ─2→ r      route 1: g ─0→ s ─1→ x
     * and a plain flow hub ─→ y that only an expanded hub would take.
     */
    static TraceGraph routed() {
        String[] ids = {"PersonalInfoFile:f", "PersonalInfoFile:g", "System:s", "System:hub", "Organization:r",
                "Organization:x", "Organization:y"};
        int edges = 6;
        int[] from = new int[edges];
        java.util.Arrays.fill(from, 20200101);
        int[] to = new int[edges];
        java.util.Arrays.fill(to, TraceGraph.OPEN_TO);
        byte[] myNumber = new byte[edges];
        java.util.Arrays.fill(myNumber, TraceGraph.TRUE);
        return new TraceGraph(ids, ids, new String[] {"f", "g", "s", "hub", "r", "x", "y"},
                new boolean[] {false, false, false, true, false, false, false},
                new int[] {0, 2, 3, 1, 2, 3},
                new int[] {2, 3, 4, 2, 5, 6},
                new boolean[edges], from, to, myNumber, new int[edges], List.<String[]>of(new String[] {"個人番号"}),
                new int[] {0, 0, 0, 1, 1, TraceGraph.NO_ROUTE},
                new boolean[] {true, false, false, true, false, false});
    }

    @Test
    void aRouteIsFollowedHopByHopThroughSharedSystemsAndHubs() {
        var graph = routed();
        var bfs = new InMemoryBfs(graph);
        // From f: its own route only, through the hub (which is not expanded: y stays out).
        assertThat(reached(bfs.trace(new TraceQuery(0, 8, TODAY, "個人番号", 5000)), graph))
                .containsExactly("f0", "hub2", "r3", "s1");
        // From g: the shared system s does not send g's statement on f's route.
        assertThat(reached(bfs.trace(new TraceQuery(1, 8, TODAY, "個人番号", 5000)), graph))
                .containsExactly("g0", "s1", "x2");
        // From s itself every hop leaving it is taken, and each route goes on from there.
        assertThat(reached(bfs.trace(new TraceQuery(2, 8, TODAY, "個人番号", 5000)), graph))
                .containsExactly("hub1", "r2", "s0", "x1");
        // The hop budget stops a route midway.
        assertThat(reached(bfs.trace(new TraceQuery(0, 2, TODAY, "個人番号", 5000)), graph))
                .containsExactly("f0", "hub2", "s1");
    }

    private static List<String> reached(Reach reach, TraceGraph graph) {
        return java.util.Arrays.stream(reach.pairs())
                .mapToObj(p -> graph.apiIds()[Reach.node(p)].split(":")[1] + Reach.hops(p)).sorted().toList();
    }

    @Test
    void shortestHopsHubsStopAndTheFilterReadsDatesItemsAndNulls() {
        var graph = graph();
        var bfs = new InMemoryBfs(graph);
        // 4 is behind the hub and the direct old flow has ended: not reached today; 5 needs 所得情報; 6 has no myNumber.
        assertThat(reached(bfs.trace(new TraceQuery(0, 8, TODAY, "個人番号", 5000)), graph))
                .containsExactly("a0", "b1", "c2", "hub3");
        // In 2024 the direct flow 0→4 was in force: 4 at one hop.
        assertThat(reached(bfs.trace(new TraceQuery(0, 8, 20240601, "個人番号", 5000)), graph))
                .containsExactly("a0", "b1", "c2", "d1", "hub3");
        // Before every flow only STORED_IN holds.
        assertThat(reached(bfs.trace(new TraceQuery(0, 8, 20190101, "個人番号", 5000)), graph))
                .containsExactly("a0", "b1");
        // 所得情報 travels only 0→5→… and 5→6 does not carry it.
        assertThat(reached(bfs.trace(new TraceQuery(0, 8, TODAY, "所得情報", 5000)), graph))
                .containsExactly("a0", "b1", "e1");
        // 4情報 follows the items lists: 0→1 (stored) →2 →3 and 2→0 is already reached.
        assertThat(reached(bfs.trace(new TraceQuery(0, 2, TODAY, "4情報", 5000)), graph))
                .containsExactly("a0", "b1", "c2");
    }

    @Test
    void theStartIsExpandedEvenWhenItIsAHubAndTheBudgetCuts() {
        var graph = graph();
        var bfs = new InMemoryBfs(graph);
        assertThat(reached(bfs.trace(new TraceQuery(3, 8, TODAY, "個人番号", 5000)), graph)).containsExactly("d1", "hub0");
        var cut = bfs.trace(new TraceQuery(0, 8, TODAY, "個人番号", 2));
        assertThat(cut.budgetHit()).isTrue();
        assertThat(reached(cut, graph)).containsExactly("a0", "b1");
        // The scratch state is reset: the same question again gets the same answer.
        assertThat(bfs.trace(new TraceQuery(0, 8, TODAY, "個人番号", 5000)).sameAs(
                bfs.trace(new TraceQuery(0, 8, TODAY, "個人番号", 5000)))).isTrue();
    }

    @Test
    void differencesNameTheNodes() {
        var graph = graph();
        var bfs = new InMemoryBfs(graph);
        var today = bfs.trace(new TraceQuery(0, 8, TODAY, "個人番号", 5000));
        var earlier = bfs.trace(new TraceQuery(0, 8, 20240601, "個人番号", 5000));
        assertThat(today.sameAs(earlier)).isFalse();
        assertThat(today.differences(earlier, graph.apiIds(), 5)).containsExactly("PersonalInfoFile:d: missing vs 1 hops");
    }

    @Test
    void aCutAnswerAgreesWhenItsCompleteLevelsAreTheFullOnes() {
        var graph = graph();
        var bfs = new InMemoryBfs(graph);
        var full = bfs.trace(new TraceQuery(0, 8, TODAY, "個人番号", Integer.MAX_VALUE));
        assertThat(bfs.trace(new TraceQuery(0, 8, TODAY, "個人番号", 2)).disagreements(full, 2, graph.apiIds(), 5)).isEmpty();
        // PostgreSQL has no budget: all of it, marked as over the budget, also agrees.
        assertThat(new Reach(full.pairs(), true).disagreements(full, 2, graph.apiIds(), 5)).isEmpty();
        // Skipping b (hop 1) to keep c (hop 2) is not a cut the service can make.
        var skipped = new Reach(new long[] {Reach.pack(0, 0), Reach.pack(2, 2)}, true);
        assertThat(skipped.disagreements(full, 2, graph.apiIds(), 5)).isNotEmpty();
        // Within the budget nothing may be missing, and no cut may be claimed.
        assertThat(new Reach(full.pairs(), true).disagreements(full, 5000, graph.apiIds(), 5)).isNotEmpty();
        assertThat(new Reach(new long[] {Reach.pack(0, 0)}, false).disagreements(full, 5000, graph.apiIds(), 5)).isNotEmpty();
    }

    @Test
    void arrayLiteralsKeepCommasQuotesAndBackslashes() {
        assertThat(PostgresTraces.arrayLiteral(new String[] {"a,b", "c\"d", "e\\f", "{g}"}))
                .isEqualTo("{\"a,b\",\"c\\\"d\",\"e\\\\f\",\"{g}\"}");
    }
}
