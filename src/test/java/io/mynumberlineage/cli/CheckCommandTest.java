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

@RequiresSeeds
class CheckCommandTest {

    @TempDir
    Path dir;

    @Test
    void reportsWhatEachDocumentYieldsAndFailsOnUnreadableOnes() throws Exception {
        Path seed;
        try (var files = Files.list(Path.of(System.getProperty("seeds.dir", "../shared/seeds")))) {
            seed = files.filter(f -> f.getFileName().toString().startsWith("002_")).findFirst().orElseThrow();
        }
        Path binary = Files.write(dir.resolve("image.txt"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7, 0, 9});
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = new CommandLine(new LineageCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute("check", seed.toString(), binary.toString());
        assertThat(exit).isEqualTo(LineageCommand.FAILED);
        assertThat(out.toString()).contains("花巻市", "個人住民税に関する事務", "重点", "提供 20", "移転 13");
        assertThat(err.toString()).contains("image.txt", "読み取れません");
    }
}
