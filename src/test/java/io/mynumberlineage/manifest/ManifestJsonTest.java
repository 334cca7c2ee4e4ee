package io.mynumberlineage.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {

    private final ManifestJson json = new ManifestJson();

    private static Provenance p(int line) {
        return new Provenance("doc.txt", "II/5/提供先1", line, "厚生労働大臣");
    }

    static Manifest sample() {
        DocumentInfo doc = new DocumentInfo("doc.txt", "a".repeat(64), "UTF-8", "〇〇市/1/住民基本台帳事務", "〇〇市", "〇〇市長",
                "〇〇市 住民基本台帳事務 重点項目評価書", "1", "重点", null, "住民基本台帳事務", "2023-12-11", null,
                List.of("市民課"), p(3));
        FileRecord file = new FileRecord("k#file:1", "住民基本台帳ファイル", List.of(), "10万人以上100万人未満",
                List.of("個人番号"), null, 58, 17, p(86));
        FlowRecord flow = new FlowRecord("k#file:1#提供:1", "k#file:1", "提供", 1, "厚生労働大臣",
                List.of("番号法第19条第7号 別表第二の1の項"), List.of("1"), "健康保険", List.of("住民税関係情報"),
                List.of("情報提供ネットワークシステム"), "照会の都度", "10万人以上100万人未満", p(144));
        return new Manifest(Manifest.SCHEMA_VERSION, doc, List.of(), List.of(file), List.of(), List.of(), List.of(flow),
                List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(new UnparsedRecord("何か", "理由", p(9))),
                new ParseReport(Map.of("II", new ParseReport.SectionCount(2, 1)), List.of("[II] 警告")));
    }

    @Test
    void roundTripsAValidManifest() {
        Manifest m = sample();
        String text = json.write(m);
        assertThat(text).contains("\"schemaVersion\" : \"1.0\"", "厚生労働大臣");
        assertThat(json.read(text)).isEqualTo(m);
    }

    @Test
    void rejectsSchemaViolationsOnReadListingThem() {
        String text = json.write(sample())
                .replace("\"kind\" : \"提供\"", "\"kind\" : \"贈与\"")
                .replace("\"publishedOn\" : \"2023-12-11\"", "\"publishedOn\" : \"令和5年\"");
        assertThatThrownBy(() -> json.read(text)).isInstanceOf(ManifestValidationException.class)
                .satisfies(e -> assertThat(((ManifestValidationException) e).violations()).hasSize(2)
                        .anyMatch(v -> v.contains("kind")).anyMatch(v -> v.contains("publishedOn")));
    }

    @Test
    void rejectsInvalidManifestsOnWrite() {
        Manifest m = sample();
        FlowRecord bad = new FlowRecord("id", null, "提供", 1, "", List.of(), List.of("第1項"), null, List.of(), List.of(), null, null, p(1));
        Manifest broken = new Manifest(m.schemaVersion(), m.document(), m.systems(), m.files(), m.acquisitions(), m.useBases(),
                List.of(bad), m.entrustments(), m.riskMeasures(), m.thirdPartyReviews(), m.disclosureContacts(), m.changes(),
                m.unparsed(), m.report());
        assertThatThrownBy(() -> json.write(broken)).isInstanceOf(ManifestValidationException.class)
                .satisfies(e -> assertThat(((ManifestValidationException) e).violations()).hasSizeGreaterThanOrEqualTo(2));
    }

    @Test
    void rejectsMalformedJsonAndUnknownFields() {
        assertThatThrownBy(() -> json.read("{not json")).isInstanceOf(ManifestValidationException.class);
        String extra = json.write(sample()).replaceFirst("\\{", "{\"surprise\": 1,");
        assertThatThrownBy(() -> json.read(extra)).isInstanceOf(ManifestValidationException.class).hasMessageContaining("surprise");
    }
}
