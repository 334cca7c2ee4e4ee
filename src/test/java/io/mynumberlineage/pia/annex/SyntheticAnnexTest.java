package io.mynumberlineage.pia.annex;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.manifest.FlowRecord;
import io.mynumberlineage.manifest.UnparsedRecord;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invented documents (an imaginary 架空町) laid out the way PDF extraction garbles the form:
 * pages out of order, fields out of order within a page, cells wrapped, page headers and page
 * numbers interleaved.
 */
class SyntheticAnnexTest {

    private final AnnexRecipientExtractor extractor = new AnnexRecipientExtractor();

    /** Body refers to 別紙1/別紙2; the 別紙 pages come out in the order 3, 1, 2 and 2, 1. */
    private static final String LEADING_HEADINGS = """
            Ⅱ　特定個人情報ファイルの概要
             １．特定個人情報ファイル名

            １．架空台帳ファイル

             ５．特定個人情報の提供・移転（委託に伴うものを除く。）
            [ ○ ] 提供を行っている （ 3 ） 件
            [ ○ ] 移転を行っている （ 2 ） 件
             提供先1 提供先1～3は別紙１のとおり
             移転先1 移転先1～2は別紙２のとおり

            Ⅲ　特定個人情報ファイルの取扱いプロセスにおけるリスク対策

            別紙１
            架空町 評価書 別紙 提供先一覧
            提供先３ 架空年金機構
            ②提供先における用途 架空年金の給付に関
            する事務
            ①法令上の根拠 番号法第19条第８号　別表第二（第27項）
            ⑥提供方法
            [ ○ ] 情報提供ネットワークシステム [ ] 専用線
            ⑦時期・頻度 照会を受けたらその都度
            - 2 -
            架空町 評価書 別紙 提供先一覧
            提供先１ 架空県知事
            ①法令上の根拠 番号法第19条第８号　別表第二（第85の2項）
            ③提供する情報 住民票関係情報
            ④提供する情報の対象とな
            る本人の数
            [ 1万人以上10万人未満 ]
            ②提供先における用途 架空手当の認定に関する
            事務

            この行は表のどこにも属さない注記です
            - 3 -
            架空町 評価書 別紙 提供先一覧
            提供先２ 架空共済組合
            ⑦時期・頻度 月に一度
            ①法令上の根拠 番号法第19条第７号　別表第二 16の項
            ⑥提供方法
            [ ] 情報提供ネットワークシステム [ ○ ] 電子記録媒体
            別紙２
            移転先２ 架空町福祉課
            ①法令上の根拠 番号法第９条第１項　別表第一の16項
            ⑥移転方法 [ ○ ] 庁内連携システム
            移転先１ 架空町税務課
            ①法令上の根拠 番号法第９条第１項　別表第一の８項、架空町個人番号利用条例第３条
            """;

    @Test
    void scrambledAnnexEntriesArePutBackInNumberOrder() {
        AnnexResult r = extractor.extract("synthetic-a", normalise(LEADING_HEADINGS));

        assertThat(r.provisions()).extracting(FlowRecord::ordinal).containsExactly(1, 2, 3);
        assertThat(r.transfers()).extracting(FlowRecord::ordinal).containsExactly(1, 2);

        FlowRecord p1 = r.provisions().get(0);
        assertThat(p1.recipient()).isEqualTo("架空県知事");
        assertThat(p1.beppyoItems()).containsExactly("85の2");
        assertThat(p1.purpose()).isEqualTo("架空手当の認定に関する事務"); // wrapped cell re-joined
        assertThat(p1.items()).containsExactly("住民票関係情報");
        assertThat(p1.recordCount()).isEqualTo("1万人以上10万人未満");
        assertThat(p1.provenance().sectionPath()).isEqualTo("別紙1/提供先1");

        FlowRecord p2 = r.provisions().get(1);
        assertThat(p2.recipient()).isEqualTo("架空共済組合");
        assertThat(p2.beppyoItems()).containsExactly("16");
        assertThat(p2.methods()).containsExactly("電子記録媒体");
        assertThat(p2.frequency()).isEqualTo("月に一度");

        FlowRecord p3 = r.provisions().get(2);
        assertThat(p3.recipient()).isEqualTo("架空年金機構");
        assertThat(p3.citations()).containsExactly("番号法第19条第8号 別表第二(第27項)");
        assertThat(p3.beppyoItems()).containsExactly("27");
        assertThat(p3.methods()).containsExactly("情報提供ネットワークシステム");

        FlowRecord t1 = r.transfers().get(0);
        assertThat(t1.recipient()).isEqualTo("架空町税務課");
        assertThat(t1.citations()).containsExactly("番号法第9条第1項 別表第一の8項", "架空町個人番号利用条例第3条");
        assertThat(t1.beppyoItems()).containsExactly("8");
        assertThat(r.transfers().get(1).methods()).containsExactly("庁内連携システム");
        assertThat(r.transfers().get(1).provenance().sectionPath()).isEqualTo("別紙2/移転先2");
    }

