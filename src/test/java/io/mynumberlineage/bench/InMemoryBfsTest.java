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
                List.of(new String[] {"個人番号", "4情報"}, new String[] {"所得情報"}));
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
