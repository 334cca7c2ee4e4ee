package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.manifest.CitationRecord;
import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import org.junit.jupiter.api.Test;

/** The Section I reader on invented 基本情報 fields. */
class BasicInfoReaderTest {

    @Test
    void systemsFunctionsBasesAndDepartmentAreRead() {
        var f = new FormFixture(
                "①事務の名称\t児童手当に関する事務",                                         // 1
                "①システムの名称\t児童手当システム ※令和7年度に更新予定",                   // 2
                "②システムの機能\t1. 受給者の登録 2. 支給額の計算 3. 通知書の作成",          // 3
                "①システムの名称\t団体内統合宛名システム、中間サーバー、住民記録システム",    // 4
                "法令上の根拠\t番号法第9条第1項 別表第一の56の項",                           // 5
                "②所属長の役職名\tこども課長 霧島一郎",                                       // 6
                "①部署\tこども家庭部 こども課");                                              // 7
        var basic = new BasicInfoReader(f.state);
        f.enter(Part.BASIC, "I", "1. 特定個人情報ファイルを取り扱う事務");
        basic.read(f.field(1));
        f.enter(Part.BASIC, "I", "2. 特定個人情報ファイルを取り扱う事務において使用するシステム");
        basic.read(f.field(2));
        basic.read(f.field(3));
        basic.read(f.field(4));
        f.enter(Part.BASIC, "I", "5. 個人番号の利用");
        basic.read(f.field(5));
        f.enter(Part.BASIC, "I", "7. 評価実施機関における担当部署");
        basic.read(f.field(6));
        basic.read(f.field(7));

        assertThat(basic.processName).isEqualTo("児童手当に関する事務");
        assertThat(f.state.systems).extracting(s -> s.name)
                .containsExactly("児童手当システム", "団体内統合宛名システム", "中間サーバー", "住民記録システム");
        assertThat(f.state.systems.get(0).functions).containsExactly("受給者の登録", "支給額の計算", "通知書の作成");
        assertThat(f.unparsedReasons()).as("the remark after the name is set aside").containsExactly("システム名の注記");
        assertThat(basic.departmentHead).as("the title, never the person").isEqualTo("こども課長");
        assertThat(f.state.departments).containsExactly("こども家庭部 こども課");

        var bases = basic.legalBases("霧ヶ丘町", "2024-11-05");
        assertThat(bases).extracting(CitationRecord::basis).containsOnly(LegalBasisCitations.USE);
        assertThat(bases).extracting(CitationRecord::key).contains("番号法/9/1/別表1/56");
        assertThat(bases.get(0).provenance().line()).isEqualTo(5);
    }

    @Test
    void aValueThatIsNoProcessNameIsDroppedWithAWarning() {
        var f = new FormFixture("①事務の名称\t(1)");
        var basic = new BasicInfoReader(f.state);
        f.enter(Part.BASIC, "I", "1. 特定個人情報ファイルを取り扱う事務");
        basic.read(f.field(1));

        basic.complete(new FormFactsReader().read(f.doc));

        assertThat(basic.processName).isNull();
        assertThat(f.warnings()).anyMatch(w -> w.contains("事務の名称として読めない値"));
    }
}
