package io.mynumberlineage.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Validates documents or manifests without touching the store. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "評価書またはマニフェストを検査し、問題点を表示します（データベースは使いません）。")
public class CheckCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "検査するファイル")
    List<Path> files;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("check はまだ実装されていません（検査は今後の版で提供します）。");
        return LineageCommand.FAILED;
    }
}
