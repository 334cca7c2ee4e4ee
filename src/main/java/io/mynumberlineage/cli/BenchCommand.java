package io.mynumberlineage.cli;

import io.mynumberlineage.bench.GraphBenchmark;
import io.mynumberlineage.bench.PeerBenchmark;
import io.mynumberlineage.bench.PeerReport;
import io.mynumberlineage.bench.PostgresCluster;
import io.mynumberlineage.bench.SyntheticNationalGraph;
import io.mynumberlineage.graph.ManifestLoader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/**
 * Benchmarks; {@code bench graph} loads a synthetic national graph and measures it, {@code bench
 * peer} answers the same traces with Neo4j, GraphQL, PostgreSQL and an in-memory BFS and compares.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "性能を測定します。",
        subcommands = {BenchCommand.Graph.class, BenchCommand.Peer.class, BenchLoadCommand.class, BenchAuditCommand.class,
                CommandLine.HelpCommand.class})
public class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return LineageCommand.USAGE;
    }

    @Command(name = "graph", mixinStandardHelpOptions = true,
            description = {"合成した全国規模のグラフを空のデータディレクトリに取り込み、取り込み速度と",
                    "trace の応答時間（4・8 ホップ、GraphQL と Cypher 直接）、ヒープ、ストアの大きさを測ります。"})
    static class Graph implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        BenchOptions options;

        @Mixin
        NationalLoadOptions size;

        @Option(names = "--traces", defaultValue = "200", description = "ホップ数ごとの計測回数。既定: ${DEFAULT-VALUE}")
        int traces;

        @Mixin
        BenchStore store;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            if (!store.suits(spec.commandLine().getErr())) {
                return LineageCommand.FAILED;
            }
            try (var context = BenchOptions.startApp(store.dataDir, Map.of(), springArguments)) {
                int port = BenchOptions.port(context);
                var benchmark = new GraphBenchmark(context.getBean(Driver.class), context.getBean(ManifestLoader.class),
                        port, out);
                var result = benchmark.run(new GraphBenchmark.Settings(size.municipalities, options.processes, options.seed, size.threads, traces, store.dataDir,
                        store.reuse));
                String markdown = GraphBenchmark.markdown(result, options.machine);
                options.report(out, markdown);
            }
            return LineageCommand.OK;
        }
    }

    @Command(name = "peer", mixinStandardHelpOptions = true,
            description = {"同じ合成グラフで trace を Neo4j (Cypher 直接)・GraphQL・PostgreSQL (WITH RECURSIVE)・",
                    "メモリ上の BFS に答えさせ、2・4・8 ホップの応答時間と取り込み時間を比べ、答えが全て一致するか確かめます。",
                    "PostgreSQL (initdb, pg_ctl) が必要です。使い捨てのクラスタを一時ディレクトリに作り、終了時に消します。"})
    static class Peer implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Mixin
        BenchOptions options;

        @Option(names = "--municipalities", defaultValue = "" + SyntheticNationalGraph.NATIONAL_MUNICIPALITIES,
                description = "市区町村の数。既定: ${DEFAULT-VALUE}")
        int municipalities;

        @Option(names = "--starts", defaultValue = "200", description = "起点の数（ホップ数ごとに全エンジンで計測）。既定: ${DEFAULT-VALUE}")
        int starts;

        @Mixin
        BenchStore store;

        @Unmatched
        List<String> springArguments = new ArrayList<>();

        @Override
        public Integer call() throws Exception {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            if (!store.suits(err)) {
                return LineageCommand.FAILED;
            }
            try {
                PostgresCluster.findBinaries();
            } catch (PostgresCluster.Missing e) {
                err.println(e.getMessage());
                return LineageCommand.FAILED;
            }
            // Latency is what is measured: a slow trace on a busy machine is a figure, not an error.
            try (var context = BenchOptions.startApp(store.dataDir, Map.of("lineage.query-timeout", "120s"), springArguments)) {
                int port = BenchOptions.port(context);
                var benchmark = new PeerBenchmark(context.getBean(Driver.class), context.getBean(ManifestLoader.class),
                        port, out);
                var result = benchmark.run(new PeerBenchmark.Settings(municipalities, options.processes, options.seed, starts, store.dataDir, store.reuse));
                String markdown = PeerReport.markdown(result, options.machine);
                options.report(out, markdown);
                if (result.mismatchCount() > 0) {
                    err.printf("答えが一致しません: %d 件。最初の違い:%n", result.mismatchCount());
                    for (var m : result.mismatches()) {
                        err.printf("  %s, %s, %d ホップ: %s%n", m.engine(), m.start(), m.hops(), m.differences());
                    }
                    err.flush();
                    return LineageCommand.FAILED;
                }
            }
            return LineageCommand.OK;
        }
    }
}
