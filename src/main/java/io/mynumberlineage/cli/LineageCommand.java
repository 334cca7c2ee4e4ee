package io.mynumberlineage.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** The one command line of the jar; without a subcommand it serves the app. */
@Command(name = "mynumber-lineage",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "特定個人情報の流れ（リネージ）を評価書から読み取り、グラフとして探索します。",
        subcommands = {ServeCommand.class, ImportCommand.class, ExportCommand.class, ChecksumCommand.class, CheckCommand.class,
                AuditCommand.class,
                BenchCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%n終了コード:%n",
        exitCodeList = {
                "0:成功",
                "1:入力または処理の誤り（内容はエラー出力に表示）",
                "2:コマンドラインの誤り"})
public class LineageCommand implements Callable<Integer> {

    /** Returned by {@code serve}: the web app keeps the JVM alive, so main must not exit. */
    public static final int KEEP_RUNNING = Integer.MIN_VALUE;

    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    /** Spring settings given without a subcommand, e.g. {@code --server.port=9090}, go to serve. */
    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        return new ServeCommand(springArguments).call();
    }

    public static int execute(String... args) {
        return new CommandLine(new LineageCommand())
                .setUnmatchedOptionsArePositionalParams(false)
                .execute(args);
    }
}
