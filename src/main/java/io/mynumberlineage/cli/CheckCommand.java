package io.mynumberlineage.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.ingest.DocumentReader;
import io.mynumberlineage.ingest.IngestLimits;
import io.mynumberlineage.ingest.SourceFile;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Validates documents or manifests without touching the store: what would an import make of them? */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"評価書またはマニフェストを検査し、抽出できた件数と警告を表示します（データベースは使いません）。",
                "フォルダを渡すと中のファイルをすべて検査します。--format json は項目ごとの充足率と読込速度も出力します。",
                "すべて読み取れたとき 0、読み取れないファイルがあったとき 1 で終了します。"})
public class CheckCommand implements Callable<Integer> {

    private static final DocumentReader READER = new DocumentReader(IngestLimits.DEFAULT);

    enum Format { text, json }

    @Spec
    CommandSpec spec;

    @Option(names = "--format", defaultValue = "text", description = "出力形式: ${COMPLETION-CANDIDATES}（既定: text）")
    Format format;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "検査するファイルまたはフォルダ")
    List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean failed = false;
        FillRates rates = new FillRates();
        List<Map<String, Object>> documents = new ArrayList<>();
        long bytes = 0;
        long nanos = 0;
        for (Path file : expand(files, err)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("file", file.toString());
            try {
                bytes += Files.size(file);
                long start = System.nanoTime();
                Checked c = check(file);
                nanos += System.nanoTime() - start;
                rates.add(c.manifest(), c.lines(), c.unplaced());
                if (format == Format.text) {
                    out.println(file + ": " + summary(c.manifest()));
                }
                describe(row, c);
            } catch (IOException | RuntimeException e) {
                err.println(file + ": 読み取れません: " + e.getMessage());
                row.put("error", e.getMessage());
                failed = true;
            }
            documents.add(row);
        }
        if (format == Format.json) {
            Map<String, Object> report = new LinkedHashMap<>();
            report.put("fillRates", rates.rates());
            report.put("counts", rates.counts());
            Map<String, Object> speed = new LinkedHashMap<>();
            double seconds = nanos / 1e9;
            speed.put("bytes", bytes);
            speed.put("seconds", Math.round(seconds * 1000) / 1000.0);
            speed.put("megabytesPerSecond", seconds == 0 ? null : Math.round(bytes / 1e6 / seconds * 100) / 100.0);
            report.put("speed", speed);
            report.put("documents", documents);
            out.println(json(report));
        }
        out.flush();
        err.flush();
        return failed ? LineageCommand.FAILED : LineageCommand.OK;
    }

    /** A manifest with how many of its source lines it could not place (0 for a manifest file). */
    private record Checked(Manifest manifest, int lines, int unplaced) {
    }

    private static Checked check(Path file) throws IOException {
        var read = READER.read(SourceFile.read(file));
        return read.isManifest() ? new Checked(read.manifest(), 0, 0)
                : new Checked(read.manifest(), read.coverage().nonBlankLines(), read.coverage().unparsed());
    }

    private static void describe(Map<String, Object> row, Checked c) {
        var d = c.manifest().document();
        row.put("issuer", d.municipality());
        row.put("organization", d.organization());
        row.put("process", d.processName());
        row.put("kind", d.kind());
        row.put("publishedOn", d.publishedOn());
        row.put("formVersion", d.formVersion());
        row.put("draft", d.draft());
        row.put("systems", c.manifest().systems().size());
        row.put("files", c.manifest().files().size());
        row.put("citations", c.manifest().useBases().stream().filter(b -> b.key() != null).count());
        row.put("departments", d.departments());
        row.put("lines", c.lines());
        row.put("unplacedLines", c.unplaced());
        row.put("missing", "other".equals(d.kind()) ? List.of() : FillRates.missing(c.manifest()));
        row.put("warnings", c.manifest().report() == null ? 0 : c.manifest().report().warnings().size());
    }

    /** Folders stand for the regular files under them, in name order. */
    private static List<Path> expand(List<Path> paths, PrintWriter err) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    err.println(p + ": フォルダを読めません: " + e.getMessage());
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String json(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
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
