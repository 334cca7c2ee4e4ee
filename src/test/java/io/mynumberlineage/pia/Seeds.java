package io.mynumberlineage.pia;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.manifest.EntrustmentRecord;
import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.ManifestJson;
import io.mynumberlineage.manifest.SystemRecord;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reads the shared seed documents in place (never copied into the project). */
final class Seeds {

    static final PiaImporter IMPORTER = new PiaImporter();
    static final ManifestJson JSON = new ManifestJson();

    private Seeds() {
    }

    static Path dir() {
        return Path.of(System.getProperty("seeds.dir", "../shared/seeds"));
    }

    static Path seed(String prefix) {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElseThrow(() -> new IllegalStateException("seed " + prefix + " not found in " + dir()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Path> all() {
        try (Stream<Path> files = Files.list(dir())) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Imports a seed and round-trips it through the validated JSON form, as the CLI would. */
    static Manifest manifest(String prefix) {
        ImportOutcome outcome = IMPORTER.importFile(seed(prefix));
        assertThat(outcome.error()).as("import error").isNull();
        assertThat(outcome.coverage().missing()).as("lines neither placed, unparsed nor structural").isEmpty();
        return JSON.read(JSON.write(outcome.manifest()));
    }

    static List<String> systemNames(Manifest m) {
        return m.systems().stream().map(SystemRecord::name).toList();
    }

    static List<String> fileNames(Manifest m) {
        return m.files().stream().map(FileRecord::name).toList();
    }

    static FileRecord file(Manifest m, String name) {
        return m.files().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    static List<FlowRecord> flows(Manifest m, FileRecord file, String kind) {
        return m.flows().stream().filter(f -> f.fileId().equals(file.id()) && f.kind().equals(kind)).toList();
    }

    static FlowRecord flow(Manifest m, FileRecord file, String kind, int ordinal) {
        return flows(m, file, kind).stream().filter(f -> f.ordinal() == ordinal).findFirst().orElseThrow();
    }

    static List<String> contractors(Manifest m) {
        return m.entrustments().stream().map(EntrustmentRecord::contractor).filter(c -> c != null).distinct().toList();
    }
}
