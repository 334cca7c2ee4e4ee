package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FieldValuesTest {

    @Test
    void beppyoItemsInTheShapesCitationsTake() {
        assertThat(FieldValues.beppyoItems("番号法第19条第7号 別表第二の1の項")).containsExactly("1");
        assertThat(FieldValues.beppyoItems("番号法第19条第7号 別表第2の3の項")).containsExactly("3");
        assertThat(FieldValues.beppyoItems("番号法第9条第1項 別表第一31項、83項、95項")).containsExactly("31", "83", "95");
        assertThat(FieldValues.beppyoItems("番号法第19条第8号 別表第二(第107項)")).containsExactly("107");
        // a 2024 order item is a 別表第二 item only through an evidenced pair (48 ↔ 27), else none
        assertThat(FieldValues.beppyoItems("番号法第19条第8号に基づく主務省令第2条の表(第48項)")).containsExactly("27");
        assertThat(FieldValues.beppyoItems("番号法第19条第8号に基づく主務省令第2条の表(第11項)")).isEmpty();
        assertThat(FieldValues.beppyoItems("番号法第19条第8号 別表第二(第85項の2)")).containsExactly("85の2");
        assertThat(FieldValues.beppyoItems("学校保健安全法による医療に要する費用についての援助に関する事務(別表1-27)")).containsExactly("27");
        assertThat(FieldValues.beppyoItems("番号法別表第一の85の2の項")).containsExactly("85の2");
        assertThat(FieldValues.beppyoItems("番号法第19条第8号別表第2")).isEmpty();
        assertThat(FieldValues.beppyoItems("番号法第19条第8号別表第2に定める情報照会者")).isEmpty();
        assertThat(FieldValues.beppyoItems("住基法第30条の6")).isEmpty();
    }

    @Test
    void selectionsAndTicks() {
        assertThat(FieldValues.selection("[10万人以上100万人未満] <選択肢> 1) 1万人未満 2) 1万人以上10万人未満")).isEqualTo("10万人以上100万人未満");
        assertThat(FieldValues.selection("[ ] 10人未満 [x] 10人以上50人未満 <選択肢> 1) 10人未満")).isEqualTo("10人以上50人未満");
        assertThat(FieldValues.selection("[ ] <選択肢> 1) 委託する")).isNull();
        assertThat(FieldValues.ticked("[x] 紙 [ ] 電子メール [x] その他 (LGWAN回線)")).containsExactly("紙", "その他 (LGWAN回線)");
        assertThat(FieldValues.provisionCount("[x] 提供を行っている ( 58 ) 件 [x] 移転を行っている (17) 件")).isEqualTo(58);
        assertThat(FieldValues.transferCount("[x] 提供を行っている ( 58 ) 件 [x] 移転を行っている (17) 件")).isEqualTo(17);
    }

    @Test
    void warekiDates() {
        assertThat(WarekiDates.toIso("令和5年12月11日")).isEqualTo("2023-12-11");
        assertThat(WarekiDates.toIso("R5.12.11")).isEqualTo("2023-12-11");
        assertThat(WarekiDates.toIso("平成27年7月31日")).isEqualTo("2015-07-31");
        assertThat(WarekiDates.toIso("令和元年5月1日")).isEqualTo("2019-05-01");
        assertThat(WarekiDates.toIso("昭和64年1月7日")).isEqualTo("1989-01-07");
        assertThat(WarekiDates.toIso("2024年4月1日")).isEqualTo("2024-04-01");
        assertThat(WarekiDates.toIso("令和5年2月30日")).isNull();
        assertThat(WarekiDates.toIso("つくば市長")).isNull();
    }
}
