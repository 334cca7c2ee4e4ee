package io.mynumberlineage.bench;

import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.trace.TraceService;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import me.tongfei.progressbar.ProgressBar;
import org.neo4j.driver.Driver;

/**
 * The same traces through four engines on the same graph: Neo4j by its own Cypher over the driver,
 * the GraphQL {@code trace} endpoint over HTTP, PostgreSQL with a recursive CTE, and BFS over int
 * arrays. The PostgreSQL and array copies are made from the Neo4j store after loading, so all four
 * answer on literally the same nodes and edges; every answer is checked against the BFS.
 */
public final class PeerBenchmark {

    public static final String PREFIX = "合成";
    public static final int[] DEPTHS = {2, 4, 8};
    private static final int WARMUP = 20;

    public record Settings(int municipalities, int processes, long seed, int starts, Path dataDir, boolean reuse) {
    }

    /** Where a trace came from: a file, a municipal system or a shared national hub. */
    public enum StartKind { FILE, SYSTEM, HUB }

    public record Start(int node, StartKind kind) {
    }

    public record Mismatch(String engine, String start, int hops, List<String> differences) {
    }

    public record LoadTimes(Double neo4jSeconds, double copySeconds, double csrSeconds, double postgresSeconds) {
    }

    public record Result(Settings settings, int documents, int nodes, int edges, LoadTimes load,
            Map<StartKind, Integer> starts, Map<StartKind, Integer> available, int compared, int cutByBudget,
            List<LatencyStats> latencies, List<Mismatch> mismatches, int mismatchCount, long heapUsedMb,
            long heapMaxMb, long neo4jStoreMb, long postgresStoreMb) {

        public LatencyStats latency(String engine, int hops) {
            return latencies.stream().filter(l -> l.engine().equals(engine) && l.hops() == hops).findFirst().orElseThrow();
        }
    }

    private final Driver driver;
    private final ManifestLoader loader;
    private final int port;
    private final PrintWriter out;

    public PeerBenchmark(Driver driver, ManifestLoader loader, int port, PrintWriter out) {
        this.driver = driver;
        this.loader = loader;
        this.port = port;
        this.out = out;
    }

    public Result run(Settings settings) throws Exception {
        var graph = new SyntheticNationalGraph(PREFIX, settings.municipalities(), settings.processes(), settings.seed());
        Double neo4jSeconds = null;
        if (settings.reuse()) {
            long stored = count("MATCH (a:Assessment) WHERE a.municipality STARTS WITH $prefix RETURN count(a)");
            if (stored != graph.documents()) {
                throw new IllegalStateException("--reuse: データディレクトリには " + stored + " 文書があり、"
                        + graph.documents() + " 文書のグラフではありません。同じ --municipalities / --processes / --seed で作ったディレクトリを指定してください。");
            }
            out.println("--reuse: 取り込み済みのグラフを使います (" + stored + " 文書)");
        } else {
            neo4jSeconds = SyntheticLoad.load(loader, graph, 2).seconds();
            out.printf("Neo4j 取り込み: %d 文書, %.1f 秒%n", graph.documents(), neo4jSeconds);
        }
        out.flush();

        long t0 = System.nanoTime();
        TraceGraph copy = TraceGraph.read(driver);
        long t1 = System.nanoTime();
        var bfs = new InMemoryBfs(copy);
        long t2 = System.nanoTime();
        out.printf("Neo4j から複製: %,d ノード, %,d 辺 (%.1f 秒), CSR 構築 %.2f 秒%n", copy.nodes(), copy.edges(),
                (t1 - t0) / 1e9, (t2 - t1) / 1e9);
        out.flush();

        try (var cluster = PostgresCluster.start(); var connection = cluster.connect()) {
            long t3 = System.nanoTime();
            try (var postgres = PostgresTraces.load(copy, connection)) {
                double postgresSeconds = (System.nanoTime() - t3) / 1e9;
                out.printf("PostgreSQL 取り込み (COPY, 索引, ANALYZE): %.1f 秒%n", postgresSeconds);
                var load = new LoadTimes(neo4jSeconds, (t1 - t0) / 1e9, (t2 - t1) / 1e9, postgresSeconds);
                var chosen = chooseStarts(copy, bfs, settings);
                List<PeerEngine> engines = List.of(new Neo4jCypherTraces(driver, copy), new GraphqlTraces(port, copy),
                        postgres, bfs);
                return measure(settings, graph, copy, engines, bfs, chosen, load, cluster.sizeBytes());
            }
        }
    }

    private record Chosen(List<Start> starts, Map<StartKind, Integer> available) {
    }

