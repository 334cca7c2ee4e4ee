package io.mynumberlineage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.bench.PeerBenchmark.LoadTimes;
import io.mynumberlineage.bench.PeerBenchmark.Result;
import io.mynumberlineage.bench.PeerBenchmark.Settings;
import io.mynumberlineage.bench.PeerBenchmark.StartKind;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The report's ratios and target verdicts come from the measured percentiles. */
class PeerReportTest {

    private static Result result(double cypher, double graphql, double postgres) {
        List<LatencyStats> latencies = new ArrayList<>();
        for (int hops : PeerBenchmark.DEPTHS) {
            latencies.add(new LatencyStats(Neo4jCypherTraces.NAME, hops, 200, cypher / 2, cypher, cypher * 2, 90));
            latencies.add(new LatencyStats(GraphqlTraces.NAME, hops, 200, graphql / 2, graphql, graphql * 2, 90));
            latencies.add(new LatencyStats(PostgresTraces.NAME, hops, 200, postgres / 2, postgres, postgres * 2, 90));
            latencies.add(new LatencyStats(InMemoryBfs.NAME, hops, 200, 0.01, 0.02, 0.04, 90));
        }
        return new Result(new Settings(30, 30, 1, 200, Path.of("x"), true), 900, 2921, 38080,
                new LoadTimes(null, 3.8, 0.01, 2.0), Map.of(StartKind.FILE, 200), Map.of(), 600, 0, latencies,
                List.of(), 0, 75, 6000, 729, 43);
    }

    @Test
    void targetsAreJudgedOnTheEightHopP95() {
        assertThat(PeerReport.targets(result(10, 11, 150))).allSatisfy(t -> assertThat(t).endsWith("met"));
        assertThat(PeerReport.targets(result(50, 90, 5)))
                .anySatisfy(t -> assertThat(t).contains("≤ 20 ms: 90.0 ms — missed"))
                .anySatisfy(t -> assertThat(t).contains("1.80× — missed"))
                .anySatisfy(t -> assertThat(t).contains("0.10× — missed"));
    }

    @Test
    void theMarkdownSaysWhenTheGraphWasReused() {
        String markdown = PeerReport.markdown(result(10, 11, 150), "test machine");
        assertThat(markdown).contains("30 市区町村 × 30 事務", "Neo4j reused (--reuse)", "| 8 | BFS (in-memory) | 0.01 | 0.02 | 0.04 | 90 |",
                "every engine returned the same");
    }
}
