package io.mynumberlineage.cli;

import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.manifest.Manifest;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Reads PIA documents or manifests and loads them into the store, one transaction per document. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"評価書（テキスト）またはマニフェスト（JSON）を読み込み、データベースに格納します。",
                "1 文書ごとに 1 トランザクションで格納し、同じ文書を再度読み込んでも変化しません。",
                "Spring の設定を --name=value で渡せます（例: --lineage.data-dir=/srv/lineage）。"})
public class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "データベースに書き込まず、マニフェストだけを出力します。")
    boolean dryRun;

    @Option(names = "--format", defaultValue = "json", description = "出力形式（json）。既定: ${DEFAULT-VALUE}")
    String format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "評価書またはマニフェストのファイル")
    List<Path> files;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Map<Path, Manifest> manifests = new LinkedHashMap<>();
        boolean failed = false;
        for (Path file : files) {
            try {
                manifests.put(file, toManifest(file));
            } catch (IOException | RuntimeException e) {
                err.println(file + ": 読み込めませんでした: " + e.getMessage());
                failed = true;
            }
        }
        if (dryRun) {
            PrintWriter out = spec.commandLine().getOut();
            manifests.values().forEach(m -> out.println(new String(ManifestCodec.toJson(m), StandardCharsets.UTF_8)));
            out.flush();
            return failed ? LineageCommand.FAILED : LineageCommand.OK;
        }
        if (manifests.isEmpty()) {
            return LineageCommand.FAILED;
        }
        try (var context = CliContext.start(WebApplicationType.NONE, Map.of("lineage.demo-data", "false"), springArguments)) {
            var loader = context.getBean(ManifestLoader.class);
            List<String> lines = new ArrayList<>();
            try (ProgressBar bar = progressBar(manifests.size())) {
                for (var entry : manifests.entrySet()) {
                    try {
                        var result = loader.load(entry.getValue());
                        lines.add(entry.getKey() + ": " + (result.created() ? "格納しました" : "格納済みです（変更なし）")
                                + " " + result.assessmentId() + "（流れ " + result.flows() + " 件、版 " + result.versions().size() + "）");
                    } catch (RuntimeException e) {
                        lines.add(entry.getKey() + ": 格納できませんでした（この文書は何も書き込まれていません）: " + e.getMessage());
                        failed = true;
                    }
                    bar.step();
                }
            }
            lines.add("監査: 指摘 " + context.getBean(io.mynumberlineage.audit.AuditRunner.class).runAll().findings() + " 件");
            PrintWriter out = spec.commandLine().getOut();
            lines.forEach(out::println);
            out.flush();
        }
        return failed ? LineageCommand.FAILED : LineageCommand.OK;
    }

    /**
     * A manifest from a file. JSON files are manifests; anything else is a PIA document, which the
     * importer in {@code pia/} turns into a manifest. That importer is wired here.
     */
    static Manifest toManifest(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase().endsWith(".json")) {
            Manifest manifest = ManifestCodec.read(file);
            // The same refusal as for 評価書 text: a hand-written manifest must not bring a 個人番号 in.
            // The source hash is hex and may hold a 12-digit run by chance, so it is left out.
            String text = new String(ManifestCodec.toJson(manifest), StandardCharsets.UTF_8)
                    .replaceAll("\"sha256\"\\s*:\\s*\"[0-9a-fA-F]*\"", "");
            if (io.mynumberlineage.guard.MyNumberDetector.containsMyNumber(text)) {
                throw new IllegalArgumentException("個人番号と思われる12桁の番号（検査用数字が一致）を含むため取り込みません: "
                        + file.getFileName());
            }
            return manifest;
        }
        throw new UnsupportedOperationException(
                "評価書テキストからの取り込みはまだ組み込まれていません（PIA 取り込み機能が必要です）。マニフェスト（.json）を指定してください。");
    }

    private ProgressBar progressBar(int total) {
        return new ProgressBarBuilder().setTaskName("取り込み").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .continuousUpdate().setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .hideEta().build();
    }
}
