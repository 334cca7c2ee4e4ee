package io.mynumberlineage.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.graph.ManifestCodec;
import io.mynumberlineage.graph.ManifestGraphMapper;
import io.mynumberlineage.law.CatalogLegalBasisResolver;
import io.mynumberlineage.law.CitationParser;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.RiskMeasureRecord;
import io.mynumberlineage.manifest.TextRecord;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the demo derivation keeps and drops, on an invented manifest bent to hold long text. */
class DemoManifestsTest {

    private static final String LONG_MEASURE = "架空の対策として、端末の操作記録を毎月点検し、"
            + "不要になった記録は担当課の長が立ち会って消去する手順を定めている。";

    private static Manifest invented() throws IOException {
        try (InputStream in = DemoManifestsTest.class.getResourceAsStream("/manifests/wakabadai-juki-v1.json")) {
            return ManifestCodec.read(in);
        }
    }

    private static Manifest withLongText(Manifest m) {
        List<FlowRecord> flows = new ArrayList<>(m.flows());
        FlowRecord f = flows.get(0);
        flows.set(0, new FlowRecord(f.id(), f.fileId(), f.kind(), f.ordinal(), f.recipient(),
                List.of("番号法第19条第8号(以下「提供規定」という。)別表第二(第27項)"), f.beppyoItems(),
                "随時", f.items(), f.methods(), f.frequency(), f.recordCount(), f.provenance()));
        List<RiskMeasureRecord> risks = List.of(new RiskMeasureRecord("III/ファイル1/リスク1", "消去の手順", LONG_MEASURE, "十分である",
                f.provenance()));
        List<TextRecord> contacts = List.of(new TextRecord("IV/請求先", "若葉台市役所 市民課", f.provenance()));
        return new Manifest(m.schemaVersion(), m.document(), m.systems(), m.files(), m.acquisitions(), m.useBases(), flows,
                m.entrustments(), risks, m.thirdPartyReviews(), contacts, m.changes(), m.unparsed(), m.report());
    }

    @Test
    void keepsFactsAndShortCellValuesAndDropsQuotesAndSentences() throws IOException {
        Manifest full = withLongText(invented());
        Manifest demo = DemoManifests.derive(full);

        assertThat(demo.document().assessmentKey()).isEqualTo(full.document().assessmentKey());
        assertThat(demo.document().provenance().quote()).isNull();
        assertThat(demo.document().provenance().line()).isEqualTo(full.document().provenance().line());
        assertThat(demo.systems()).allSatisfy(s -> assertThat(s.provenance().quote()).isNull());
        assertThat(demo.systems()).extracting(s -> s.name()).isEqualTo(full.systems().stream().map(s -> s.name()).toList());
        assertThat(demo.flows()).allSatisfy(f -> assertThat(f.provenance().quote()).isNull());
        assertThat(demo.flows().get(0).purpose()).isEqualTo("随時");
        assertThat(demo.riskMeasures().get(0).text()).isEqualTo(DemoManifests.OMITTED);
        assertThat(demo.riskMeasures().get(0).rating()).isEqualTo("十分である");
        assertThat(demo.disclosureContacts().get(0).text()).isEqualTo("若葉台市役所 市民課");
        assertThat(demo.flows().get(0).citations()).containsExactly("番号法第19条第8号別表第二(第27項)");
        // Still a valid manifest.
        assertThat(ManifestCodec.read(new java.io.ByteArrayInputStream(ManifestCodec.toJson(demo)))).isEqualTo(demo);
    }

    @Test
    void overlongNamesAndSectionStepsAreShortenedToTheLengthOfAQuote() {
        String sentence = "これは見出しの欄に紛れ込んだ架空の長い文で、四十文字を超えるため短くされることを確かめるためのものです。";
        assertThat(DemoManifests.name(sentence)).hasSize(40).endsWith("…").startsWith("これは見出しの欄に");
        assertThat(DemoManifests.name("住民基本台帳ファイル")).isEqualTo("住民基本台帳ファイル");
        assertThat(DemoManifests.path("III/ファイル1/" + sentence)).startsWith("III/ファイル1/これは").hasSize("III/ファイル1/".length() + 40);
    }

    @Test
    void abridgedCitationsResolveToTheSameLegalBases() throws IOException {
        var resolver = new CatalogLegalBasisResolver(CitationParser.withDefaults());
        Manifest full = withLongText(invented());
        var seed = new ManifestGraphMapper(resolver).map(DemoManifests.namesShortened(full));
        var demo = new ManifestGraphMapper(resolver).map(DemoManifests.derive(full));
        assertThat(demo.flows()).extracting(f -> f.basis()).isEqualTo(seed.flows().stream().map(f -> f.basis()).toList());
        assertThat(demo.flows()).anySatisfy(f -> assertThat(f.basis()).contains("番号法/19/8/別表2/27"));
    }
}
