package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cover reader on an invented town's cover page. */
class CoverReaderTest {

    @Test
    void labelledCoverFieldsAndLoneLinesBecomeDocumentFacts() {
        var f = new FormFixture(
                "[令和6年10月 様式4]",                         // 1
                "特定個人情報保護評価書(全項目評価書)",          // 2
                "評価書番号\t7",                                // 3
                "評価書名\t霧ヶ丘町 国民年金事務 全項目評価書", // 4
                "評価実施機関名\t霧ヶ丘町長",                   // 5
                "公表日\t令和6年11月5日",                      // 6
                "公表日\tいずれ決める");                         // 7
        f.enter(Part.PREAMBLE, "前文", null);
        var cover = new CoverReader(f.state);

        assertThat(cover.loneLine(f.line(1))).isTrue();
        assertThat(cover.loneLine(f.line(2))).isTrue();
        for (int n = 3; n <= 7; n++) {
            cover.read(f.field(n));
        }

        assertThat(cover.formVersion).isEqualTo("令和6年10月 様式4");
        assertThat(cover.number).isEqualTo("7");
        assertThat(cover.title).isEqualTo("霧ヶ丘町 国民年金事務 全項目評価書");
        assertThat(cover.kinds).containsExactly("全項目");
        assertThat(cover.organization).isEqualTo("霧ヶ丘町長");
        assertThat(cover.publishedOn).isEqualTo("2024-11-05");
        assertThat(f.unparsedReasons()).as("a date that is not one stays visible, it does not replace the first")
                .containsExactly("公表日の日付を読み取れません");
        assertThat(f.state.documentProvenance().line()).isEqualTo(1);
    }

    @Test
    void issuerFallsBackToThePostalAddressWithAWarning() {
        var f = new FormFixture(
                "意見募集のお知らせ",
                "問合せ先 〒990-0001 東雲県霧ヶ丘町本町1-1 町民課");
        var cover = new CoverReader(f.state);
        FormFacts none = new FormFactsReader().read(f.doc);

        assertThat(cover.issuer(none)).isEqualTo("霧ヶ丘町");
        assertThat(f.warnings()).anyMatch(w -> w.contains("連絡先の住所から推定"));
        assertThat(cover.organization).as("never invented from an address").isNull();
    }

    @Test
    void aLineThatIsNoCoverFactIsLeftToTheDriver() {
        var f = new FormFixture("町のお知らせ一覧");
        var cover = new CoverReader(f.state);

        assertThat(cover.loneLine(f.line(1))).isFalse();
        assertThat(List.copyOf(cover.kinds)).isEmpty();
    }
}
