package io.mynumberlineage.cli;

import io.mynumberlineage.bench.SyntheticNationalGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Option;

/** What every benchmark shares: the synthetic graph's shape and seed, and where its results go. */
class BenchOptions {

    @Option(names = "--processes", defaultValue = "" + SyntheticNationalGraph.PROCESSES_PER_MUNICIPALITY,
            description = "市区町村ごとの事務の数（1〜30）。既定: ${DEFAULT-VALUE}")
    int processes;

    @Option(names = "--seed", defaultValue = "20261123", description = "乱数の種。既定: ${DEFAULT-VALUE}")
    long seed;

    @Option(names = "--results", description = "結果を Markdown で追記するファイル（例: bench/RESULTS.md）")
    Path results;

    @Option(names = "--machine", defaultValue = "", description = "結果に記す計算機の説明")
    String machine;

    /**
     * Starts the app on its own data directory for a benchmark: no demo data, free ports on 127.0.0.1;
     * {@code overrides} adds or replaces settings. The start-up audit stays on as in production: on a
     * reused store it audits what no audit has seen yet, in batches on a background thread (a few
     * minutes of one core at national size, see bench/RESULTS.md), and nothing when the store was
     * audited before.
     */
    static ConfigurableApplicationContext startApp(Path dataDir, Map<String, Object> overrides,
            List<String> springArguments) {
        Map<String, Object> properties = new LinkedHashMap<>(Map.of(
                "lineage.demo-data", "false",
                // Every benchmark client calls from 127.0.0.1: one address must not be throttled as one person.
                "lineage.client-limits.enabled", "false",
                "lineage.data-dir", dataDir.toString(),
                "lineage.bolt-port", "0",
                "server.port", "0",
                "server.address", "127.0.0.1",
                "lineage.page-cache", "2g"));
        properties.putAll(overrides);
        return CliContext.start(WebApplicationType.SERVLET, properties, springArguments);
    }

    static int port(ConfigurableApplicationContext context) {
        return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "8080"));
    }

    /** Prints the run's Markdown and appends it to {@code --results} when given. */
    void report(PrintWriter out, String markdown) throws IOException {
        out.println();
        out.println(markdown);
        out.flush();
        if (results != null) {
            Files.writeString(results, "\n" + markdown, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        }
    }
}
