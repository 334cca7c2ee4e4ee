package io.mynumberlineage.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.trace.TraceService;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The trace (TraceService and the GraphQL endpoint) answers exactly what a plain BFS over a copy of
 * the store answers: same nodes, same hop distances, for random starts, depths, items and dates.
 * Loads its own small nation under the prefix 照合; nothing else counts those municipalities.
 */
class TraceAgreesWithBfsTest extends AppTestSupport {

    private static final String[] ITEMS = {"個人番号", "個人番号", "4情報", "所得情報", "住民票コード"};
    private static final int[] DATES = {20261124, 20230101, 20210615, 20190101};

    @Autowired
    ManifestLoader loader;

    @Autowired
    TraceService service;

    @Test
    void serviceAndGraphqlReachWhatTheBfsReaches() throws Exception {
        // The peer engines (this BFS, PostgreSQL) do not know ROUTE hops yet: they are compared on the
        // statement shortcuts alone, which the trace walks as before when a statement has no route.
        var unrouted = ManifestLoader.withoutRoutes(driver, new io.mynumberlineage.law.CatalogLegalBasisResolver(io.mynumberlineage.law.CitationParser.withDefaults()));
        for (Manifest m : new SyntheticNationalGraph("照合", 2, 4, 23)) {
            unrouted.load(m);
        }
        var graph = TraceGraph.read(driver);
        var bfs = new InMemoryBfs(graph);
        var traces = new TraceServiceTraces(service, graph);
        var graphql = new GraphqlTraces(port, graph);

        List<Integer> starts = new ArrayList<>();
        for (int v = 0; v < graph.nodes(); v++) {
            // Starts inside the synthetic towns only: a national hub started from would walk the demo
            // data's routes, which the peer engines do not model.
            if (bfs.outDegree(v) > 0 && graph.apiIds()[v].contains("照合")) {
                starts.add(v);
            }
        }
        var random = new Random(23);
        int compared = 0;
        int cut = 0;
        int largest = 0;
        int hubsReached = 0;
        List<String> differences = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            // Now and then a small budget, so the service's cut is checked too.
            int budget = i % 5 == 0 ? 15 : TraceService.MAX_BUDGET;
            var query = new TraceQuery(starts.get(random.nextInt(starts.size())), 1 + random.nextInt(8),
                    DATES[random.nextInt(DATES.length)], ITEMS[random.nextInt(ITEMS.length)], budget);
            Reach expected = bfs.trace(new TraceQuery(query.start(), query.maxHops(), query.asOf(), query.item(),
                    Integer.MAX_VALUE));
            List<PeerEngine> engines = i % 4 == 0 ? List.of(traces, graphql) : List.of(traces);
            for (PeerEngine engine : engines) {
                var disagreements = engine.trace(query).disagreements(expected, budget, graph.apiIds(), 5);
                if (!disagreements.isEmpty()) {
                    differences.add(engine.name() + " " + graph.apiIds()[query.start()] + " " + query + ": " + disagreements);
                } else if (expected.size() > budget) {
                    cut++;
                } else {
                    compared++;
                }
            }
            largest = Math.max(largest, expected.size());
            for (long pair : expected.pairs()) {
                if (Reach.hops(pair) > 0 && graph.hub()[Reach.node(pair)]) {
                    hubsReached++;
                    break;
                }
            }
        }
        assertThat(differences).isEmpty();
        // The comparison saw real traces: deep ones, ones stopping at hubs, cut ones and whole ones.
        assertThat(compared).isGreaterThan(80);
        assertThat(cut).isGreaterThan(5);
        assertThat(largest).isGreaterThan(30);
        assertThat(hubsReached).isGreaterThan(10);
    }
}
