package io.mynumberlineage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.graph.NodeId;
import io.mynumberlineage.graph.NodeKind;
import io.mynumberlineage.trace.TraceCypher;
import io.mynumberlineage.trace.TraceService;
import io.mynumberlineage.trace.TraceService.TraceDirection;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.neo4j.driver.Driver;
import org.neo4j.driver.TransactionConfig;

/**
 * Loads a synthetic national graph and measures import throughput, trace latency at 4 and 8 hops
 * through GraphQL over HTTP and through the same Cypher run directly (same run, same start
 * nodes, interleaved), heap and store size.
 */
public final class GraphBenchmark {

    /** @param reuse the data directory already holds this graph: measure the traces only */
    public record Settings(int municipalities, int processes, long seed, int threads, int traces, Path dataDir,
            boolean reuse) {
    }

    public record Latency(int hops, String path, double p50, double p95, double p99, double meanNodes) {
    }

    public record Result(Settings settings, int documents, long flows, double importSeconds, double flowsPerSecond,
            long nodes, long relationships, List<Latency> latencies, long heapUsedMb, long heapMaxMb, long storeMb) {
    }

    private static final String GRAPHQL_TRACE = """
            query($from: ID!, $hops: Int) {
              trace(from: $from, maxHops: $hops) {
                ... on Trace { nodes { hops node { id kind name } } edges { from to step useBasis flow { id } } leftOut { nodes } }
                ... on InputError { message }
              }
            }""";

    /** What {@link #GRAPHQL_TRACE} selects, so the raw query sends the same. */
    private static final TraceService.Answer RAW_ANSWER = new TraceService.Answer(true, List.of("kind", "step", "basis"), false, false);

    private final Driver driver;
    /** The form of the trace query the service uses on this store. */
    private final boolean inStore;
    private final ManifestLoader loader;
    private final int port;
    private final PrintWriter out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();

    public GraphBenchmark(Driver driver, ManifestLoader loader, int port, PrintWriter out) {
        this.driver = driver;
        this.inStore = TraceCypher.storeHasProcedure(driver);
        this.loader = loader;
        this.port = port;
        this.out = out;
    }

    public Result run(Settings settings) throws Exception {
        var graph = new SyntheticNationalGraph("合成", settings.municipalities(), settings.processes(), settings.seed());
        long flows;
        double seconds;
        if (settings.reuse()) {
            flows = count("MATCH (f:Flow) RETURN count(f)");
            seconds = Double.NaN;
            out.printf("取り込み済みのグラフを使います: %d 流れ（取り込みは測りません）%n", flows);
        } else {
            long cpuStarted = processCpuNanos();
            var loaded = SyntheticLoad.load(loader, graph, settings.threads());
            flows = loaded.flows();
            seconds = loaded.seconds();
            double cpuSeconds = (processCpuNanos() - cpuStarted) / 1e9;
            out.printf("取り込み: %d 文書, %d 流れ, %.1f 秒, %.0f 流れ/秒 (CPU %.1f 秒, CPU 1 秒あたり %.0f 流れ)%n",
                    graph.documents(), flows, seconds, flows / seconds, cpuSeconds, flows / cpuSeconds);
        }
        out.flush();
        long nodes = count("MATCH (n) RETURN count(n)");
        long relationships = count("MATCH ()-[r]->() RETURN count(r)");

        List<String> starts = startFiles(settings);
        List<Latency> latencies = new ArrayList<>();
        for (int hops : new int[] {4, 8}) {
            latencies.addAll(measure(starts, hops, settings.traces()));
        }
        System.gc();
        var heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage();
        return new Result(settings, graph.documents(), flows, seconds, flows / seconds, nodes, relationships,
                latencies, heap.getUsed() >> 20, heap.getMax() >> 20, directorySize(settings.dataDir()) >> 20);
    }

    /** Start at 住民基本台帳ファイル-like files chosen at random (seeded) across the country. */
    private List<String> startFiles(Settings settings) {
        List<String> files;
        try (var session = driver.session()) {
            files = session.run("MATCH (f:PersonalInfoFile) WHERE f.municipality STARTS WITH '合成' RETURN f.id ORDER BY f.id")
                    .list(r -> r.get(0).asString());
        }
        var random = new Random(settings.seed());
        List<String> starts = new ArrayList<>();
        for (int i = 0; i < settings.traces() + 20; i++) {
            starts.add(files.get(random.nextInt(files.size())));
        }
        return starts;
    }

