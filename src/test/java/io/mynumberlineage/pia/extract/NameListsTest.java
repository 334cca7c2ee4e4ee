package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameListsTest {

    @Test
    void numberedCircledBracketedCommaAndLineLists() {
        assertThat(NameLists.split("1. 国保総合システム 2. 団体内統合宛名システム 3. 中間サーバー"))
                .containsExactly("国保総合システム", "団体内統合宛名システム", "中間サーバー");
        assertThat(NameLists.split("(1)障害福祉システム (2)中間サーバー")).containsExactly("障害福祉システム", "中間サーバー");
        assertThat(NameLists.split("①宛名システム ②税務システム")).containsExactly("宛名システム", "税務システム");
        assertThat(NameLists.split("標準システム、団体内統合宛名システム")).containsExactly("標準システム", "団体内統合宛名システム");
        assertThat(NameLists.split("学齢簿システム\n団体内統合宛名システム")).containsExactly("学齢簿システム", "団体内統合宛名システム");
        assertThat(NameLists.split("被保険者ファイル 賦課ファイル")).containsExactly("被保険者ファイル", "賦課ファイル");
    }

    @Test
    void oneNameStaysOne() {
        assertThat(NameLists.split("表計算ソフト及び紙")).containsExactly("表計算ソフト及び紙");
        assertThat(NameLists.split("住基ネット(市町村CS、都道府県サーバ)")).containsExactly("住基ネット(市町村CS、都道府県サーバ)");
        assertThat(NameLists.split("住民基本台帳ネットワークシステム ※後述のファイルは、CSで管理する"))
                .containsExactly("住民基本台帳ネットワークシステム");
        assertThat(NameLists.split("既存住基システム(以下「既存住基」という。)")).containsExactly("既存住基システム");
        assertThat(NameLists.split("-")).isEmpty();
    }
}
