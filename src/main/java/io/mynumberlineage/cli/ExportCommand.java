package io.mynumberlineage.cli;

import io.mynumberlineage.graph.ManifestCodec;
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
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Writes every stored assessment version back out as a manifest file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"格納済みの評価書（すべての版）をマニフェスト（JSON）としてディレクトリに書き出します。",
                "書き出したファイルはそのまま import で読み込めます。"})
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "書き出し先ディレクトリ")
    Path directory;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(directory);
        try (var context = CliContext.start(WebApplicationType.NONE, Map.of("lineage.demo-data", "false"), springArguments)) {
            var exporter = context.getBean(ManifestExporter.class);
            List<String> ids = exporter.assessmentIds();
            try (ProgressBar bar = new ProgressBar("書き出し", ids.size())) {
                for (String id : ids) {
                    var stored = exporter.manifest(id);
                    ManifestCodec.write(stored.manifest(), directory.resolve(fileName(id)));
                    bar.step();
                }
            }
            spec.commandLine().getOut().println(ids.size() + " 件のマニフェストを " + directory + " に書き出しました。");
        }
        return LineageCommand.OK;
    }

    /** Assessment ids contain '/' and '@'; file names must not. */
    static String fileName(String assessmentId) {
        return assessmentId.replaceAll("[/\\\\:@*?\"<>|\\s]", "_") + ".json";
    }
}
