package io.mynumberlineage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The PostgreSQL peer answers what the BFS answers on the hand-made routed graph, from every start
 * and at every depth. Needs PostgreSQL server binaries (the machine image has them); reported as
 * skipped where they are missing.
 */
class PostgresTracesTest {

    @Test
    void recursiveSqlFollowsRoutesAsTheBfsDoes() throws Exception {
        PostgresCluster cluster;
        try {
            cluster = PostgresCluster.start();
        } catch (PostgresCluster.Missing | java.io.IOException e) {
            Assumptions.abort("PostgreSQL がありません: " + e.getMessage());
            return;
        }
        var graph = InMemoryBfsTest.routed();
        var bfs = new InMemoryBfs(graph);
        try (cluster; var connection = cluster.connect(); var postgres = PostgresTraces.load(graph, connection)) {
            int compared = 0;
            for (int start = 0; start < graph.nodes(); start++) {
                for (int hops = 1; hops <= 4; hops++) {
                    var query = new TraceQuery(start, hops, 20261124, "個人番号", 5000);
                    Reach expected = bfs.trace(query);
                    assertThat(postgres.trace(query).disagreements(expected, 5000, graph.apiIds(), 5))
                            .as("from %s, %d hops", graph.apiIds()[start], hops).isEmpty();
                    compared += expected.size() > 1 ? 1 : 0;
                }
            }
            assertThat(compared).isGreaterThan(10);
            assertThat(Arrays.stream(bfs.trace(new TraceQuery(0, 8, 20261124, "個人番号", 5000)).pairs()).count())
                    .as("the route through the hub was walked").isEqualTo(4);
        }
    }
}