    @Test
    void unknownLinesLandInUnparsedWithProvenanceAndFurnitureDoesNot() {
        List<String> lines = normalise(LEADING_HEADINGS);
        AnnexResult r = extractor.extract("synthetic-a", lines);

        assertThat(r.unparsed()).extracting(UnparsedRecord::text)
                .containsExactly("この行は表のどこにも属さない注記です");
        UnparsedRecord u = r.unparsed().get(0);
        assertThat(u.provenance().document()).isEqualTo("synthetic-a");
        assertThat(u.provenance().sectionPath()).isEqualTo("別紙1");
        assertThat(lines.get(u.provenance().line() - 1)).isEqualTo(u.text());
        // counts agree with the body, no gaps: nothing to warn about
        assertThat(r.warnings()).isEmpty();
    }

    @Test
    void theOrderOfTheAnnexPagesDoesNotMatter() {
        List<String> lines = normalise(LEADING_HEADINGS);
        int annexStart = lines.indexOf("別紙1");
        int annexEnd = lines.indexOf("別紙2");
        List<List<String>> pages = new java.util.ArrayList<>();
        List<String> page = new java.util.ArrayList<>();
        for (String line : lines.subList(annexStart + 1, annexEnd)) {
            page.add(line);
            if (line.matches("- \\d+ -")) {
                pages.add(page);
                page = new java.util.ArrayList<>();
            }
        }
        pages.add(page);
        assertThat(pages).hasSize(3);
        List<String> expected = summary(extractor.extract("a", lines));
        int[][] orders = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};
        for (int[] order : orders) {
            List<String> permuted = new java.util.ArrayList<>(lines.subList(0, annexStart + 1));
            for (int p : order) {
                permuted.addAll(pages.get(p));
            }
            permuted.addAll(lines.subList(annexEnd, lines.size()));
            assertThat(summary(extractor.extract("a", permuted))).as(Arrays.toString(order)).isEqualTo(expected);
        }
    }

    private static List<String> summary(AnnexResult r) {
        return r.provisions().stream().map(f -> f.ordinal() + "|" + f.recipient() + "|" + f.citations() + "|"
                + f.purpose() + "|" + f.methods() + "|" + f.frequency() + "|" + f.recordCount()).toList();
    }

    /** Fields first, then the heading and ① last, as when a page is read bottom-up. */
    private static final String TRAILING_HEADINGS = """
            Ⅱ　特定個人情報ファイルの概要
             １．特定個人情報ファイル名
            １．架空ファイル
             ５．特定個人情報の提供・移転（委託に伴うものを除く。）
            [ ○ ] 提供を行っている （ 4 ） 件

             ⑤提供する情報の対象とな
            る本人の範囲

            架空町の住民

             ⑥提供方法

            [ ○ ] 情報提供ネットワークシステム [ ] 専用線

             ②提供先における用途
            架空保険の給付に関する事務

             ③提供する情報 住民票関係情報

             ⑦時期・頻度 照会を受けたらその都度

             提供先2 架空保険組合

             ①法令上の根拠 番号法第19条第８号　別表第二（第3項）

             ⑤提供する情報の対象とな
            る本人の範囲

            架空町の住民

             ②提供先における用途
            架空医療の助成に関する事務

             ③提供する情報 地方税関係情報

             ⑦時期・頻度 随時

             提供先1～5

             提供先1 架空県知事

             ①法令上の根拠 番号法第19条第８号　別表第二（第9項）

             ②提供先における用途
            架空税の賦課に関する事務

             提供先4 架空市長

             ①法令上の根拠 提供先3～4は別紙１を参照

            Ⅲ　特定個人情報ファイルの取扱いプロセスにおけるリスク対策
            """;

    @Test
    void fieldsBeforeTheirHeadingAreGroupedWithIt() {
        AnnexResult r = extractor.extract("synthetic-b", normalise(TRAILING_HEADINGS));

        assertThat(r.provisions()).extracting(FlowRecord::ordinal).containsExactly(1, 2, 4);
        FlowRecord p1 = r.provisions().get(0);
        assertThat(p1.recipient()).isEqualTo("架空県知事");
        assertThat(p1.purpose()).isEqualTo("架空医療の助成に関する事務");
        assertThat(p1.items()).containsExactly("地方税関係情報");
        assertThat(p1.beppyoItems()).containsExactly("9");
        assertThat(p1.frequency()).isEqualTo("随時");

        FlowRecord p2 = r.provisions().get(1);
        assertThat(p2.purpose()).isEqualTo("架空保険の給付に関する事務");
        assertThat(p2.methods()).containsExactly("情報提供ネットワークシステム");
        assertThat(p2.beppyoItems()).containsExactly("3");

        FlowRecord p4 = r.provisions().get(2);
        assertThat(p4.purpose()).isEqualTo("架空税の賦課に関する事務");
        assertThat(p4.citations()).isEmpty(); // 「別紙１を参照」 is a pointer, not a basis
        assertThat(p4.frequency()).isNull();

        assertThat(r.warnings()).anyMatch(w -> w.contains("提供先3") && w.contains("欠落"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("（4）件") && w.contains("3件"));
    }

    /**
     * No 別紙 pages at all, only 変更箇所 rows; one row's 変更後 cell was pushed below the next row
     * and another row lost both its cells to the foot of the page.
     */
    private static final String CHANGE_ROWS = """
            Ⅱ　特定個人情報ファイルの概要
             １．特定個人情報ファイル名
            １．架空台帳ファイル
            [ ○ ] 移転を行っている （ 3 ） 件
             ①法令上の根拠 移転先1～3は別紙２を参照
            Ⅲ　特定個人情報ファイルの取扱いプロセスにおけるリスク対策

            変更日 項目 変更前の記載 変更後の記載 提出時期

            令和8年4月1日

            Ⅱ　特定個人情報ファイルの
            概要（１．架空台帳ファイル）
            ５．特定個人情報の提供・移
            転　移転先1
            ①法令上の根拠

            番号法第９条第１項　別表第一の５項、架空給付法

            番号法第９条第１項　別表第５の項、架空給付法施行規則、架空給付法

            事後

            令和8年4月1日

            Ⅱ　特定個人情報ファイルの
            概要（１．架空台帳ファイル）
            ５．特定個人情報の提供・移
            転　移転先3
            ①法令上の根拠

            番号法第９条第１項　別表第一の30項、架空年金法

            令和8年4月1日

            Ⅱ　特定個人情報ファイルの
            概要（１．架空台帳ファイル）
            ５．特定個人情報の提供・移
            転　移転先2
            ①法令上の根拠

            番号法第９条第１項　別表第一の12項、架空手当法

            番号法第９条第１項　別表第31の項、架空年金法、架空年金法施行令

            事後

            番号法第９条第１項　別表第18の項、架空手当法、架空手当法施行令

            事後

            Ⅱ　特定個人情報ファイルの
            概要（１．架空台帳ファイル）
            ５．特定個人情報の提供・移
            転　移転先4
            ①法令上の根拠

            変更日 項目 変更前の記載 変更後の記載 提出時期

            令和8年4月1日

            番号法第９条第１項　別表第一の40項、架空弔慰金法

            番号法第９条第１項　別表第60の項、架空弔慰金法

            令和8年4月1日

            Ⅱ　特定個人情報ファイルの
            概要（１．架空台帳ファイル）
            ５．特定個人情報の提供・移
            転　移転先5
            ①法令上の根拠

            番号法第９条第１項　別表第一の50項、架空援護法

            番号法第９条第１項　別表第71の項、架空援護法

            事後

            変更日 項目 変更前の記載 変更後の記載 提出時期

            令和8年4月1日

            番号法第９条第１項　別表第一の99項、架空共済法

            """;

    @Test
    void changeTableCellsAreMatchedBackToTheirRowsByContent() {
        AnnexResult r = extractor.extract("synthetic-c", normalise(CHANGE_ROWS));

        assertThat(r.transfers()).extracting(FlowRecord::ordinal).containsExactly(1, 2, 3, 4, 5);
        // Items are canonical: a 2024 別表 item the concordance pairs (60 ↔ 別表第一 40, 71 ↔ 50) reads as its
        // 別表第一 number; unpaired ones (5, 18, 31) keep the number written.
        assertThat(r.transfers()).extracting(f -> f.beppyoItems().get(0))
                .containsExactly("5", "18", "31", "40", "50");
        assertThat(r.transfers().get(2).citations()).contains("架空年金法施行令");
        assertThat(r.transfers().get(3).provenance().sectionPath()).isEqualTo("変更箇所/移転先4");
        // the lone cell on the last page belongs to no row on that page
        assertThat(r.unparsed()).extracting(UnparsedRecord::text).containsExactly("番号法第9条第1項 別表第一の99項、架空共済法");
        assertThat(r.unparsed().get(0).provenance().sectionPath()).isEqualTo("変更箇所");
        assertThat(r.warnings()).anyMatch(w -> w.contains("移転先3") && w.contains("復元"));
        assertThat(r.warnings()).anyMatch(w -> w.contains("（3）件") && w.contains("5件"));
    }

    static List<String> normalise(String text) {
        return Arrays.stream(text.split("\n", -1)).map(l -> Normalizer.normalize(l, Normalizer.Form.NFKC)).toList();
    }
}
