package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.pia.extract.FormVocabulary.Part;
import org.junit.jupiter.api.Test;

/** The Section II reader on invented file fields; 提供 and 委託 fields go to their readers. */
class FileSectionReaderTest {

    private static FormFixture fixture() {
        return new FormFixture(
                "①対象となる本人の数\t[ 1万人以上10万人未満 ]",                 // 1
                "特定個人情報ファイル名\t(1) 児童手当ファイル",                  // 2
                "②入手元\t[x] 本人又は本人の代理人 [ ] 評価実施機関内の他部署",  // 3
                "③入手方法\t[x] 紙 [x] 庁内連携システム",                        // 4
                "①保管期間\t[ 6年以上10年未満 ] <選択肢> 1) 1年未満",            // 5
                "委託先名\t霧ヶ丘情報サービス株式会社",                          // 6
                "提供を行っている (3) 件 移転を行っている (2) 件",                // 7
                "特技\tなし");                                                  // 8
    }

    @Test
    void fieldsBeforeTheFileNameGoToAnUnnamedFileWithAWarning() {
        var f = fixture();
        var reader = reader(f);
        f.enter(Part.FILES, "II", "2. 基本情報");
        reader.read(f.field(1));

        assertThat(f.state.files.only().name).isEqualTo("(名称不明のファイル)");
        assertThat(f.state.files.only().recordCountRange).isEqualTo("1万人以上10万人未満");
        assertThat(f.warnings()).anyMatch(w -> w.contains("特定個人情報ファイル名より前に記載があります"));
    }

    @Test
    void theNamedFileTakesItsFieldsAndStatedCounts() {
        var f = fixture();
        var entrustments = new EntrustmentReader(f.state);
        var reader = new FileSectionReader(f.state, new ProvisionReader(f.state, AnnexRecipients.NONE), entrustments);
        f.enter(Part.FILES, "II", "1. 特定個人情報ファイル名");
        reader.read(f.block(FormBlock.Kind.NUMBERED, "特定個人情報ファイル名", "(1) 児童手当ファイル", 2));
        f.enter(Part.FILES, "II", "3. 特定個人情報の入手・使用");
        reader.read(f.field(3));
        reader.read(f.field(4));
        f.enter(Part.FILES, "II", "7. 特定個人情報の保管・消去");
        reader.read(f.field(5));
        f.enter(Part.FILES, "II", "4. 特定個人情報ファイルの取扱いの委託");
        reader.read(f.field(6));
        reader.statedCounts(f.line(7));
        reader.read(f.field(8));

        FileDraft file = f.state.files.only();
        assertThat(file.name).isEqualTo("児童手当ファイル");
        assertThat(file.sources).containsExactly("本人又は本人の代理人");
        assertThat(file.methods).containsExactly("紙", "庁内連携システム");
        assertThat(file.retentionPeriod).isEqualTo("6年以上10年未満");
        assertThat(file.statedProvisions).isEqualTo(3);
        assertThat(file.statedTransfers).isEqualTo(2);
        entrustments.flushPending();
        assertThat(f.unparsedReasons()).as("a 委託 field with no 委託事項 waits, then stays visible; an unknown label too")
                .containsExactly("対応する項目がありません: 特技", "委託事項に割り当てられない記載: 委託先名");
    }

    private static FileSectionReader reader(FormFixture f) {
        return new FileSectionReader(f.state, new ProvisionReader(f.state, AnnexRecipients.NONE), new EntrustmentReader(f.state));
    }
}
