package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import org.junit.jupiter.api.Test;

/** The 委託 reader on invented entrustments. */
class EntrustmentReaderTest {

    @Test
    void eachCaptionTakesItsOwnFieldsAndAnUnreadableAnswerIsKept() {
        var f = new FormFixture(
                "委託事項1\t通知書の印刷",                         // 1
                "①委託内容\t通知書の印刷と封入",                  // 2
                "委託先名\t霧ヶ丘印刷株式会社",                   // 3
                "再委託の有無\t[ 再委託する ]",                    // 4
                "委託事項2\tシステムの保守",                       // 5
                "委託先名\t東雲システム株式会社",                 // 6
                "再委託の有無\t[ 未定 ]");                          // 7
        f.enter(Part.FILES, "II", "4. 特定個人情報ファイルの取扱いの委託");
        var reader = new EntrustmentReader(f.state);
        FileDraft file = f.state.files.add("児童手当ファイル", null);

        reader.read(f.block(FormBlock.Kind.ANCHOR, "委託事項1", "通知書の印刷", 1), file);
        reader.read(f.field(2), file);
        reader.read(f.field(3), file);
        reader.read(f.field(4), file);
        reader.read(f.block(FormBlock.Kind.ANCHOR, "委託事項2", "システムの保守", 5), file);
        reader.read(f.field(6), file);
        reader.read(f.field(7), file);
        reader.flushPending();

        assertThat(reader.entrustments).hasSize(2);
        assertThat(reader.entrustments.get(0).detail).isEqualTo("通知書の印刷と封入");
        assertThat(reader.entrustments.get(0).contractor).isEqualTo("霧ヶ丘印刷株式会社");
        assertThat(reader.entrustments.get(0).subcontracting).isEqualTo("再委託する");
        assertThat(reader.entrustments.get(1).contractor).isEqualTo("東雲システム株式会社");
        assertThat(reader.entrustments.get(1).subcontracting).as("no 再委託 option was named").isNull();
        assertThat(f.unparsedReasons()).containsExactly("再委託の有無を読み取れません");
    }
}
