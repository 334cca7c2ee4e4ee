package io.mynumberlineage.pia;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A made-up municipality's form, written for this test: structure must come from the form's
 * headings and labels, not from anything the five seeds happen to contain.
 */
class SyntheticFormTest {

    /** An invented 全項目評価書 in the project's own words; also used by BadInputTest. */
    static final String FORM = String.join("\n",
            "特定個人情報保護評価書（全項目評価書）",
            "評価書番号\t評価書名",
            "12\t架空町 児童手当に関する事務 全項目評価書",
            "評価実施機関名",
            "架空町長",
            "公表日",
            "R6.4.1",
            "Ⅰ　基本情報",
            "１．特定個人情報ファイルを取り扱う事務",
            "①事務の名称\t児童手当に関する事務",
            "２．特定個人情報ファイルを取り扱う事務において使用するシステム",
            "システム１",
            "①システムの名称\t児童手当システム",
            "②システムの機能\t1 受給資格の認定 2 手当額の算定",
            "③他のシステムとの接続\t[ ○ ] 宛名システム等 [ ] 税務システム",
            "３．特定個人情報ファイル名",
            "児童手当ファイル",
            "５．個人番号の利用 ※",
            "法令上の根拠\t番号法第9条第1項 別表第一の74の項",
            "７．評価実施機関における担当部署",
            "①部署\tこども課",
            "Ⅱ　特定個人情報ファイルの概要",
            "１．特定個人情報ファイル名",
            "児童手当ファイル",
            "２．基本情報",
            "②対象となる本人の数\t[ 1万人未満 ] ＜選択肢＞ 1) 1万人未満 2) 1万人以上10万人未満",
            "主な記録項目 ※\t[ ○ ] 個人番号 [ ] 個人番号対応符号 [ ○ ] 4情報",
            "３．特定個人情報の入手・使用",
            "①入手元 ※\t[ ○ ] 本人又は本人の代理人 [ ] 民間事業者",
            "②入手方法\t[ ○ ] 紙 [ ○ ] 庁内連携システム [ ] 電子メール",
            "４．特定個人情報ファイルの取扱いの委託",
            "委託事項１\tシステム保守",
            "①委託内容\t児童手当システムの保守",
            "⑥委託先名\t架空システム株式会社",
            "再委託\t⑦再委託の有無 ※\t[ 再委託しない ] ＜選択肢＞ 1) 再委託する 2) 再委託しない",
            "５．特定個人情報の提供・移転（委託に伴うものを除く。）",
            "提供・移転の有無\t[ ○ ] 提供を行っている （ 1 ） 件 [ ○ ] 移転を行っている （ 2 ） 件",
            "提供先１\t都道府県知事",
            "①法令上の根拠\t番号法第19条第８号 別表第二（第107項）",
            "②提供先における用途\t児童手当の支給に関する事務",
            "③提供する情報\t地方税関係情報、住民票関係情報",
            "⑥提供方法\t[ ○ ] 情報提供ネットワークシステム [ ] 紙",
            "⑦時期・頻度\t照会の都度",
            "移転先１\t福祉課",
            "①法令上の根拠\t番号法第9条第1項 別表第一の85の2の項",
            "Ⅴ　開示請求、問合せ",
            "１．特定個人情報の開示・訂正・利用停止請求",
            "①請求先\t総務課 〒000-0000",
            "");

    private static Manifest importForm(byte[] bytes) {
        ImportOutcome o = new PiaImporter().importBytes("kakuu.txt", bytes);
        assertThat(o.error()).isNull();
        assertThat(o.coverage().missing()).isEmpty();
        return Seeds.JSON.read(Seeds.JSON.write(o.manifest()));
    }

    @Test
    void anyMunicipalitysFormIsRecognisedFromHeadingsAndLabels() {
        Manifest m = importForm(FORM.getBytes(StandardCharsets.UTF_8));
        assertThat(m.document().municipality()).isEqualTo("架空町");
        assertThat(m.document().assessmentNumber()).isEqualTo("12");
        assertThat(m.document().kind()).isEqualTo("全項目");
        assertThat(m.document().publishedOn()).isEqualTo("2024-04-01");
        assertThat(m.document().assessmentKey()).isEqualTo("架空町/12/児童手当に関する事務");
        assertThat(m.document().departments()).containsExactly("こども課");
        assertThat(Seeds.systemNames(m)).containsExactly("児童手当システム");
        assertThat(m.systems().get(0).connections()).containsExactly("宛名システム等");
        assertThat(m.systems().get(0).functions()).containsExactly("受給資格の認定", "手当額の算定");
        assertThat(m.useBases()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("番号法第9条第1項 別表第一の74の項");
            assertThat(c.key()).isEqualTo("番号法/9/1/別表1/74");
            assertThat(c.basis()).isEqualTo("利用");
        });

        FileRecord f = Seeds.file(m, "児童手当ファイル");
        assertThat(f.recordCountRange()).isEqualTo("1万人未満");
        assertThat(f.items()).containsExactly("個人番号", "4情報");
        assertThat(f.statedProvisionCount()).isEqualTo(1);
        assertThat(f.statedTransferCount()).isEqualTo(2);
        assertThat(m.acquisitions()).singleElement().satisfies(a -> {
            assertThat(a.source()).isEqualTo("本人又は本人の代理人");
            assertThat(a.methods()).containsExactly("紙", "庁内連携システム");
        });

        FlowRecord provision = Seeds.flow(m, f, "提供", 1);
        assertThat(provision.recipient()).isEqualTo("都道府県知事");
        assertThat(provision.citations()).containsExactly("番号法第19条第8号 別表第二(第107項)");
        assertThat(provision.beppyoItems()).containsExactly("107");
        assertThat(provision.items()).containsExactly("地方税関係情報", "住民票関係情報");
        assertThat(provision.methods()).containsExactly("情報提供ネットワークシステム");
        FlowRecord transfer = Seeds.flow(m, f, "移転", 1);
        assertThat(transfer.beppyoItems()).containsExactly("85の2");
        assertThat(m.report().warnings()).anyMatch(w -> w.contains("移転先は 2 件と記載") && w.contains("1 件"));

        assertThat(m.entrustments()).singleElement().satisfies(e -> {
            assertThat(e.contractor()).isEqualTo("架空システム株式会社");
            assertThat(e.work()).isEqualTo("システム保守: 児童手当システムの保守");
            assertThat(e.subcontracting()).isEqualTo("再委託しない");
        });
        assertThat(m.disclosureContacts()).singleElement().satisfies(c -> assertThat(c.text()).startsWith("総務課"));
    }

    @Test
    void theSameFormInShiftJisGivesTheSameManifestApartFromItsBytes() {
        Manifest utf8 = importForm(FORM.getBytes(StandardCharsets.UTF_8));
        Manifest sjis = importForm(FORM.getBytes(Charset.forName("windows-31j")));
        assertThat(sjis.flows()).isEqualTo(utf8.flows());
        assertThat(sjis.entrustments()).isEqualTo(utf8.entrustments());
        assertThat(sjis.files()).isEqualTo(utf8.files());
        assertThat(sjis.document().sha256()).isNotEqualTo(utf8.document().sha256());
    }
}
