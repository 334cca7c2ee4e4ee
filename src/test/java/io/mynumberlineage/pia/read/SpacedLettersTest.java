package io.mynumberlineage.pia.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpacedLettersTest {

    @Test
    void letterSpacingIsRemovedAndWordSpacesKept() {
        assertThat(SpacedLetters.collapse("評 価 書 名  児 童 手 当 に 関 す る 事 務")).isEqualTo("評価書名 児童手当に関する事務");
    }

    @Test
    void onlyADocumentSpacedOutAsAWholeIsCollapsed() {
        assertThat(SpacedLetters.isSpacedOut(List.of("特 定 個 人 情 報 保 護 評 価 書", "公 表 日", "令 和 5 年 1 月 1 6 日"))).isTrue();
        assertThat(SpacedLetters.isSpacedOut(List.of("評価書名 児童手当に関する事務 重点項目評価書", "I 基本情報", "1 2 3 4 5 6"))).isFalse();
    }
}
