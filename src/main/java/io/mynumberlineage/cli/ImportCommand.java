package io.mynumberlineage.cli;

import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.ingest.DocumentIngest;
import io.mynumberlineage.ingest.DocumentReader;
import io.mynumberlineage.ingest.IngestLimits;
import io.mynumberlineage.ingest.IngestProgress;
import io.mynumberlineage.ingest.IngestReport;
import io.mynumberlineage.ingest.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
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
                "読み込めないファイルがあっても他のファイルは格納し、終了コード 1 で知らせます。",
                "Spring の設定を --name=value で渡せます（例: --lineage.data-dir=/srv/lineage）。"})
public class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "データベースに書き込まず、マニフェストだけを出力します。")
    boolean dryRun;

    /** Output formats of --dry-run; an enum so that picocli rejects anything else as misuse. */
    enum Format { json }

    @Option(names = "--format", defaultValue = "json", description = "出力形式（${COMPLETION-CANDIDATES}）。既定: ${DEFAULT-VALUE}")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "評価書またはマニフェストのファイル")
    List<Path> files;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        List<SourceFile> sources = new ArrayList<>();
        List<Path> paths = new ArrayList<>();
        boolean failed = false;
        for (Path file : files) {
            try {
                sources.add(SourceFile.read(file));
                paths.add(file);
            } catch (IOException | RuntimeException e) {
                err.println(shown(file) + ": 読み込めませんでした: " + e.getMessage());
                failed = true;
            }
        }
        if (dryRun) {
            return dryRun(sources, paths, out, err) && !failed ? LineageCommand.OK : LineageCommand.FAILED;
        }
        if (sources.isEmpty()) {
            return LineageCommand.FAILED;
        }
        try (var context = CliContext.start(WebApplicationType.NONE, Map.of("lineage.demo-data", "false"), springArguments);
                ProgressBar bar = progressBar(sources.size())) {
            IngestReport report = context.getBean(DocumentIngest.class).ingest(sources, DocumentIngest.OnRefusal.STORE_THE_REST,
                    new IngestProgress() {
                        @Override
                        public void stored(int done, int total) {
                            bar.stepTo(done);
                        }
                    });
            bar.close();
            print(report, paths, out);
            return failed || !report.allStored() ? LineageCommand.FAILED : LineageCommand.OK;
        }
    }

    private static boolean dryRun(List<SourceFile> sources, List<Path> paths, PrintWriter out, PrintWriter err) {
        var reader = new DocumentReader(IngestLimits.DEFAULT);
        boolean ok = true;
        for (int i = 0; i < sources.size(); i++) {
            try {
                out.println(new String(ManifestCodec.toJson(reader.read(sources.get(i)).manifest()), StandardCharsets.UTF_8));
            } catch (RuntimeException e) {
                err.println(shown(paths.get(i)) + ": 読み込めませんでした: " + e.getMessage());
                ok = false;
            }
        }
        out.flush();
        err.flush();
        return ok;
    }

    private static void print(IngestReport report, List<Path> paths, PrintWriter out) {
        // In the order the files were given.
        var lines = new java.util.TreeMap<Integer, String>();
        for (var s : report.stored()) {
            var result = s.result();
            lines.put(s.index(), shown(paths.get(s.index())) + ": " + (result.created() ? "格納しました" : "格納済みです（変更なし）") + " "
                    + result.assessmentId() + "（流れ " + result.flows() + " 件、版 " + result.versions().size() + "）");
        }
        for (var r : report.refused()) {
            lines.put(r.index(), shown(paths.get(r.index())) + ": " + (r.read() ? "読み込めませんでした: " : "") + r.message());
        }
        lines.values().forEach(out::println);
        if (report.audit() != null) {
            out.println("監査: 取り込んだ市区町村の指摘 " + report.audit().findings() + " 件（" + report.audit().assessments()
                    + " 版を " + String.format("%.1f", report.audit().seconds()) + " 秒で確認）");
        }
        out.flush();
    }

    /** A path as it may be printed: its file name is never a possible 個人番号. */
    private static String shown(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString();
        String shownName = DocumentReader.shownName(name);
        return shownName.equals(name) ? file.toString() : shownName;
    }

    private static ProgressBar progressBar(int total) {
        return new ProgressBarBuilder().setTaskName("取り込み").setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                .continuousUpdate().setConsumer(new ConsoleProgressBarConsumer(System.err))
                .hideEta().build();
    }
}
