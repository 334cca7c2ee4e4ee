package io.mynumberlineage.cli;

import io.mynumberlineage.bench.LoadBenchmark;
import io.mynumberlineage.bench.LoadReport;
import io.mynumberlineage.bench.SyntheticLoad;
import io.mynumberlineage.bench.SyntheticNationalGraph;
import io.mynumberlineage.graph.EmbeddedDatabase;
import io.mynumberlineage.graph.ManifestLoader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code bench load}: concurrent GraphQL clients over loopback HTTP against a synthetic graph. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"合成グラフに対し、127.0.0.1 上の HTTP で trace と search の GraphQL 問い合わせを",
                "複数クライアントから同時に一定時間送り、毎秒の問い合わせ数、種類ごとの p50/p95/p99 とエラー数を測ります。",
                "--restart-at を付けると、途中で埋め込みデータベースを停止・再起動し（アプリは再起動しません）、復旧時間を測ります。"})
public class BenchLoadCommand implements Callable<Integer> {

    private static final String PREFIX = "合成";

    @Spec
    CommandSpec spec;

    @Mixin
    BenchOptions options;

    @Mixin
    BenchStore store;

    @Option(names = "--municipalities", defaultValue = "50", description = "生成する市区町村の数。既定: ${DEFAULT-VALUE}")
    int municipalities;

    @Option(names = "--threads", defaultValue = "2", description = "取り込みの書き込みスレッド数。既定: ${DEFAULT-VALUE}")
    int threads;

    @Option(names = "--clients", defaultValue = "32", description = "同時クライアント数（1〜256）。既定: ${DEFAULT-VALUE}")
    int clients;

    @Option(names = "--duration", defaultValue = "60s", converter = DurationConverter.class,
            description = "測定時間（例: 60s, 2m）。上限 30m。既定: ${DEFAULT-VALUE}")
    Duration duration;

    @Option(names = "--max-requests", defaultValue = "100000",
            description = "クライアントごとのリクエスト数の上限。既定: ${DEFAULT-VALUE}")
    int maxRequests;

    @Option(names = "--trace-share", defaultValue = "0.5", description = "trace の割合（残りは search）。既定: ${DEFAULT-VALUE}")
    double traceShare;

    @Option(names = "--hops", defaultValue = "4", description = "trace の maxHops。既定: ${DEFAULT-VALUE}")
    int hops;

    @Option(names = "--warmup", defaultValue = "10s", converter = DurationConverter.class,
            description = "測定の前に同じクライアントで問い合わせる暖機時間（集計せず、エラーだけ数えます）。既定: ${DEFAULT-VALUE}")
    Duration warmup;

    @Option(names = "--think-time", defaultValue = "0s", converter = DurationConverter.class,
            description = "クライアントが次の問い合わせまで置く平均の間隔（指数分布）。0 なら間を置かずに送り続けます。既定: ${DEFAULT-VALUE}")
    Duration thinkTime;

    @Option(names = "--restart-at", converter = DurationConverter.class,
            description = "開始からこの時間後に埋め込みデータベースを停止・再起動します（例: 30s）。")
    Duration restartAt;

