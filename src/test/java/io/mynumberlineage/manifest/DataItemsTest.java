package io.mynumberlineage.manifest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DataItemsTest {

    @Test
    void theNumberUnderItsManyNamesIsTheNumber() {
        for (String name : new String[] {"個人番号", "個人番号（マイナンバー）", "本人の個人番号", "個人番号、4情報", "個人番号・住所"}) {
            assertThat(DataItems.isMyNumber(name)).as(name).isTrue();
        }
    }

    @Test
    void thingsNamedAfterTheNumberAreNotIt() {
        for (String name : new String[] {"個人番号カード", "個人番号カード交付情報", "個人番号対応符号", "個人番号通知書",
                "個人番号指定情報", "個人番号の利用", "情報提供用個人識別符号", "住民票コード", "4情報", null}) {
            assertThat(DataItems.isMyNumber(name)).as(name).isFalse();
        }
    }
}