    private List<Latency> measure(List<String> starts, int hops, int traces) throws Exception {
        for (int i = 0; i < 20; i++) {
            raw(starts.get(i), hops);
            graphql(starts.get(i), hops);
        }
        double[] raw = new double[traces];
        double[] api = new double[traces];
        long rawNodes = 0;
        long apiNodes = 0;
        for (int i = 0; i < traces; i++) {
            String start = starts.get(20 + i);
            long t0 = System.nanoTime();
            rawNodes += raw(start, hops);
            long t1 = System.nanoTime();
            apiNodes += graphql(start, hops);
            long t2 = System.nanoTime();
            raw[i] = (t1 - t0) / 1e6;
            api[i] = (t2 - t1) / 1e6;
        }
        var rawLatency = latency(hops, "Cypher (driver)", raw, rawNodes / (double) traces);
        var apiLatency = latency(hops, "GraphQL (HTTP)", api, apiNodes / (double) traces);
        out.printf("%d ホップ: Cypher p50 %.1f / p95 %.1f / p99 %.1f ms, GraphQL p50 %.1f / p95 %.1f / p99 %.1f ms (平均 %.0f ノード)%n",
                hops, rawLatency.p50(), rawLatency.p95(), rawLatency.p99(), apiLatency.p50(), apiLatency.p95(),
                apiLatency.p99(), apiLatency.meanNodes());
        out.flush();
        return List.of(rawLatency, apiLatency);
    }

    /** CPU time of the whole process: on a shared machine, wall time says more about the neighbours. */
    private static long processCpuNanos() {
        return ManagementFactory.getPlatformMXBean(com.sun.management.OperatingSystemMXBean.class).getProcessCpuTime();
    }

    private static Latency latency(int hops, String path, double[] millis, double meanNodes) {
        double[] sorted = millis.clone();
        Arrays.sort(sorted);
        return new Latency(hops, path, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99), meanNodes);
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /**
     * The trace's own query, sent directly over the driver with the same parameters the service
     * uses for this GraphQL selection (no flow details); what GraphQL adds on top is execution,
     * mapping and JSON over HTTP.
     */
    private int raw(String fileId, int hops) {
        var request = new TraceService.TraceRequest(new NodeId(NodeKind.FILE, fileId), "個人番号", TraceDirection.DOWNSTREAM,
                hops, LocalDate.now(), List.of(), TraceService.DEFAULT_BUDGET, RAW_ANSWER);
        try (var session = driver.session()) {
            return session.executeRead(tx -> tx.run(TraceCypher.query(NodeKind.FILE, TraceDirection.DOWNSTREAM, hops, false, false, inStore),
                    TraceCypher.parameters(request)).single().get("nodes").size(),
                    TransactionConfig.builder().withTimeout(Duration.ofSeconds(10)).build());
        }
    }

    private int graphql(String fileId, int hops) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("query", GRAPHQL_TRACE,
                "variables", Map.of("from", "PersonalInfoFile:" + fileId, "hops", hops)));
        var response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode trace = json.readTree(response.body()).path("data").path("trace");
        if (!trace.has("nodes")) {
            throw new IllegalStateException("trace failed: " + response.body());
        }
        return trace.path("nodes").size();
    }

    private long count(String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    static long directorySize(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    return 0;
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The result as a Markdown block for bench/RESULTS.md. */
    public static String markdown(Result r, String machine) {
        var s = r.settings();
        var text = new StringBuilder();
        text.append(String.format("### %s — %d 市区町村 × %d 事務 (seed %d, %d 書き込みスレッド)%n%n", LocalDate.now(),
                s.municipalities(), s.processes(), s.seed(), s.threads()));
        text.append("- machine: ").append(machine).append('\n');
        if (s.reuse()) {
            text.append(String.format("- import: not measured; the store of an earlier run was reused (%d documents, %,d flows)%n",
                    r.documents(), r.flows()));
        } else {
            text.append(String.format("- import: %d documents, %,d flows in %.1f s → **%,.0f flows/s** (%.1f documents/s), bulk transactions of one municipality's documents%n",
                    r.documents(), r.flows(), r.importSeconds(), r.flowsPerSecond(), r.documents() / r.importSeconds()));
        }
        text.append(String.format("- graph: %,d nodes, %,d relationships; store %,d MB; heap used after GC %,d MB of %,d MB max%n%n",
                r.nodes(), r.relationships(), r.storeMb(), r.heapUsedMb(), r.heapMaxMb()));
        text.append("| hops | path | p50 ms | p95 ms | p99 ms | mean nodes |\n|---|---|---|---|---|---|\n");
        for (var l : r.latencies()) {
            text.append(String.format("| %d | %s | %.1f | %.1f | %.1f | %.0f |%n", l.hops(), l.path(), l.p50(), l.p95(),
                    l.p99(), l.meanNodes()));
        }
        return text.toString();
    }
}
