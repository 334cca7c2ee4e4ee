package io.mynumberlineage.cli;

import io.mynumberlineage.bench.SyntheticNationalGraph;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
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
