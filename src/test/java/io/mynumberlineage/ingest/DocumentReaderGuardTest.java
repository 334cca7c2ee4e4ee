package io.mynumberlineage.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.guard.MyNumberDetector;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** A manifest (JSON) handed to import, check or the demo loader is refused like 評価書 text when it holds a possible 個人番号. */
class DocumentReaderGuardTest {

    private static final DocumentReader READER = new DocumentReader(IngestLimits.DEFAULT);

    private SourceFile manifestWith(String text) throws Exception {
        String json = new String(Files.readAllBytes(Path.of("src/test/resources/manifests/momijidani-juki.json")),
                java.nio.charset.StandardCharsets.UTF_8);
        // Put the number into a free-text field the loader would store.
        json = json.replaceFirst("\"processName\"\\s*:\\s*\"", "\"processName\" : \"" + text + " ");
        return new SourceFile("m.json", json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void refusesAManifestCarryingANumberWithAValidCheckDigit() throws Exception {
        String eleven = "12345678901";
        String invented = eleven + MyNumberDetector.checkDigit(eleven);
        SourceFile file = manifestWith(invented);
        assertThatThrownBy(() -> READER.read(file))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("個人番号")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(invented));
    }

    @Test
    void acceptsTheSameManifestWhenTheCheckDigitFails() throws Exception {
        String eleven = "12345678901";
        String wrong = eleven + (MyNumberDetector.checkDigit(eleven) + 1) % 10;
        var manifest = READER.read(manifestWith(wrong)).manifest();
        assertThat(manifest.document().processName()).startsWith(wrong);
        assertThat(ManifestCodec.toJson(manifest)).isNotEmpty();
    }
}
