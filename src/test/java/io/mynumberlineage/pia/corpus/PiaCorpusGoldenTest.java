package io.mynumberlineage.pia.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.manifest.ManifestJson;
import io.mynumberlineage.pia.ImportOutcome;
import io.mynumberlineage.pia.PiaImporter;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every invented 評価書 of the corpus gives exactly its hand-written cover and Section I facts. */
class PiaCorpusGoldenTest {

    private static final PiaImporter IMPORTER = new PiaImporter();

    static Stream<Arguments> corpus() {
        return PiaCorpus.golden().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void factsLandInStructuredFields(String name, PiaCorpus.Facts expected) {
        ImportOutcome o = IMPORTER.importBytes(name, PiaCorpus.bytes(name));
        assertThat(o.ok()).as("imported: %s", o.error()).isTrue();
        assertThat(PiaCorpus.of(o.manifest())).usingRecursiveComparison().isEqualTo(expected);
        // The manifest with its new fields is still valid against the schema.
        new ManifestJson().write(o.manifest());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void everyMissingFactIsNamedInAWarning(String name, PiaCorpus.Facts expected) {
        var m = IMPORTER.importBytes(name, PiaCorpus.bytes(name)).manifest();
        if (expected.publishedOn() == null && !"other".equals(expected.kind())) {
            assertThat(m.report().warnings()).anyMatch(w -> w.contains("公表日"));
        }
    }
}
