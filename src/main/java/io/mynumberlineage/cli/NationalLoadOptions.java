package io.mynumberlineage.cli;

import io.mynumberlineage.bench.SyntheticNationalGraph;
import picocli.CommandLine.Option;

/** How large a synthetic nation the benchmark imports, and with how many writers (bench graph, bench audit). */
class NationalLoadOptions {

    @Option(names = "--municipalities", defaultValue = "" + SyntheticNationalGraph.NATIONAL_MUNICIPALITIES,
            description = "市区町村の数。既定: ${DEFAULT-VALUE}")
    int municipalities;

    @Option(names = "--threads", defaultValue = "2", description = "書き込みスレッド数。既定: ${DEFAULT-VALUE}")
    int threads;
}
