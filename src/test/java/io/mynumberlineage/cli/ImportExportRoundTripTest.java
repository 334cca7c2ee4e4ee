package io.mynumberlineage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.manifest.Manifest;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
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
        var err = new StringWriter();
        int exit = new CommandLine(new LineageCommand()).setOut(new PrintWriter(out)).setErr(new PrintWriter(err))
                .execute(args);
        assertThat(exit).as(out + "\n" + err).isZero();
        return out.toString();
    }

    private static Path newStore() {
        return Path.of("target", "test-cli-neo4j", UUID.randomUUID().toString());
    }

    /** The lines of a checksum report ("ノード …", "  Label n", "関係 …", "チェックサム …"), from its first line on. */
    private static List<String> checksumReport(String output) {
        List<String> lines = output.lines().toList();
        int first = lines.indexOf(lines.stream().filter(l -> l.startsWith("ノード ")).findFirst().orElseThrow());
        return lines.subList(first, lines.size());
    }

    private static Map<String, Long> counts(List<String> report) {
        return report.stream().filter(l -> l.startsWith("  ")).map(String::trim)
                .collect(Collectors.toMap(l -> l.substring(0, l.lastIndexOf(' ')), l -> Long.parseLong(l.substring(l.lastIndexOf(' ') + 1))));
    }

    /**
     * Backup and restore: the demo data shipped in the jar (the five seed 評価書 as manifests) imported
     * into one store, exported, and the export
     * imported into an empty second store give the same graph: the same counts per label and
     * relationship type and the same content checksum. Findings and the 別表 catalog are not in
     * the export; the restored app recomputes them at start, and they must come out the same.
     */
    @Test
    void seedStoreRestoredFromItsExportIntoAnEmptyStoreIsTheSameGraph() throws Exception {
        Path original = newStore();
        Path restored = newStore();
        List<String> seeds;
        try (Stream<Path> files = Files.list(Path.of("src", "main", "resources", "demo"))) {
            seeds = files.map(Path::toString).filter(f -> f.endsWith(".json")).sorted().toList();
        }
        assertThat(seeds).hasSize(5);
        List<String> importSeeds = new java.util.ArrayList<>(List.of("import"));
        importSeeds.addAll(seeds);
        importSeeds.addAll(List.of("--lineage.data-dir=" + original, "--lineage.bolt-port=0"));
        assertThat(run(importSeeds.toArray(String[]::new))).contains("格納しました");

        Path backup = dir.resolve("backup");
        List<String> before = checksumReport(run("export", backup.toString(), "--checksum",
                "--lineage.data-dir=" + original, "--lineage.bolt-port=0"));
        List<String> manifests;
        try (Stream<Path> files = Files.list(backup)) {
            manifests = files.map(Path::toString).sorted().toList();
        }
        assertThat(manifests).hasSize(seeds.size());

        List<String> importBackup = new java.util.ArrayList<>(List.of("import"));
        importBackup.addAll(manifests);
        importBackup.addAll(List.of("--lineage.data-dir=" + restored, "--lineage.bolt-port=0"));
        run(importBackup.toArray(String[]::new));
        String digest = before.get(before.size() - 1).substring("チェックサム ".length());
        List<String> after = checksumReport(run("checksum", "--expect", digest,
                "--lineage.data-dir=" + restored, "--lineage.bolt-port=0"));

        assertThat(counts(after)).isEqualTo(counts(before));
        assertThat(after).isEqualTo(before);
        // The comparison means something only if the graph has every part an auditor uses.
        assertThat(counts(before)).containsKeys("Flow", "Finding", "LegalBasis", "Assessment", "FLOWS_TO", "CONCERNS", "UNDER")
                .allSatisfy((name, n) -> assertThat(n).isPositive());
    }

    @Test
    void exportedManifestsAreTheImportedOnes() throws Exception {
        Path store = newStore();
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
