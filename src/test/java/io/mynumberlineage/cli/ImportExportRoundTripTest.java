package io.mynumberlineage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.manifest.Manifest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** import then export through the command line, each starting its own non-web context on one store. */
class ImportExportRoundTripTest {

    @TempDir
    Path dir;

    private static String run(String... args) {
        var out = new StringWriter();
        int exit = new CommandLine(new LineageCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(new StringWriter()))
                .execute(args);
        assertThat(exit).as(out.toString()).isZero();
        return out.toString();
    }

    @Test
    void exportedManifestsAreTheImportedOnes() throws Exception {
        Path store = Path.of("target", "test-cli-neo4j", UUID.randomUUID().toString());
        Path v1 = dir.resolve("v1.json");
        Path tax = dir.resolve("tax.json");
        try (var a = getClass().getResourceAsStream("/manifests/wakabadai-juki-v1.json");
                var b = getClass().getResourceAsStream("/manifests/wakabadai-tax.json")) {
            Files.copy(a, v1);
            Files.copy(b, tax);
        }
        String imported = run("import", v1.toString(), tax.toString(), "--lineage.data-dir=" + store, "--lineage.bolt-port=0");
        assertThat(imported).contains("格納しました").contains("流れ 7 件");
        Path out = dir.resolve("out");
        String exported = run("export", out.toString(), "--lineage.data-dir=" + store, "--lineage.bolt-port=0");
        assertThat(exported).contains("2 件");
        List<Manifest> written;
        try (Stream<Path> files = Files.list(out)) {
            written = files.sorted().map(p -> {
                try {
                    return ManifestCodec.read(p);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
        assertThat(written).containsExactlyInAnyOrder(ManifestCodec.read(v1), ManifestCodec.read(tax));
    }
}
