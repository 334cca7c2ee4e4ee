package io.mynumberlineage.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes every stored assessment back out as manifest files. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "格納済みの評価書をマニフェスト（JSON）としてディレクトリに書き出します。")
public class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "書き出し先ディレクトリ")
    Path directory;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("export はまだ実装されていません（マニフェストの書き出しは今後の版で提供します）。");
        return LineageCommand.FAILED;
    }
}
