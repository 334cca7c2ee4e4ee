package io.mynumberlineage.pia.annex;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.RequiresSeeds;
import io.mynumberlineage.manifest.FlowRecord;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden facts of seed 003 (a 全項目評価書, 様式4). Its II-5 body shows 提供先1～20 and sends the rest
 * of the 提供先 and all 移転先 to 別紙1 / 別紙2, whose pages are not in the published text; every
 * recipient is still stated in the 変更箇所 table (変更後の記載), whose rows and cells the PDF
 * extraction put out of order.
 */
@RequiresSeeds
class Seed003AnnexGoldenTest {

    private static final String SEED = "003_d3c6de1e57e97b3d.txt";
    private static List<String> lines;
    private static AnnexResult result;

    @BeforeAll
    static void extract() throws Exception {
        lines = SeedLines.read(SEED);
        result = new AnnexRecipientExtractor().extract(SEED, lines);
    }

    @Test
    void reconstructsSixtyProvisionsInNumberOrderWithoutGaps() {
        assertThat(result.provisions()).extracting(FlowRecord::ordinal)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 60).boxed().toList());
        assertThat(result.provisions()).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo("提供");
            assertThat(f.fileId()).isNull();
            assertThat(f.id()).isEqualTo(SEED + ":提供:" + f.ordinal());
            assertThat(f.citations()).isNotEmpty();
            assertThat(f.purpose()).isNotBlank();
        });
        assertThat(result.warnings()).noneMatch(w -> w.contains("番号の欠落"));
    }

    @Test
    void reconstructsTwentyEightTransfersInNumberOrderWithoutGaps() {
        assertThat(result.transfers()).extracting(FlowRecord::ordinal)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 28).boxed().toList());
        assertThat(result.transfers()).allSatisfy(f -> {
            assertThat(f.kind()).isEqualTo("移転");
            assertThat(f.citations()).isNotEmpty();
        });
    }

    @Test
    void comparesWithTheCountsStatedInSectionII5() {
        DocumentOutline.FileSection residentFile = DocumentOutline.fileSections(lines).stream()
                .filter(f -> "住民基本台帳ファイル".equals(f.fileName())).findFirst().orElseThrow();
        assertThat(residentFile.statedTransfers()).isEqualTo(28).isEqualTo(result.transfers().size());
        // the body still says 58, while the 2025 revision lists 提供先59 and 60 as additions and
        // the information-provision basis in I-6 names 60 table items: the mismatch is reported
        assertThat(residentFile.statedProvisions()).isEqualTo(58);
        assertThat(result.provisions()).hasSize(60);
        assertThat(result.warnings()).anyMatch(w -> w.contains("（58）件") && w.contains("60件"));
    }

    @Test
    void firstProvisionsComeFromTheScrambledBodyPages() {
        FlowRecord first = provision(1);
        assertThat(first.recipient()).isEqualTo("厚生労働大臣");
        assertThat(first.citations()).containsExactly("番号法第19条第8号に基づく主務省令第2条の表(第1項)");
        assertThat(first.beppyoItems()).isEmpty(); // a 主務省令 table item, not a 別表 item
        assertThat(first.purpose()).startsWith("健康保険法(大正11年法律第70号)第5条第2項");
        assertThat(first.items()).containsExactly("住民票関係情報");
        assertThat(first.methods()).containsExactly("情報提供ネットワークシステム");
        assertThat(first.frequency()).isEqualTo("照会を受けたらその都度");
        assertThat(first.recordCount()).isEqualTo("10万人以上100万人未満");
        assertThat(first.provenance().sectionPath()).isEqualTo("II/5/提供先1");
        assertThat(first.provenance().line()).isEqualTo(1207);
        assertThat(first.provenance().document()).isEqualTo(SEED);

        assertThat(provision(2).recipient()).isEqualTo("全国健康保険協会");
        assertThat(provision(2).citations()).containsExactly("番号法第19条第8号に基づく主務省令第2条の表(第2項)");
        // 提供先19's fields sit between other recipients' pages; its purpose must not be 18's
        assertThat(provision(19).recipient()).isEqualTo("国家公務員共済組合");
        assertThat(provision(19).citations()).containsExactly("番号法第19条第8号に基づく主務省令第2条の表(第65項)");
        assertThat(provision(19).purpose()).startsWith("国家公務員共済組合法による短期給付");
        assertThat(provision(18).purpose()).startsWith("学校保健安全法による医療");
    }

    @Test
    void middleProvisionsComeFromTheChangeTable() {
        FlowRecord p30 = provision(30);
        assertThat(p30.recipient()).isEqualTo("厚生労働大臣又は都道府県知事");
        assertThat(p30.citations()).containsExactly("番号法第19条第8号に基づく主務省令第2条の表(第91項)");
        assertThat(p30.purpose()).startsWith("特別児童扶養手当等の支給に関する法律");
        assertThat(p30.provenance().sectionPath()).isEqualTo("変更箇所/提供先30");
        assertThat(p30.provenance().line()).isEqualTo(7047);

        // the name of 提供先50 was last stated in the older (令和6年) row; the 令和7年 row changes ① and ②
        assertThat(provision(50).recipient()).isEqualTo("厚生労働大臣");
        assertThat(provision(50).citations()).containsExactly("番号法第19条第8号に基づく主務省令第2条の表(第150項)");
        // where no row ever changed the name, the document does not state it here
        assertThat(provision(45).recipient()).isNull();
        assertThat(provision(45).citations()).containsExactly("番号法第19条第8号に基づく主務省令第2条の表(第138項)");
    }

    @Test
    void lastProvisionsAreTheRevisionAdditions() {
        FlowRecord last = provision(60);
        assertThat(last.recipient()).isEqualTo("都道府県知事");
        assertThat(last.citations()).containsExactly("番号法第19条第8号に基づく主務省令第2条の表(第166項)");
        assertThat(last.items()).containsExactly("住民票関係情報");
        assertThat(last.methods()).containsExactly("情報提供ネットワークシステム");
        assertThat(last.frequency()).isEqualTo("照会を受けたらその都度");
        assertThat(last.recordCount()).isEqualTo("10万人以上100万人未満");
        assertThat(provision(58).citations())
                .containsExactly("番号法第19条第8号及び番号法第19条第8号に基づく主務省令第2条の表(第164項)");
        assertThat(provision(57).recipient()).startsWith("地域優良賃貸住宅制度要綱第2条第9号");
        assertThat(provision(57).citations()).containsExactly("番号法第19条第8号に基づく主務省令第2条の表(第163項)");
    }

    @Test
    void transfersCarryTheirBeppyoItems() {
        FlowRecord first = transfer(1);
        assertThat(first.citations()).contains("番号法第9条第1項 別表第9の項", "児童福祉法施行規則第18条の6");
        // 別表第9の項 (2024 numbering) is 別表第一 item 8 by an evidenced pair of the concordance: the item is canonical.
        assertThat(first.beppyoItems()).containsExactly("8");
        assertThat(first.methods()).containsExactly("庁内連携システム");

        assertThat(transfer(7).recipient()).isEqualTo("住宅政策課");
        assertThat(transfer(7).beppyoItems()).as("別表 27 ↔ 別表第一 19").containsExactly("19");
        assertThat(transfer(14).beppyoItems()).as("別表 62 ↔ 別表第一 42").containsExactly("42");
        assertThat(transfer(14).citations()).contains("戦傷病者特別援護法");
        assertThat(transfer(20).beppyoItems()).as("別表 85 ↔ 別表第一 59").containsExactly("59");
    }

    @Test
    void transfersWhoseCellsWereDisplacedArePutBack() {
        assertThat(transfer(22).beppyoItems()).as("別表 100 ↔ 別表第一 68").containsExactly("68");
        assertThat(transfer(22).citations()).contains("介護保険法");
        assertThat(transfer(23).beppyoItems()).containsExactly("104");
        assertThat(transfer(23).citations()).contains("被災者生活再建支援法");
        assertThat(transfer(24).beppyoItems()).as("別表 111 ↔ 別表第一 76").containsExactly("76");
        assertThat(transfer(25).beppyoItems()).as("別表 112 ↔ 別表第一 77").containsExactly("77");
        assertThat(transfer(25).citations()).contains("独立行政法人農業者年金基金法");
        assertThat(transfer(27).beppyoItems()).containsExactly("127");
        assertThat(result.warnings()).anyMatch(w -> w.contains("移転先22"));
    }

    @Test
    void anOrdinancesOwnTableIsNotReportedAsABeppyoItem() {
        FlowRecord last = transfer(28);
        assertThat(last.citations().get(0)).endsWith("(別表第二第17の項)");
        assertThat(last.beppyoItems()).isEmpty();
    }

    @Test
    void namesTheFileTheListsBelongTo() {
        assertThat(new AnnexRecipientExtractor().referringFiles(lines)).containsExactly("住民基本台帳ファイル");
    }

    @Test
    void everyChangeTableCellFoundItsRow() {
        assertThat(result.unparsed()).isEmpty();
    }

    private static FlowRecord provision(int ordinal) {
        return result.provisions().stream().filter(f -> f.ordinal() == ordinal).findFirst().orElseThrow();
    }

    private static FlowRecord transfer(int ordinal) {
        return result.transfers().stream().filter(f -> f.ordinal() == ordinal).findFirst().orElseThrow();
    }
}
