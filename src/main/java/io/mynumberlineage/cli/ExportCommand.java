package io.mynumberlineage.cli;

import io.mynumberlineage.demo.DemoExport;
import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.pia.PiaImporter;
import io.mynumberlineage.graph.GraphChecksum;
import io.mynumberlineage.graph.ManifestExporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.ProgressBar;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Writes every stored assessment version back out as a manifest file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"格納済みの評価書（すべての版）をマニフェスト（JSON）としてディレクトリに書き出します。",
                "書き出したファイルはそのまま import で読み込めます。",
                "--demo を付けると、データベースではなく評価書のフォルダから、本文を含まないデモ用マニフェストを作ります",
                "（jar に入れるデモデータの作り直し: export --demo ../shared/seeds src/main/resources/demo）。"})
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "書き出し先ディレクトリ")
    Path directory;

    @Option(names = "--checksum", description = "書き出し元のデータベースのチェックサム（checksum コマンドと同じもの）も表示します。")
    boolean checksum;

    @Option(names = "--demo", paramLabel = "DOCUMENTS",
            description = "このフォルダの評価書を読み、事実（名称・件数・根拠・行番号）だけを残したデモ用マニフェストを DIR に書き出します。")
    Path demoDocuments;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        if (demoDocuments != null) {
            return exportDemo();
        }
        Files.createDirectories(directory);
        try (var context = CliContext.start(WebApplicationType.NONE, Map.of("lineage.demo-data", "false"), springArguments)) {
            var exporter = context.getBean(ManifestExporter.class);
            List<String> ids = exporter.assessmentIds();
            try (ProgressBar bar = new ProgressBar("書き出し", ids.size())) {
                for (int i = 0; i < ids.size(); i++) {
                    String id = ids.get(i);
                    var stored = exporter.manifest(id);
                    ManifestCodec.write(stored.manifest(), directory.resolve(fileName(i + 1, id)));
                    bar.step();
                }
            }
            var out = spec.commandLine().getOut();
            out.println(ids.size() + " 件のマニフェストを " + directory + " に書き出しました（格納した順の番号付き。"
                    + "import " + directory.resolve("*.json") + " で同じ順に読み込めます）。");
            if (checksum) {
                ChecksumCommand.print(context.getBean(GraphChecksum.class).compute(), out);
            }
            out.flush();
        }
        return LineageCommand.OK;
    }

    private Integer exportDemo() {
        var out = spec.commandLine().getOut();
        List<Path> written;
        try {
            written = new DemoExport(new PiaImporter()).write(demoDocuments, directory);
        } catch (IOException | RuntimeException e) {
            spec.commandLine().getErr().println("デモ用マニフェストを作れませんでした: " + e.getMessage());
            return LineageCommand.FAILED;
        }
        written.forEach(file -> out.println(file));
        out.println(written.size() + " 件のデモ用マニフェストを " + directory + " に書き出しました（評価書の本文は含みません）。");
        out.flush();
        return LineageCommand.OK;
    }

    /**
     * Assessment ids contain '/' and '@'; file names must not. The load-order number first, so that
     * a shell glob hands the files to import in the order they were originally loaded.
     */
    static String fileName(int position, String assessmentId) {
        return String.format("%06d_", position) + assessmentId.replaceAll("[/\\\\:@*?\"<>|\\s]", "_") + ".json";
    }
}
