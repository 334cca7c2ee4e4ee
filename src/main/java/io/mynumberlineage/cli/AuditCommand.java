package io.mynumberlineage.cli;

import io.mynumberlineage.audit.AuditProgress;
import io.mynumberlineage.audit.AuditRun;
import io.mynumberlineage.audit.AuditRunner;
import java.io.PrintWriter;
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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Unmatched;

/** Runs the audit rules over the store, or over some municipalities, for scheduled jobs. */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = {"監査ルールを実行し、指摘をデータベースに保存し直します。",
                "評価実施機関ごとのバッチ（それぞれ別のトランザクション）で進み、中断された全件の監査は続きから再開します。",
                "重大度「高」の指摘があるとき 1、ないとき 0 で終了します（定期実行のジョブ向け）。",
                "Spring の設定を --name=value で渡せます（例: --lineage.data-dir=/srv/lineage）。"},
        exitCodeListHeading = "%n終了コード:%n",
        exitCodeList = {"0:重大度「高」の指摘なし", "1:重大度「高」の指摘あり、または監査を実行できなかった",
                "2:コマンドラインの誤り"})
public class AuditCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--municipality", paramLabel = "NAME",
            description = "この評価実施機関の現行の版だけを確認します（複数指定可）。省略するとすべて。")
    List<String> municipalities = new ArrayList<>();

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        // The command audits itself; a start-up audit would do the same work first.
        Map<String, Object> properties = Map.of("lineage.demo-data", "false", "lineage.audit-on-start", "false");
        try (var context = CliContext.start(WebApplicationType.NONE, properties, springArguments);
                ProgressBar bar = progressBar()) {
            AuditRunner runner = context.getBean(AuditRunner.class);
            AuditProgress progress = (done, total, batch, findings) -> {
                bar.maxHint(total);
                bar.stepTo(done);
                bar.setExtraMessage(batch.municipality());
            };
            AuditRun run = municipalities.isEmpty() ? runner.runAll(progress) : runner.runFor(municipalities, progress);
            bar.close();
            print(out, run);
            return run.high() > 0 ? LineageCommand.FAILED : LineageCommand.OK;
        }
    }

    private void print(PrintWriter out, AuditRun run) {
        out.println((municipalities.isEmpty() ? "全件" : String.join("・", municipalities)) + "の監査"
                + (run.resumed() ? "（中断された監査の続き）" : "") + ": " + run.assessments() + " 版、" + run.batches()
                + " バッチ、" + String.format("%.1f", run.seconds()) + " 秒");
        for (AuditRun.RuleCount count : run.perRule()) {
            out.println("  [" + count.severity().label() + "] " + count.rule() + " " + count.findings() + " 件  " + count.title());
        }
        out.println("指摘 " + run.findings() + " 件（うち重大度「高」" + run.high() + " 件）");
        if (!run.complete()) {
            out.println("監査は途中で止まりました。もう一度実行すると続きから再開します。");
        }
        out.flush();
    }

    private static ProgressBar progressBar() {
        return new ProgressBarBuilder().setTaskName("監査").setInitialMax(1)
                .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(500)
                .continuousUpdate().setConsumer(new ConsoleProgressBarConsumer(System.err)).build();
    }
}
