package io.mynumberlineage.cli;

import io.mynumberlineage.graph.GraphChecksum;
import io.mynumberlineage.graph.GraphChecksum.Checksum;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Prints node and relationship counts and a content digest of the store, to compare two stores. */
@Command(name = "checksum", mixinStandardHelpOptions = true,
        description = {"データベースのノード数（ラベルごと）・関係数（種類ごと）と内容のチェックサムを表示します。",
                "バックアップ（export）から復元したデータベースが元と同じかを比べるのに使います。",
                "読み込み時刻・監査の実行時刻・内部 ID はチェックサムに含みません。"})
public class ChecksumCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--expect", paramLabel = "DIGEST",
            description = "期待するチェックサム（例: 元のデータベースで export --checksum が表示した値）。違えば終了コード 1。")
    String expected;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    /** Nothing that writes at start-up: a checksum must not change what it measures. */
    static final Map<String, Object> READ_ONLY = Map.of("lineage.demo-data", "false", "lineage.audit-on-start", "false",
            "lineage.catalog-on-start", "false");

    @Override
    public Integer call() {
        try (var context = CliContext.start(WebApplicationType.NONE, READ_ONLY, springArguments)) {
            Checksum checksum = context.getBean(GraphChecksum.class).compute();
            PrintWriter out = spec.commandLine().getOut();
            print(checksum, out);
            out.flush();
            if (expected != null && !expected.equals(checksum.digest())) {
                spec.commandLine().getErr().println("チェックサムが一致しません: 期待 " + expected + "、実際 " + checksum.digest());
                spec.commandLine().getErr().flush();
                return LineageCommand.FAILED;
            }
        }
        return LineageCommand.OK;
    }

    static void print(Checksum checksum, PrintWriter out) {
        out.println("ノード " + checksum.nodes() + " 件");
        checksum.nodesByLabel().forEach((label, n) -> {
            if (!label.equals(GraphChecksum.NODES)) {
                out.println("  " + label + " " + n);
            }
        });
        out.println("関係 " + checksum.relationships() + " 件");
        checksum.relationshipsByType().forEach((type, n) -> {
            if (!type.equals(GraphChecksum.RELATIONSHIPS)) {
                out.println("  " + type + " " + n);
            }
        });
        out.println("チェックサム " + checksum.digest());
    }
}
