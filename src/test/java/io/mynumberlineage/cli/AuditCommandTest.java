package io.mynumberlineage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code audit} for scheduled jobs: exit 1 while HIGH findings exist, 0 for a scope without any. */
class AuditCommandTest {

    private record Result(int exit, String out) {
    }

    private static Result run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = new CommandLine(new LineageCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        return new Result(exit, out + "\n" + err);
    }

    @Test
    void exitCodeSaysWhetherHighFindingsExist() throws Exception {
        Path store = Path.of("target", "test-cli-neo4j", UUID.randomUUID().toString());
        List<String> importDemo = new ArrayList<>(List.of("import"));
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "demo"))) {
            files.map(Path::toString).filter(f -> f.endsWith(".json")).sorted().forEach(importDemo::add);
        }
        importDemo.addAll(List.of("--lineage.data-dir=" + store, "--lineage.bolt-port=0"));
        assertThat(run(importDemo.toArray(String[]::new)).exit()).isZero();

        // The demo data holds HIGH findings (鳥取市 states 再委託する with no way of approving it).
        Result all = run("audit", "--lineage.data-dir=" + store, "--lineage.bolt-port=0");
        assertThat(all.exit()).as(all.out()).isEqualTo(1);
        assertThat(all.out()).contains("全件の監査").contains("SUBCONTRACT_WITHOUT_APPROVAL").containsPattern("うち重大度「高」[1-9]");

        Result nowhere = run("audit", "--municipality", "監査対象外市", "--lineage.data-dir=" + store, "--lineage.bolt-port=0");
        assertThat(nowhere.exit()).as(nowhere.out()).isZero();
        assertThat(nowhere.out()).contains("0 版").contains("指摘 0 件");

        Result tottori = run("audit", "--municipality", "鳥取市", "--lineage.data-dir=" + store, "--lineage.bolt-port=0");
        assertThat(tottori.exit()).as(tottori.out()).isEqualTo(1);
        assertThat(tottori.out()).contains("鳥取市の監査");
    }
}
