package io.mynumberlineage.pia.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnnexHelpersTest {

    @Test
    void joinerGluesJapaneseWrapsAndKeepsLatinWordGaps() {
        assertThat(PdfLineJoiner.join(List.of("番号法第19", "条第8号に基づ", " く主務省令"))).isEqualTo("番号法第19条第8号に基づく主務省令");
        assertThat(PdfLineJoiner.join(List.of("ISO/IEC", "27017 and", "cloud"))).isEqualTo("ISO/IEC27017 and cloud");
        assertThat(PdfLineJoiner.join(List.of("", "  "))).isEmpty();
    }

    @Test
    void beppyoItemsInTheirManyShapes() {
        assertThat(FlowValueParser.beppyoItems(List.of("番号法第19条第8号 別表第二(第107項)"))).containsExactly("107");
        assertThat(FlowValueParser.beppyoItems(List.of("番号法第9条第1項 別表第一の16項"))).containsExactly("16");
        assertThat(FlowValueParser.beppyoItems(List.of("第19条第7号 別表第二 27の項"))).containsExactly("27");
        assertThat(FlowValueParser.beppyoItems(List.of("番号法 別表第1 16項"))).containsExactly("16");
        assertThat(FlowValueParser.beppyoItems(List.of("番号法第19条第8号 別表第二(第85の2項)"))).containsExactly("85の2");
        // after 2024 別表第一 is just 「別表」: 「別表第12の項」 is item 12, not table 1 item 2
        assertThat(FlowValueParser.beppyoItems(List.of("番号法第9条第1項 別表第12の項"))).containsExactly("12");
        assertThat(FlowValueParser.beppyoItems(List.of("番号法第19条第8号に基づく主務省令第2条の表(第1項)"))).isEmpty();
        assertThat(FlowValueParser.beppyoItems(List.of("番号法別表第1主務省令第8条第1、2号"))).isEmpty();
        assertThat(FlowValueParser.beppyoItems(List.of("架空町条例第3条及び第5条(別表第二第17の項)"))).isEmpty();
    }

    @Test
    void citationsSplitBetweenProvisionsButNotInsideNumberLists() {
        assertThat(FlowValueParser.citations("番号法第9条第1項 別表第一の8項、番号法別表第1主務省令第8条第1、2、3号、架空法施行規則第18条の6"))
                .containsExactly("番号法第9条第1項 別表第一の8項", "番号法別表第1主務省令第8条第1、2、3号", "架空法施行規則第18条の6");
        assertThat(FlowValueParser.citations("条例第3条(別表第二、第17の項)、架空法")).containsExactly("条例第3条(別表第二、第17の項)", "架空法");
    }

    @Test
    void methodsAreTheTickedBoxesOrTheWrittenList() {
        assertThat(FlowValueParser.methods("[ ○ ] 情報提供ネットワークシステム [ ] 専用線 [ ] 電子メール"))
                .containsExactly("情報提供ネットワークシステム");
        assertThat(FlowValueParser.methods("[ ] 専用線 [ ○ ] 電子記録媒体(フラッシュメモリを除く。) [ ○ ] 紙"))
                .containsExactly("電子記録媒体(フラッシュメモリを除く。)", "紙");
        assertThat(FlowValueParser.methods("[ ] 専用線 [ ] 紙")).isEmpty();
        assertThat(FlowValueParser.methods("情報提供ネットワークシステム、電子記録媒体"))
                .containsExactly("情報提供ネットワークシステム", "電子記録媒体");
    }

    @Test
    void recordCountIsTheSelectedChoice() {
        assertThat(FlowValueParser.recordCount("<選択肢> 1) 1万人未満 [ 10万人以上100万人未満 ] 2) 1万人以上10万人未満"))
                .isEqualTo("10万人以上100万人未満");
        assertThat(FlowValueParser.recordCount("10万人以上100万人未満")).isEqualTo("10万人以上100万人未満");
    }

    @Test
    void headingsAndRangesAndReferences() {
        assertThat(RecipientHeading.atStart("提供先12 架空県知事")).get()
                .isEqualTo(new RecipientHeading(FlowKind.PROVISION, 12, "架空県知事"));
        assertThat(RecipientHeading.atStart("移転先 (3)")).get().extracting(RecipientHeading::ordinal).isEqualTo(3);
        assertThat(RecipientHeading.atStart("提供先2~5")).isEmpty();
        assertThat(RecipientHeading.isRange("提供先2~5")).isTrue();
        assertThat(RecipientHeading.atStart("移転先1 移転先1~28は別紙2を参照")).get()
                .extracting(RecipientHeading::name).isNull();
        assertThat(RecipientHeading.atEnd("転 移転先7")).get().extracting(RecipientHeading::ordinal).isEqualTo(7);
    }

    @Test
    void fieldLabelsIncludingWrappedOnes() {
        assertThat(FlowFieldLabel.match("4提供する情報の対象とな")).get()
                .satisfies(m -> {
                    assertThat(m.field()).isEqualTo(FlowFieldLabel.RECORD_COUNT);
                    assertThat(m.wrapped()).isTrue();
                });
        assertThat(FlowFieldLabel.match("5移転する情報の対象となる本人の範囲 架空町の住民")).get()
                .satisfies(m -> {
                    assertThat(m.field()).isEqualTo(FlowFieldLabel.SCOPE);
                    assertThat(m.kind()).isEqualTo(FlowKind.TRANSFER);
                    assertThat(m.rest()).isEqualTo("架空町の住民");
                });
        assertThat(FlowFieldLabel.match("1法令上の根 番号法")).get().extracting(FlowFieldLabel.Match::field)
                .isEqualTo(FlowFieldLabel.CITATION);
        assertThat(FlowFieldLabel.match("19条第8号に基づく")).isEmpty();
        assertThat(FlowFieldLabel.match("4委託先への特定個人情報ファイルの提供方法")).isEmpty();
    }

    @Test
    void pageFurnitureIsLearntFromRepetition() {
        List<String> lines = List.of("変更日 項目 変更前 変更後 時期", "本文", "変更日 項目 変更前 変更後 時期", "x",
                "変更日 項目 変更前 変更後 時期", "- 12 -", "住民票関係情報 住民票 関係", "住民票関係情報 住民票 関係");
        PageFurniture furniture = PageFurniture.of(lines);
        assertThat(furniture.isRepeatedHeader("変更日 項目 変更前 変更後 時期")).isTrue();
        assertThat(furniture.isPageFurniture("- 12 -")).isTrue();
        assertThat(furniture.isPageFurniture("住民票関係情報 住民票 関係")).isFalse(); // only twice
        assertThat(PageFurniture.isChoiceNoise("] 2) 1万人以上10万人未満")).isTrue();
        assertThat(PageFurniture.isChoiceNoise("[ ] フラッシュメモリ [")).isTrue();
        assertThat(PageFurniture.isChoiceNoise("[ ○ ] 情報提供ネットワークシステム [ ] 専用線")).isFalse();
        assertThat(PageFurniture.isChoiceNoise("[ 10万人以上100万人未満")).isFalse();
    }
}
