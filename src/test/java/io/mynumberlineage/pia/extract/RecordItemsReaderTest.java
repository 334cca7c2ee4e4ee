package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import org.junit.jupiter.api.Test;

/** The 記録項目 appendix in the layouts forms use. */
class RecordItemsReaderTest {

    @Test
    void aBracketedFileNameHeadsItsListAndSentencesAreSetAside() {
        var f = new FormFixture(
                "【2.児童手当ファイル】1.宛名番号、2.個人番号、3.氏名、",   // 1
                "4.支給口座、この一覧は変わることがある。");               // 2
        f.state.files.add("住民記録ファイル", null);
        FileDraft target = f.state.files.add("児童手当ファイル", null);
        f.enter(Part.RECORD_ITEMS, "別添2", null);
        var reader = new RecordItemsReader(f.state);
        FormBlock b = f.block(FormBlock.Kind.FIELD, "", f.line(1).text(), 1);
        b.append(f.line(2));

        reader.read(b);

        assertThat(target.items).containsExactly("宛名番号", "個人番号", "氏名", "支給口座");
        assertThat(f.unparsedReasons()).containsExactly("記録項目の一覧に混ざった文");
    }

    @Test
    void groupCaptionsAndSpaceSeparatedListsGiveItemNames() {
        assertThat(RecordItemsReader.items("<宛名>\n宛名番号 個人番号 氏名")).containsExactly("宛名番号", "個人番号", "氏名");
    }

    @Test
    void withSeveralFilesAndNoNameTheListIsNotGuessed() {
        var f = new FormFixture("1.宛名番号、2.個人番号");
        f.state.files.add("住民記録ファイル", null);
        f.state.files.add("児童手当ファイル", null);
        f.enter(Part.RECORD_ITEMS, "別添2", null);

        new RecordItemsReader(f.state).read(f.block(FormBlock.Kind.FIELD, "", f.line(1).text(), 1));

        assertThat(f.unparsedReasons()).containsExactly("記録項目の対象ファイルが特定できません");
    }
}