    @Option(names = "--downtime", defaultValue = "0s", converter = DurationConverter.class,
            description = "再起動のとき停止したままにする時間。既定: ${DEFAULT-VALUE}")
    Duration downtime;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!store.suits(err)) {
            return LineageCommand.FAILED;
        }
        if (clients < 1 || clients > 256 || duration.isNegative() || duration.compareTo(Duration.ofMinutes(30)) > 0
                || (restartAt != null && restartAt.compareTo(duration) >= 0) || warmup.isNegative()
                || warmup.compareTo(Duration.ofMinutes(10)) > 0 || thinkTime.isNegative()
                || thinkTime.compareTo(Duration.ofMinutes(1)) > 0) {
            err.println("--clients は 1〜256、--duration は 30 分まで、--restart-at は --duration より前、"
                    + "--warmup は 10 分まで、--think-time は 1 分までにしてください。");
            return LineageCommand.USAGE;
        }
        try (var context = BenchOptions.startApp(store.dataDir, Map.of("lineage.page-cache", "1g"), springArguments)) {
            Driver driver = context.getBean(Driver.class);
            if (!store.reuse) {
                var graph = new SyntheticNationalGraph(PREFIX, municipalities, options.processes, options.seed);
                out.printf("合成グラフを取り込みます: %d 市区町村 × %d 事務 = %d 文書%n", municipalities, options.processes, graph.documents());
                out.flush();
                var loaded = SyntheticLoad.load(context.getBean(ManifestLoader.class), graph, threads);
                out.printf("取り込み: %d 文書, %d 流れ, %.1f 秒%n", loaded.documents(), loaded.flows(), loaded.seconds());
            }
            List<String> files = list(driver, "MATCH (f:PersonalInfoFile) WHERE f.municipality STARTS WITH $prefix "
                    + "RETURN 'PersonalInfoFile:' + f.id ORDER BY f.id");
            List<String> places = list(driver, "MATCH (o:Organization) WHERE o.id STARTS WITH $prefix RETURN o.id ORDER BY o.id");
            if (files.isEmpty() || places.isEmpty()) {
                err.println(store.dataDir + " に合成グラフ（" + PREFIX + "…）がありません。");
                return LineageCommand.FAILED;
            }
            Collections.shuffle(files, new Random(options.seed));
            var held = new LoadReport.Store(String.format("%d synthetic 市区町村 (%s)", places.size(),
                    store.reuse ? "reused " + store.dataDir.getFileName() : municipalities + " × " + options.processes + " generated"),
                    count(driver, "MATCH (n) RETURN count(n)"), count(driver, "MATCH ()-[r]->() RETURN count(r)"));
            int port = BenchOptions.port(context);
            EmbeddedDatabase embedded = context.getBeanProvider(EmbeddedDatabase.class).getIfAvailable();
            LoadBenchmark.Restarter restarter = embedded == null ? null : embedded::restart;
            var benchmark = new LoadBenchmark(URI.create("http://127.0.0.1:" + port + "/graphql"),
                    files.subList(0, Math.min(2000, files.size())), LoadBenchmark.searchTexts(places, options.seed), restarter, out);
            double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
            out.printf("%d クライアントで %d 秒間問い合わせます…%n", clients, duration.toSeconds());
            out.flush();
            var result = benchmark.run(new LoadBenchmark.Settings(clients, duration, maxRequests, Duration.ofSeconds(30),
                    traceShare, hops, restartAt, downtime, options.seed, warmup, thinkTime));
            String conditions = String.format("%s%sload average %.1f at the start of the queries, %.1f at the end",
                    options.machine, options.machine.isBlank() ? "" : "; ", loadBefore,
                    ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            String markdown = LoadReport.markdown(result, held, conditions);
            options.report(out, markdown);
            return result.otherErrors() == 0 ? LineageCommand.OK : LineageCommand.FAILED;
        }
    }

    private static List<String> list(Driver driver, String cypher) {
        try (var session = driver.session()) {
            return new ArrayList<>(session.run(cypher, Map.of("prefix", PREFIX)).list(r -> r.get(0).asString()));
        }
    }

    private static long count(Driver driver, String cypher) {
        try (var session = driver.session()) {
            return session.run(cypher).single().get(0).asLong();
        }
    }

    /** Durations as people write them: 500ms, 15s, 2m. */
    static final class DurationConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            var m = java.util.regex.Pattern.compile("(\\d+)(ms|s|m)").matcher(value.trim());
            if (!m.matches()) {
                throw new picocli.CommandLine.TypeConversionException("時間は 500ms・30s・2m のように書いてください: " + value);
            }
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                default -> Duration.ofMinutes(n);
            };
        }
    }
}
