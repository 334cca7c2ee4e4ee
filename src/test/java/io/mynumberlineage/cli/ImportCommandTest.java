package io.mynumberlineage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The parts of import that need no store: reading files, --dry-run, clear failure for PIA text. */
class ImportCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = new CommandLine(new LineageCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void dryRunPrintsTheManifestWithoutAStore() throws Exception {
        Path manifest = dir.resolve("m.json");
        try (var in = getClass().getResourceAsStream("/manifests/wakabadai-juki-v1.json")) {
            Files.copy(in, manifest);
        }
        Run run = run("import", "--dry-run", manifest.toString());
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("\"assessmentKey\"", "若葉台市/1/住民基本台帳に関する事務", "教育委員会事務局学務課");
    }

    @Test
    void aDocumentThatIsNotAManifestFailsClearly() throws Exception {
        Path text = Files.writeString(dir.resolve("評価書.txt"), "特定個人情報保護評価書");
        Run run = run("import", "--dry-run", text.toString());
        assertThat(run.exit()).isEqualTo(LineageCommand.FAILED);
        assertThat(run.err()).contains("評価書.txt", "マニフェスト（.json）");
    }

    @Test
    void benchHasHelp() {
        Run run = run("bench", "graph", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--municipalities", "--data-dir");
    }
}
