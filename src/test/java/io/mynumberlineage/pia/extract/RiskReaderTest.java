package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.manifest.RiskMeasureRecord;
import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import org.junit.jupiter.api.Test;

/** The リスク対策 reader on invented measures of one file and of a summary. */
class RiskReaderTest {

    @Test
    void measuresCarryTheirFileRatingAndLabel() {
        var f = new FormFixture(
                "1. 特定個人情報ファイル名\t児童手当ファイル",                                        // 1
                "リスクへの対策は十分か\t[ 十分である ] <選択肢> 1) 特に力を入れている 2) 十分である", // 2
                "リスクに対する措置の内容\t操作できる職員を限り、操作の記録を残す。");                // 3
        f.state.files.add("児童手当ファイル", null);
        f.enter(Part.RISK, "III", "1. 特定個人情報ファイル名");
        var reader = new RiskReader(f.state);

        reader.read(f.block(FormBlock.Kind.NUMBERED, "特定個人情報ファイル名", "児童手当ファイル", 1));
        f.enter(Part.RISK, "III", "3. 特定個人情報の使用");
        reader.read(f.field(2));
        reader.read(f.field(3));

        assertThat(f.state.position.currentFile.name).isEqualTo("児童手当ファイル");
        assertThat(reader.risks).extracting(RiskMeasureRecord::rating).containsExactly("十分である", null);
        assertThat(reader.risks.get(1).text()).isEqualTo("操作できる職員を限り、操作の記録を残す。");
        assertThat(reader.risks.get(1).section()).as("the path names the file's number").isEqualTo("III/3/ファイル1/リスクに対する措置の内容");
    }

    @Test
    void aSummaryItemsFirstLineIsItsTitle() {
        var f = new FormFixture("(1)\t入手の際のリスク");
        f.enter(Part.SUMMARY_RISK, "概要", "3. リスク対策の概要");
        var reader = new RiskReader(f.state);
        FormBlock item = f.block(FormBlock.Kind.ITEM, "(1)", "入手の際のリスク", 1);
        item.append(f.line(1));

        reader.readSummary(item);

        assertThat(reader.risks).singleElement().satisfies(r -> {
            assertThat(r.label()).isEqualTo("入手の際のリスク");
            assertThat(r.rating()).isNull();
        });
    }
}
