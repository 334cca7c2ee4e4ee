package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.RequiresSeeds;
import io.mynumberlineage.manifest.CitationRecord;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.pia.PiaImporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation the importer extracts from the seed documents, collected from its output rather
 * than listed by hand, parses without unparsed fragments.
 */
@RequiresSeeds
class ImportedCitationsTest {

    private final CitationParser parser = CitationParser.withDefaults();

    private static List<Manifest> seedManifests() throws IOException {
        var importer = new PiaImporter();
        try (Stream<Path> files = Files.list(Path.of(System.getProperty("seeds.dir", "../shared/seeds")))) {
            return files.sorted().map(importer::importFile)
                    .filter(outcome -> outcome.manifest() != null)
                    .map(outcome -> outcome.manifest())
                    .toList();
        }
    }

    @Test
    void everyImportedCitationParsesCompletely() throws IOException {
        List<Manifest> manifests = seedManifests();
        assertThat(manifests).hasSize(5);
        Map<String, List<String>> failures = new LinkedHashMap<>();
        int citations = 0;
        int keys = 0;
        for (Manifest manifest : manifests) {
            String municipality = manifest.document().municipality();
            LocalDate asOf = manifest.document().publishedOn() == null ? null
                    : LocalDate.parse(manifest.document().publishedOn());
            List<String> texts = new ArrayList<>();
            manifest.flows().stream().map(FlowRecord::citations).forEach(texts::addAll);
            // The 事務's own bases arrive already split by the parser, one keyed record per basis; what it could
            // not read would be a record without a key and a warning in the report.
            for (CitationRecord c : manifest.useBases()) {
                citations++;
                keys++;
                if (c.key() == null) {
                    failures.put(manifest.document().fileName() + ": " + c.text(), List.of(c.text()));
                }
            }
            manifest.report().warnings().stream().filter(w -> w.contains("条文として読めません"))
                    .forEach(w -> failures.put(manifest.document().fileName() + ": " + w, List.of(w)));
            for (String text : texts) {
                citations++;
                CitationParse parse = parser.parse(text, municipality, asOf);
                keys += parse.bases().size();
                if (!parse.unparsedFragments().isEmpty()) {
                    failures.put(manifest.document().fileName() + ": " + text, parse.unparsedFragments());
                }
            }
        }
        assertThat(failures).isEmpty();
        // Seed 003 alone cites a basis for 88 recipients; a collapse of extraction would show here.
        assertThat(citations).isGreaterThan(120);
        assertThat(keys).isGreaterThanOrEqualTo(citations);
    }
}
