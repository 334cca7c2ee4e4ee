package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.manifest.TextRecord;
import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import org.junit.jupiter.api.Test;

/** The closing parts: contacts (IV) and the review steps of the procedure (V). */
class ClosingTextReaderTest {

    @Test
    void contactsAndReviewsAreKeptAsLabelledTextOtherProcedureFieldsAreNot() {
        var f = new FormFixture(
                "①連絡先\t霧ヶ丘町 こども課 (電話 0000-00-0000)",   // 1
                "①実施日\t令和6年9月1日",                         // 2
                "①実施日\t令和6年8月1日");                         // 3
        var reader = new ClosingTextReader(f.state);
        f.enter(Part.DISCLOSURE, "IV", "2. 特定個人情報ファイルの取扱いに関する問合せ");
        reader.readDisclosure(f.field(1));
        f.enter(Part.PROCEDURE, "V", "2. 第三者点検");
        reader.readProcedure(f.field(2));
        f.enter(Part.PROCEDURE, "V", "1. 基礎項目評価");
        reader.readProcedure(f.field(3));

        assertThat(reader.contacts).extracting(TextRecord::label).containsExactly("特定個人情報ファイルの取扱いに関する問合せ/①連絡先");
        assertThat(reader.reviews).extracting(TextRecord::label, TextRecord::text).containsExactly(
                org.assertj.core.groups.Tuple.tuple("第三者点検/①実施日", "令和6年9月1日"));
        assertThat(f.unparsedReasons()).containsExactly("対応する項目がありません: 基礎項目評価/①実施日");
    }
}
