package io.mynumberlineage.pia;

import static io.mynumberlineage.pia.Seeds.contractors;
import static io.mynumberlineage.pia.Seeds.file;
import static io.mynumberlineage.pia.Seeds.fileNames;
import static io.mynumberlineage.pia.Seeds.flow;
import static io.mynumberlineage.pia.Seeds.flows;
import static io.mynumberlineage.pia.Seeds.systemNames;
import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.RequiresSeeds;
import io.mynumberlineage.manifest.EntrustmentRecord;
import io.mynumberlineage.manifest.FileRecord;
import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.Manifest;
import io.mynumberlineage.manifest.SystemRecord;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** Real facts of the five seed documents, read in place from ../shared/seeds. */
@RequiresSeeds
class SeedGoldenTest {

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Seed000TabbedHtmlJuten {
        Manifest m;

        @BeforeAll
        void load() {
            m = Seeds.manifest("000_");
        }

        @Test
        void documentMetadata() {
            assertThat(m.document().municipality()).isEqualTo("鳥取市");
            assertThat(m.document().organization()).isEqualTo("鳥取市長");
            assertThat(m.document().assessmentNumber()).isEqualTo("1");
            assertThat(m.document().kind()).isEqualTo("重点");
            assertThat(m.document().processName()).isEqualTo("住民基本台帳事務");
            assertThat(m.document().publishedOn()).isEqualTo("2023-12-11");
            assertThat(m.document().assessmentKey()).isEqualTo("鳥取市/1/住民基本台帳事務");
            assertThat(m.document().departments()).contains("市民生活部市民課");
            assertThat(m.document().sourceEncoding()).isEqualTo("UTF-8");
        }

        @Test
        void systemsKeepTheFormsNumbering() {
            assertThat(systemNames(m)).containsExactly(
                    "既存住民基本台帳システム(以下「既存住基システム」という。)",
                    "住民基本台帳ネットワークシステム",
                    "団体内統合宛名システム(団体内統合利用番号連携サーバ)",
                    "中間サーバ",
                    "コンビニ交付証明書発行サーバー(以下「コンビニ交付サーバー」という。)",
                    "サービス検索・電子申請機能",
                    "申請管理システム");
            // システム3 and 4 are absent from the document: ids follow the form's own numbers.
            assertThat(m.systems()).extracting(SystemRecord::id)
                    .allMatch(id -> id.startsWith("鳥取市/1/住民基本台帳事務#system:"))
                    .anyMatch(id -> id.endsWith("#system:5"))
                    .noneMatch(id -> id.endsWith("#system:3"));
            // Ticked boxes in HTML markup survive as connections.
            assertThat(m.systems().get(0).connections()).contains("庁内連携システム", "宛名システム等", "税務システム");
            assertThat(m.systems().get(0).functions()).hasSizeGreaterThan(3);
        }

        @Test
        void filesWithItemsFromTheAttachment() {
            assertThat(fileNames(m)).containsExactly("住民基本台帳ファイル", "本人確認情報ファイル", "送付先情報ファイル");
            FileRecord juki = file(m, "住民基本台帳ファイル");
            assertThat(juki.recordCountRange()).isEqualTo("10万人以上100万人未満");
            assertThat(juki.items()).contains("宛名番号", "住民票コード", "個人番号", "世帯番号");
            assertThat(file(m, "送付先情報ファイル").items()).contains("送付先管理番号", "個人番号");
        }

        @Test
        void statedCountsAgainstItemisedRecipients() {
            FileRecord juki = file(m, "住民基本台帳ファイル");
            assertThat(juki.statedProvisionCount()).isEqualTo(58);
            assertThat(juki.statedTransferCount()).isEqualTo(17);
            assertThat(flows(m, juki, "提供")).hasSize(2);
            assertThat(flows(m, juki, "移転")).isEmpty();
            assertThat(m.report().warnings())
                    .anyMatch(w -> w.contains("提供先は 58 件と記載") && w.contains("2 件"))
                    .anyMatch(w -> w.contains("移転先は 17 件と記載") && w.contains("0 件"));
        }

        @Test
        void recipientsWithCitationsAndBeppyoItems() {
            FileRecord juki = file(m, "住民基本台帳ファイル");
            FlowRecord first = flow(m, juki, "提供", 1);
            assertThat(first.recipient()).isEqualTo("番号法第19条第8号別表第2に定める情報照会者(表1参照)");
            assertThat(first.citations()).containsExactly("番号法第19条第8号別表第2");
            assertThat(first.beppyoItems()).as("「別表第2」 names the table, not an item").isEmpty();
            assertThat(first.frequency()).startsWith("情報提供ネットワークシステムを通じて");

            FlowRecord school = flow(m, juki, "提供", 2);
            assertThat(school.recipient()).isEqualTo("教育委員会事務局学校保健給食課");
            assertThat(school.citations()).singleElement().asString().startsWith("番号法第19条第11号及び").contains("第5条第1項");
            // 「(別表1-27)」 stands in the 用途 cell: a hint with its cell, not an item of the cited 第19条第11号.
            assertThat(school.beppyoItems()).isEmpty();
            assertThat(school.basisHints()).anySatisfy(h -> assertThat(h.text()).contains("別表1-27"));
            assertThat(school.items()).contains("住所", "氏名", "生年月日");
            assertThat(school.provenance().line()).isEqualTo(158);
            assertThat(school.provenance().sectionPath()).isEqualTo("II/5/提供先2");
        }

        @Test
        void contractorsAndSubcontracting() {
            assertThat(contractors(m)).containsExactly("富士通Japan株式会社 鳥取支店", "株式会社ニチイ学館");
            EntrustmentRecord third = m.entrustments().stream().filter(e -> e.id().endsWith("#file:1#委託:3")).findFirst().orElseThrow();
            assertThat(third.work()).startsWith("申請管理システム運用業務");
            assertThat(third.subcontracting()).isEqualTo("再委託する");
            assertThat(third.subcontractApproval()).startsWith("再委託の承認依頼に基づき");
            assertThat(m.entrustments()).anyMatch(e -> e.id().endsWith("#委託:3#再委託") && e.work().startsWith("障害時の対応"));
        }

        @Test
        void acquisitionsRisksContactsAndChanges() {
            assertThat(m.acquisitions()).anyMatch(a -> a.source().startsWith("行政機関・独立行政法人等") && a.methods().contains("紙"));
            // The 利用 basis 「1 番号法 (1) 第7条 … 2 住民基本台帳法 (1) 第5条 …」 is split into one citation per article.
            var use = m.useBases().stream().filter(c -> "利用".equals(c.basis())).toList();
            assertThat(use).extracting(c -> c.key()).contains("番号法/7", "番号法/16", "住基法/5", "住基法/12の4")
                    .doesNotContainNull().doesNotHaveDuplicates();
            assertThat(m.useBases()).allMatch(c -> c.provenance().sectionPath().endsWith("法令上の根拠"));
            assertThat(m.useBases()).anyMatch(c -> "情報連携".equals(c.basis()) && c.key() != null);
            assertThat(m.riskMeasures()).extracting(r -> r.rating()).contains("十分である", "十分に行っている");
            assertThat(m.disclosureContacts()).anyMatch(c -> c.label().endsWith("①請求先") && c.text().startsWith("総務部総務課公文書管理室"));
            assertThat(m.changes()).hasSizeGreaterThan(10);
            assertThat(m.changes().get(0).date()).isEqualTo("2023-02-03");
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Seed001MarkdownZenkoumoku {
        Manifest m;

        @BeforeAll
        void load() {
            m = Seeds.manifest("001_");
        }

        @Test
        void documentMetadata() {
            assertThat(m.document().municipality()).isEqualTo("千葉市");
            assertThat(m.document().assessmentNumber()).isEqualTo("27");
            assertThat(m.document().kind()).isEqualTo("全項目");
            assertThat(m.document().processName()).isEqualTo("国民年金に関する事務");
            assertThat(m.document().publishedOn()).as("公表日 is empty in this document").isNull();
            assertThat(m.document().departments()).contains("保健福祉局 医療衛生部 健康保険課");
        }

        @Test
        void systemsAndFile() {
            assertThat(systemNames(m)).containsExactly("国民年金システム", "業務共通システム(庁内連携システム/統合宛名システム)");
            assertThat(fileNames(m)).containsExactly("国民年金事務情報ファイル");
            FileRecord f = file(m, "国民年金事務情報ファイル");
            assertThat(f.recordCountRange()).isEqualTo("10万人以上100万人未満");
            assertThat(f.items()).contains("宛名番号", "個人番号", "基礎年金番号");
        }

        @Test
        void useBasisSplitIntoKeyedCitations() {
            assertThat(m.useBases()).extracting(c -> c.key())
                    .containsExactly("番号法/9/1/別表1/31", "番号法/9/1/別表1/83", "番号法/9/1/別表1/95");
            assertThat(m.useBases()).allMatch(c -> "利用".equals(c.basis()) && c.provenance().quote().contains("31項"));
        }

        @Test
        void noRecipientsAreInventedWhereTheSectionIsMissing() {
            // This copy of the form lacks II-5 (its 提供先/移転先 rows): nothing may be made up.
            assertThat(m.flows()).isEmpty();
            assertThat(file(m, "国民年金事務情報ファイル").statedProvisionCount()).isNull();
        }

        @Test
        void contractorAndReview() {
            assertThat(contractors(m)).containsExactly("NECフィールディング株式会社 千葉支社");
            EntrustmentRecord e = m.entrustments().get(0);
            assertThat(e.id()).endsWith("#委託:2");
            assertThat(e.work()).startsWith("ホスティングサービスの利用(データセンタ)");
            assertThat(e.subcontracting()).isEqualTo("再委託しない");
            assertThat(m.thirdPartyReviews()).anyMatch(t -> t.label().equals("第三者点検/②方法") && t.text().contains("第三者点検を実施"));
            assertThat(m.changes()).anyMatch(c -> "2017-02-22".equals(c.date()) && "事後".equals(c.timing()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Seed002PlainTabsJuten {
        Manifest m;
        FileRecord f;

        @BeforeAll
        void load() {
            m = Seeds.manifest("002_");
            f = file(m, "個人住民税課税情報ファイル");
        }

        @Test
        void documentMetadata() {
            assertThat(m.document().municipality()).as("from 評価実施機関名; the 評価書名 has no municipality").isEqualTo("花巻市");
            assertThat(m.document().assessmentNumber()).isEqualTo("5");
            assertThat(m.document().kind()).isEqualTo("重点");
            assertThat(m.document().publishedOn()).isEqualTo("2020-03-29");
            assertThat(m.document().departments()).containsExactly("財務部市民税課");
        }

        @Test
        void systemsAndFile() {
            assertThat(systemNames(m)).containsExactly("個人住民税システム", "申告支援システム", "国税連携システム",
                    "退職分離課税システム", "eLTAX地方税ポータルシステム", "宛名管理サーバー", "中間サーバー");
            assertThat(fileNames(m)).containsExactly("個人住民税課税情報ファイル");
            assertThat(f.items()).contains("課税年度", "納税義務者の個人番号", "山林必要経費").hasSize(243);
        }

        @Test
        void provisionsInOrderWithBeppyoItems() {
            List<FlowRecord> provisions = flows(m, f, "提供");
            assertThat(provisions).extracting(FlowRecord::ordinal).containsExactlyElementsOf(IntStream.rangeClosed(1, 20).boxed().toList());
            assertThat(provisions).extracting(p -> String.join(",", p.beppyoItems())).containsExactly(
                    "1", "2", "3", "4", "6", "8", "9", "11", "16", "18", "23", "26", "27", "28", "29", "31", "34", "35", "37", "39");
            assertThat(flow(m, f, "提供", 1).recipient()).isEqualTo("厚生労働大臣");
            assertThat(flow(m, f, "提供", 1).citations()).containsExactly("番号法第19条第7号 別表第二の1の項");
            assertThat(flow(m, f, "提供", 3).citations()).containsExactly("番号法第19条第7号 別表第2の3の項");
            assertThat(flow(m, f, "提供", 20).recipient()).isEqualTo("国家公務員共済組合");
            assertThat(flow(m, f, "提供", 1).methods()).containsExactly("情報提供ネットワークシステム");
            assertThat(flow(m, f, "提供", 1).items()).containsExactly("住民税関係情報");
            assertThat(flow(m, f, "提供", 1).frequency()).isEqualTo("照会を受けたら都度");
        }

        @Test
        void transfersWithOrdinanceCitations() {
            List<FlowRecord> transfers = flows(m, f, "移転");
            assertThat(transfers).extracting(FlowRecord::ordinal).containsExactlyElementsOf(IntStream.rangeClosed(3, 15).boxed().toList());
            assertThat(transfers).extracting(t -> String.join(",", t.beppyoItems())).containsExactly(
                    "18", "26", "31", "42", "57", "61", "65", "67", "70", "74", "87", "94", "108");
            FlowRecord third = flow(m, f, "移転", 3);
            assertThat(third.recipient()).isEqualTo("健康福祉部健康づくり課");
            assertThat(third.citations()).containsExactly("番号法第9条第2項に基づく条例制定(別表第二の18の項)");
            assertThat(third.methods()).containsExactly("庁内連携システム");
            assertThat(third.recordCount()).isEqualTo("1万人未満");
        }

        @Test
        void statedCountsAgainstItemisedRecipients() {
            assertThat(f.statedProvisionCount()).isEqualTo(57);
            assertThat(f.statedTransferCount()).isEqualTo(24);
            assertThat(m.report().warnings())
                    .anyMatch(w -> w.contains("提供先は 57 件と記載") && w.contains("20 件"))
                    .anyMatch(w -> w.contains("移転先は 24 件と記載") && w.contains("13 件"));
        }

        @Test
        void contractors() {
            assertThat(Seeds.contractors(m)).containsExactly("日本電気株式会社岩手支店", "一般社団法人花巻地域農業管理センター");
            assertThat(m.entrustments()).filteredOn(e -> e.contractor() != null).extracting(EntrustmentRecord::subcontracting)
                    .containsExactly("再委託する", "再委託しない", "再委託しない");
            assertThat(m.entrustments()).anyMatch(e -> e.id().endsWith("#委託:1#再委託") && e.work().startsWith("個人住民税システムの保守"));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Seed003PdfTextZenkoumoku {
        Manifest m;
        FileRecord juki;

        @BeforeAll
        void load() {
            m = Seeds.manifest("003_");
            juki = file(m, "住民基本台帳ファイル");
        }

        @Test
        void documentMetadataFromAScrambledCover() {
            assertThat(m.document().municipality()).isEqualTo("つくば市");
            assertThat(m.document().organization()).isEqualTo("つくば市長");
            assertThat(m.document().assessmentNumber()).isEqualTo("1");
            assertThat(m.document().kind()).isEqualTo("全項目");
            assertThat(m.document().formVersion()).isEqualTo("令和7年5月 様式4");
            assertThat(m.document().processName()).isEqualTo("住民基本台帳に関する事務");
            assertThat(m.document().departments()).contains("市民部市民窓口課");
        }

        @Test
        void elevenSystems() {
            assertThat(systemNames(m)).containsExactly("住民記録システム", "住民基本台帳ネットワークシステム", "中間サーバー",
                    "在留カード等発行システム", "コンビニ交付システム", "宛名管理システム", "サービス検索・電子申請機能",
                    "申請管理システム", "スマート申請", "クラウド型バックアップセンター", "窓口DXSaaS");
            assertThat(m.systems().get(2).connections()).contains("情報提供ネットワークシステム", "宛名システム等");
        }

        @Test
        void filesAndTheirItems() {
            assertThat(fileNames(m)).containsExactly("住民基本台帳ファイル", "本人確認情報ファイル", "送付先情報ファイル");
            assertThat(juki.items()).contains("処理番号", "世帯番号", "個人番号");
            assertThat(m.files()).extracting(FileRecord::recordCountRange).containsOnly("10万人以上100万人未満");
            assertThat(file(m, "本人確認情報ファイル").items()).contains("住民票コード", "漢字氏名", "個人番号");
        }

        @Test
        void mainBodyProvisionsDespitePageScrambling() {
            List<FlowRecord> provisions = flows(m, juki, "提供");
            assertThat(provisions).extracting(FlowRecord::ordinal)
                    .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 60).boxed().toList());
            assertThat(flow(m, juki, "提供", 1).recipient()).isEqualTo("厚生労働大臣");
            assertThat(flow(m, juki, "提供", 1).citations()).containsExactly("番号法第19条第8号に基づく主務省令第2条の表(第1項)");
            // 主務省令 items are 別表第二 items only through an evidenced pair of the concordance; 1, 2 and 3 have none.
            assertThat(flow(m, juki, "提供", 1).beppyoItems()).isEmpty();
            assertThat(flow(m, juki, "提供", 1).purpose()).startsWith("健康保険法(大正11年法律第70号)第5条第2項");
            assertThat(flow(m, juki, "提供", 2).recipient()).isEqualTo("全国健康保険協会");
            assertThat(flow(m, juki, "提供", 2).beppyoItems()).isEmpty();
            assertThat(flow(m, juki, "提供", 3).recipient()).isEqualTo("健康保険組合");
            assertThat(flow(m, juki, "提供", 3).beppyoItems()).isEmpty();
            assertThat(flow(m, juki, "提供", 14).recipient()).as("wrapped recipient re-joined")
                    .isEqualTo("公営住宅法第二条第十六号に規定する事業主体である都道府県知事又は他の市町村長");
            assertThat(flow(m, juki, "提供", 20).recipient()).isEqualTo("国家公務員共済組合連合会");
            assertThat(flow(m, juki, "提供", 20).beppyoItems()).as("主務省令 66 ↔ 別表第二 40").containsExactly("40");
            assertThat(provisions).allMatch(p -> p.methods().isEmpty() || p.methods().contains("情報提供ネットワークシステム"));
        }

        @Test
        void statedCountsAndAnnexReference() {
            assertThat(juki.statedProvisionCount()).isEqualTo(58);
            assertThat(juki.statedTransferCount()).isEqualTo(28);
            // 移転先1～28 are listed in 別紙2, which this copy lacks: the annex extractor rebuilds them
            // from the change table, in number order, and they join the file that refers to them.
            assertThat(flows(m, juki, "移転")).extracting(FlowRecord::ordinal)
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 28).boxed().toList());
            assertThat(flows(m, juki, "提供")).hasSize(60);
            // The form states 58 提供先 although its own change history adds 59 and 60.
            assertThat(m.report().warnings()).anyMatch(w -> w.contains("58"));
            assertThat(m.flows()).allMatch(f -> f.fileId() != null);
        }

        @Test
        void otherFilesRecipients() {
            assertThat(flows(m, file(m, "本人確認情報ファイル"), "提供")).extracting(FlowRecord::recipient)
                    .containsExactly("都道府県", "都道府県及び地方公共団体情報システム機構");
            assertThat(flows(m, file(m, "送付先情報ファイル"), "提供")).extracting(FlowRecord::recipient)
                    .containsExactly("地方公共団体情報システム機構");
        }

        @Test
        void contractors() {
            assertThat(Seeds.contractors(m)).containsExactlyInAnyOrder("(株)茨城計算センター", "(株)グラファー", "北見コンピュータビジネス株式会社");
            assertThat(m.entrustments()).anyMatch(e -> e.work() != null && e.work().startsWith("窓口DXSaaSの運用・保守業務")
                    && "(株)グラファー".equals(e.contractor()));
            assertThat(m.entrustments()).anyMatch(e -> "RPAのシナリオ作成及び保守".equals(e.work()) && "再委託".equals(e.subcontracting()));
            // 「[ 再委託する」 with its closing bracket on another PDF line is still read as the selection.
            assertThat(m.entrustments()).anyMatch(e -> "北見コンピュータビジネス株式会社".equals(e.contractor())
                    && "再委託する".equals(e.subcontracting()) && "書面による承諾".equals(e.subcontractApproval()));
            assertThat(m.entrustments()).anyMatch(e -> "(株)グラファー".equals(e.contractor()) && "再委託しない".equals(e.subcontracting()));
        }
    }

    @Nested
    @TestInstance(TestInstance.Lifecycle.PER_CLASS)
    class Seed004PublicCommentBundle {
        Manifest m;

        @BeforeAll
        void load() {
            m = Seeds.manifest("004_");
        }

        @Test
        void bundleOfBasicAndFullAssessment() {
            assertThat(m.document().kind()).isEqualTo("基礎+全項目");
            assertThat(m.document().processName()).isEqualTo("住民基本台帳関係事務");
            assertThat(m.document().municipality()).isEqualTo("旭川市");
            assertThat(m.report().warnings()).anyMatch(w -> w.contains("住所から推定"));
        }

        @Test
        void summarisedSystemsAndFiles() {
            assertThat(systemNames(m)).containsExactly("既存住民基本台帳システム", "住民基本台帳ネットワーク連携システム(CSコネクタ)",
                    "中間サーバー連携システム(中間サーバコネクタ)", "住民基本台帳ネットワークシステム", "証明書自動交付システム", "中間サーバー");
            assertThat(fileNames(m)).containsExactly("住民基本台帳ファイル", "本人確認情報ファイル", "送付先情報ファイル");
            assertThat(m.flows()).isEmpty();
            assertThat(m.riskMeasures()).anyMatch(r -> r.label().equals("特定個人情報の入手") && r.text().contains("本人確認書類"));
        }
    }
}
