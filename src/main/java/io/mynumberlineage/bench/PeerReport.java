package io.mynumberlineage.bench;

import io.mynumberlineage.bench.PeerBenchmark.Result;
import io.mynumberlineage.trace.TraceService;
import java.time.LocalDate;
import java.util.List;

/** A peer-comparison run as a Markdown block for bench/RESULTS.md, with the targets checked. */
public final class PeerReport {

    static final String CYPHER = Neo4jCypherTraces.NAME;
    static final String GRAPHQL = GraphqlTraces.NAME;
    static final String POSTGRES = PostgresTraces.NAME;
    static final String BFS = InMemoryBfs.NAME;

    private PeerReport() {
    }

    public static String markdown(Result r, String machine) {
        var s = r.settings();
        var text = new StringBuilder();
        text.append(String.format("### %s — %d 市区町村 × %d 事務 (seed %d)%n%n", LocalDate.now(), s.municipalities(),
                s.processes(), s.seed()));
        text.append("- machine: ").append(machine.isBlank() ? "(not given)" : machine).append('\n');
        text.append(String.format("- graph: %d documents; traced part %,d nodes, %,d FLOWS_TO/STORED_IN edges%n",
                r.documents(), r.nodes(), r.edges()));
        text.append(String.format("- load: Neo4j %s; copy out of Neo4j %.1f s; CSR arrays %.2f s; PostgreSQL COPY + indexes + ANALYZE %.1f s%n",
                r.load().neo4jSeconds() == null ? "reused (--reuse)" : String.format("%.1f s", r.load().neo4jSeconds()),
                r.load().copySeconds(), r.load().csrSeconds(), r.load().postgresSeconds()));
        text.append(String.format("- store: Neo4j %,d MB, PostgreSQL %,d MB; heap used after GC %,d MB of %,d MB%n",
                r.neo4jStoreMb(), r.postgresStoreMb(), r.heapUsedMb(), r.heapMaxMb()));
        text.append(String.format("- starts: %s (nodes that send anything: %s); %d (start, depth) answers compared, %d of them over the budget (%d nodes) and checked as cut answers%n",
                r.starts(), r.available(), r.compared(), r.cutByBudget(), TraceService.MAX_BUDGET));
        text.append(r.mismatchCount() == 0 ? "- every engine returned the same (node, hops) set as the BFS for every compared answer\n"
                : "- **" + r.mismatchCount() + " answers differ from the BFS** (see the run's output)\n");
        text.append("\n| hops | engine | p50 ms | p95 ms | p99 ms | mean nodes |\n|---|---|---|---|---|---|\n");
        for (var l : r.latencies()) {
            text.append(String.format("| %d | %s | %.2f | %.2f | %.2f | %.0f |%n", l.hops(), l.engine(), l.p50(), l.p95(),
                    l.p99(), l.meanNodes()));
        }
        text.append("\n| hops | Neo4j/BFS p50 | Neo4j/BFS p95 | GraphQL/Cypher p50 | GraphQL/Cypher p95 | PostgreSQL/Neo4j p50 | PostgreSQL/Neo4j p95 |\n|---|---|---|---|---|---|---|\n");
        for (int hops : PeerBenchmark.DEPTHS) {
            var cypher = r.latency(CYPHER, hops);
            var graphql = r.latency(GRAPHQL, hops);
            var postgres = r.latency(POSTGRES, hops);
            var bfs = r.latency(BFS, hops);
            text.append(String.format("| %d | %.0f× | %.0f× | %.2f× | %.2f× | %.2f× | %.2f× |%n", hops,
                    cypher.p50() / bfs.p50(), cypher.p95() / bfs.p95(), graphql.p50() / cypher.p50(),
                    graphql.p95() / cypher.p95(), postgres.p50() / cypher.p50(), postgres.p95() / cypher.p95()));
        }
        text.append('\n');
        for (String target : targets(r)) {
            text.append("- ").append(target).append('\n');
        }
        return text.toString();
    }

    /** The targets for the national graph, each marked met or missed on this run. */
    static List<String> targets(Result r) {
        int deepest = PeerBenchmark.DEPTHS[PeerBenchmark.DEPTHS.length - 1];
        double graphqlP95 = r.latency(GRAPHQL, deepest).p95();
        double overhead = graphqlP95 / r.latency(CYPHER, deepest).p95();
        double postgres = r.latency(POSTGRES, deepest).p95() / r.latency(CYPHER, deepest).p95();
        return List.of(
                String.format("target GraphQL trace p95 at %d hops ≤ 20 ms: %.1f ms — %s", deepest, graphqlP95,
                        graphqlP95 <= 20 ? "met" : "missed"),
                String.format("target GraphQL/raw Cypher ≤ 1.2× (p95, %d hops): %.2f× — %s", deepest, overhead,
                        overhead <= 1.2 ? "met" : "missed"),
                String.format("target PostgreSQL/Neo4j ≥ 10× (p95, %d hops): %.2f× — %s", deepest, postgres,
                        postgres >= 10 ? "met" : "missed"));
    }
}
