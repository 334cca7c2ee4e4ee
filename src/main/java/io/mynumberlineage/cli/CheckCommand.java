package io.mynumberlineage.cli;

import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.ManifestFiles;
import io.mynumberlineage.pia.PiaImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates documents or manifests without touching the store: what would an import make of them? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"評価書またはマニフェストを検査し、抽出できた件数と警告を表示します（データベースは使いません）。",
                "すべて読み取れたとき 0、読み取れないファイルがあったとき 1 で終了します。"})
public class CheckCommand implements Callable<Integer> {

    private static final ManifestFiles MANIFEST_FILES = new ManifestFiles(new PiaImporter());

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "検査するファイル")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        for (Path file : files) {
            try {
                out.println(file + ": " + summary(MANIFEST_FILES.read(file)));
            } catch (IOException | RuntimeException e) {
                err.println(file + ": 読み取れません: " + e.getMessage());
                failed = true;
            }
        }
        out.flush();
        err.flush();
        return failed ? LineageCommand.FAILED : LineageCommand.OK;
    }

    static String summary(Manifest m) {
        var doc = m.document();
        long provisions = m.flows().stream().filter(f -> "提供".equals(f.kind())).count();
        long transfers = m.flows().stream().filter(f -> "移転".equals(f.kind())).count();
        int warnings = m.report() == null ? 0 : m.report().warnings().size();
        return "%s %s（%s）: システム %d、ファイル %d、提供 %d、移転 %d、委託 %d、未分類 %d、警告 %d".formatted(
                doc.municipality(), doc.processName(), doc.kind(), m.systems().size(), m.files().size(),
                provisions, transfers, m.entrustments().size(), m.unparsed().size(), warnings);
    }
}
