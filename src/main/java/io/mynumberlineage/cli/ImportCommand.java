package io.mynumberlineage.cli;

import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.graph.ManifestLoader;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.ManifestFiles;
import io.mynumberlineage.pia.PiaImporter;
import io.mynumberlineage.web.SourceDocuments;
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

/** Reads PIA documents or manifests and loads them into the store, each document all or nothing. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"評価書（テキスト）またはマニフェスト（JSON）を読み込み、データベースに格納します。",
                "文書ごとに全部か無かで格納し（多数の文書はまとめて書き込みます）、同じ文書を再度読み込んでも変化しません。",
                "Spring の設定を --name=value で渡せます（例: --lineage.data-dir=/srv/lineage）。"})
public class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "データベースに書き込まず、マニフェストだけを出力します。")
    boolean dryRun;

    /** Output formats of --dry-run; an enum so that picocli rejects anything else as misuse. */
    enum Format { json }

    private static final ManifestFiles MANIFEST_FILES = new ManifestFiles(new PiaImporter());

    @Option(names = "--format", defaultValue = "json", description = "出力形式（${COMPLETION-CANDIDATES}）。既定: ${DEFAULT-VALUE}")
    Format format;

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
                manifests.put(file, MANIFEST_FILES.read(file));
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
            var sources = context.getBean(SourceDocuments.class);
            List<String> audited = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            List<Map.Entry<Path, Manifest>> entries = new ArrayList<>(manifests.entrySet());
            try (ProgressBar bar = progressBar(entries.size())) {
                for (int from = 0; from < entries.size(); from += ManifestLoader.BULK_BATCH) {
                    var chunk = entries.subList(from, Math.min(entries.size(), from + ManifestLoader.BULK_BATCH));
                    List<ManifestLoader.LoadResult> loaded = loadTogether(loader, chunk);
                    for (int i = 0; i < chunk.size(); i++) {
                        var entry = chunk.get(i);
                        try {
                            var result = loaded != null ? loaded.get(i) : loader.load(entry.getValue());
                            audited.add(result.assessmentId());
                            if (!entry.getKey().toString().endsWith(".json")) {
                                sources.keep(entry.getKey());
                            }
                            lines.add(entry.getKey() + ": " + (result.created() ? "格納しました" : "格納済みです（変更なし）")
                                    + " " + result.assessmentId() + "（流れ " + result.flows() + " 件、版 "
                                    + result.versions().size() + "）");
                        } catch (IOException e) {
                            lines.add(entry.getKey() + ": 格納しましたが、原文の控えを保存できませんでした: " + e.getMessage());
                        } catch (RuntimeException e) {
                            lines.add(entry.getKey() + ": 格納できませんでした（この文書は何も書き込まれていません）: " + e.getMessage());
                            failed = true;
                        }
                        bar.step();
                    }
                }
            }
            // Only the municipalities the import touched; `audit` re-checks the whole store.
            var audit = context.getBean(io.mynumberlineage.audit.AuditRunner.class).recheck(audited);
            lines.add("監査: 取り込んだ市区町村の指摘 " + audit.findings() + " 件（" + audit.assessments() + " 版を "
                    + String.format("%.1f", audit.seconds()) + " 秒で確認）");
            PrintWriter out = spec.commandLine().getOut();
            lines.forEach(out::println);
            out.flush();
        }
        return failed ? LineageCommand.FAILED : LineageCommand.OK;
    }

    /**
     * Many documents load several times faster together ({@link ManifestLoader#loadAll}: bulk
     * transactions, each document still all or nothing). Null when one of them failed: they are then
     * loaded one by one, so the failure is reported against its own file; the ones already stored
     * are found unchanged.
     */
    private static List<ManifestLoader.LoadResult> loadTogether(ManifestLoader loader,
            List<Map.Entry<Path, Manifest>> chunk) {
        if (chunk.size() < 2) {
            return null;
        }
        try {
            return loader.loadAll(chunk.stream().map(Map.Entry::getValue).toList());
        } catch (RuntimeException e) {
            return null;
        }
    }

    private ProgressBar progressBar(int total) {
        return new ProgressBarBuilder().setTaskName("取り込み").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .continuousUpdate().setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
                .hideEta().build();
    }
}