    /**
     * Fixed by the seed: about 60 % files, 25 % municipal systems, 15 % hubs (nodes that send
     * something), topped up with files when a kind has too few. Answers over the service's budget
     * are kept and checked as cut answers (see {@link Reach#disagreements}).
     */
    private Chosen chooseStarts(TraceGraph graph, InMemoryBfs bfs, Settings settings) {
        Map<StartKind, List<Integer>> candidates = new LinkedHashMap<>();
        for (StartKind kind : StartKind.values()) {
            candidates.put(kind, new ArrayList<>());
        }
        for (int v = 0; v < graph.nodes(); v++) {
            if (bfs.outDegree(v) == 0) {
                continue;
            }
            String id = graph.apiIds()[v];
            if (graph.hub()[v]) {
                candidates.get(StartKind.HUB).add(v);
            } else if (id.startsWith("PersonalInfoFile:")) {
                candidates.get(StartKind.FILE).add(v);
            } else if (id.startsWith("System:")) {
                candidates.get(StartKind.SYSTEM).add(v);
            }
        }
        var random = new Random(settings.seed());
        int systems = settings.starts() * 25 / 100;
        int hubs = settings.starts() * 15 / 100;
        Map<StartKind, Integer> wanted = Map.of(StartKind.SYSTEM, systems, StartKind.HUB, hubs,
                StartKind.FILE, settings.starts() - systems - hubs);
        List<Start> starts = new ArrayList<>();
        Map<StartKind, Integer> available = new LinkedHashMap<>();
        for (StartKind kind : List.of(StartKind.SYSTEM, StartKind.HUB, StartKind.FILE)) {
            List<Integer> pool = candidates.get(kind);
            available.put(kind, pool.size());
            Collections.shuffle(pool, random);
            int take = kind == StartKind.FILE ? settings.starts() - starts.size() : wanted.get(kind);
            pool.stream().limit(take).forEach(v -> starts.add(new Start(v, kind)));
        }
        Collections.shuffle(starts, random);
        return new Chosen(starts, available);
    }

    private Result measure(Settings settings, SyntheticNationalGraph graph, TraceGraph copy, List<PeerEngine> engines,
            InMemoryBfs reference, Chosen chosen, LoadTimes load, long postgresBytes) throws Exception {
        int asOf = today();
        List<Start> starts = chosen.starts();
        Map<StartKind, Integer> byKind = new LinkedHashMap<>();
        starts.forEach(s -> byKind.merge(s.kind(), 1, Integer::sum));
        out.printf("起点: %d (%s), 候補 (送り先のあるノード): %s%n", starts.size(), byKind, chosen.available());
        out.flush();
        for (int i = 0; i < Math.min(WARMUP, starts.size()); i++) {
            for (int hops : DEPTHS) {
                for (PeerEngine engine : engines) {
                    engine.trace(new TraceQuery(starts.get(i).node(), hops, asOf, "個人番号", TraceService.MAX_BUDGET));
                }
            }
        }
        List<LatencyStats> latencies = new ArrayList<>();
        List<Mismatch> mismatches = new ArrayList<>();
        int mismatchCount = 0;
        int compared = 0;
        int cut = 0;
        for (int hops : DEPTHS) {
            double[][] millis = new double[engines.size()][starts.size()];
            long[] nodes = new long[engines.size()];
            int samples = 0;
            try (ProgressBar bar = new ProgressBar(hops + " ホップ", starts.size())) {
                for (int i = 0; i < starts.size(); i++) {
                    var query = new TraceQuery(starts.get(i).node(), hops, asOf, "個人番号", TraceService.MAX_BUDGET);
                    Reach[] answers = new Reach[engines.size()];
                    double[] time = new double[engines.size()];
                    // Rotating order: machine load and caches favour no engine.
                    boolean failed = false;
                    for (int k = 0; k < engines.size(); k++) {
                        int e = (i + k) % engines.size();
                        long started = System.nanoTime();
                        try {
                            answers[e] = engines.get(e).trace(query);
                        } catch (Exception error) {
                            // A failed trace is a failed check, but the run goes on so the rest is still measured.
                            failed = true;
                            mismatchCount++;
                            if (mismatches.size() < 20) {
                                mismatches.add(new Mismatch(engines.get(e).name(), copy.apiIds()[query.start()], hops,
                                        List.of("error: " + error.getMessage())));
                            }
                        }
                        time[e] = (System.nanoTime() - started) / 1e6;
                    }
                    bar.step();
                    if (failed) {
                        continue;
                    }
                    // The uncut answer, untimed: what every engine's answer is checked against.
                    Reach full = reference.trace(new TraceQuery(query.start(), hops, asOf, query.item(), Integer.MAX_VALUE));
                    if (full.size() > query.budget()) {
                        cut++;
                    }
                    compared++;
                    for (int e = 0; e < engines.size(); e++) {
                        millis[e][samples] = time[e];
                        nodes[e] += answers[e].size();
                        var differences = answers[e].disagreements(full, query.budget(), copy.apiIds(), 5);
                        if (!differences.isEmpty()) {
                            mismatchCount++;
                            if (mismatches.size() < 20) {
                                mismatches.add(new Mismatch(engines.get(e).name(), copy.apiIds()[query.start()], hops,
                                        differences));
                            }
                        }
                    }
                    samples++;
                }
            }
            for (int e = 0; e < engines.size(); e++) {
                var stats = LatencyStats.of(engines.get(e).name(), hops, millis[e], samples,
                        samples == 0 ? 0 : nodes[e] / (double) samples);
                latencies.add(stats);
                out.printf("%d ホップ %-28s p50 %7.2f  p95 %7.2f  p99 %7.2f ms (平均 %.0f ノード, %d 件)%n", hops,
                        stats.engine(), stats.p50(), stats.p95(), stats.p99(), stats.meanNodes(), stats.samples());
            }
            out.flush();
        }
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Result(settings, graph.documents(), copy.nodes(), copy.edges(), load, byKind, chosen.available(),
                compared, cut, latencies, mismatches, mismatchCount, heap.getUsed() >> 20, heap.getMax() >> 20,
                GraphBenchmark.directorySize(settings.dataDir()) >> 20, postgresBytes >> 20);
    }

    private static int today() {
        return TraceGraph.date(LocalDate.now().toString());
    }

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher, Map.of("prefix", PREFIX)).single().get(0).asLong();
        }
    }
}
