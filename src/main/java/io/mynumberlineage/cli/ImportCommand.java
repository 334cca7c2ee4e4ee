package io.mynumberlineage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Reads PIA documents or manifests and loads them into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "評価書（テキスト）またはマニフェスト（JSON）を読み込みます。")
public class ImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--dry-run", description = "データベースに書き込まず、抽出結果だけを出力します。")
    boolean dryRun;

    @Option(names = "--format", defaultValue = "json", description = "出力形式（json）。既定: ${DEFAULT-VALUE}")
    String format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "評価書またはマニフェストのファイル")
    List<Path> files;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("import はまだ実装されていません（評価書の取り込みは今後の版で提供します）。");
        return LineageCommand.FAILED;
    }
}
