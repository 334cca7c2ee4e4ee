package io.mynumberlineage.cli;

import io.mynumberlineage.audit.AuditRunner;
import io.mynumberlineage.bench.AuditBenchmark;
import io.mynumberlineage.graph.ManifestLoader;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.neo4j.driver.Driver;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** {@code bench audit}: the full audit of a synthetic national store, then the re-check after one upload. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"合成した全国規模のグラフ（または取り込み済みのもの）で全件の監査を実行して時間・指摘数・ヒープを測り、",
                "続けて1件の取り込み（ある事務の新しい版）の後の監査（取り込んだ市区町村だけ）の時間を測ります。"})
class BenchAuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    BenchOptions options;

    @Mixin
    BenchStore store;

    @Mixin
    NationalLoadOptions size;

    @Option(names = "--commit", defaultValue = "", description = "結果に記すコミット")
    String commit;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!store.suits(spec.commandLine().getErr())) {
            return LineageCommand.FAILED;
        }
        // The benchmark runs the audit itself, timed; a start-up audit would do it first, untimed.
        try (var context = BenchOptions.startApp(store.dataDir, Map.of("lineage.audit-on-start", "false"),
                springArguments)) {
            var benchmark = new AuditBenchmark(context.getBean(Driver.class), context.getBean(ManifestLoader.class),
                    context.getBean(AuditRunner.class), out);
            var result = benchmark.run(new AuditBenchmark.Settings(size.municipalities, options.processes, options.seed, size.threads,
                    store.dataDir, store.reuse));
            options.report(out, AuditBenchmark.markdown(result, options.machine, commit));
        }
        return LineageCommand.OK;
    }
}
