package io.mynumberlineage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.RequiresSeeds;
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
    void aTextThatIsNotAnAssessmentFailsClearly() throws Exception {
        Path text = Files.writeString(dir.resolve("献立.txt"), "本日の献立\nカレーライス\nサラダ\n");
        Run run = run("import", "--dry-run", text.toString());
        assertThat(run.exit()).isEqualTo(LineageCommand.FAILED);
        assertThat(run.err()).contains("献立.txt", "評価書");
        assertThat(run.out()).isBlank();
    }

    @RequiresSeeds
    @Test
    void dryRunPrintsTheManifestOfASeedDocument() throws Exception {
        Path seed;
        try (var files = Files.list(Path.of(System.getProperty("seeds.dir", "../shared/seeds")))) {
            seed = files.filter(f -> f.getFileName().toString().startsWith("000_")).findFirst().orElseThrow();
        }
        Run run = run("import", "--dry-run", "--format", "json", seed.toString());
        assertThat(run.exit()).isZero();
        var manifest = new io.mynumberlineage.manifest.ManifestJson().read(run.out());
        assertThat(manifest.document().municipality()).isEqualTo("鳥取市");
        assertThat(manifest.document().kind()).isEqualTo("重点");
        assertThat(run("import", "--dry-run", "--format", "xml", seed.toString()).exit()).isEqualTo(LineageCommand.USAGE);
    }

    @Test
    void benchHasHelp() {
        Run run = run("bench", "graph", "--help");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("--municipalities", "--data-dir");
    }
}
