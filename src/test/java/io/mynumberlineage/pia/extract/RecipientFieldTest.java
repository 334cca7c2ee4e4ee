package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The wording of the 提供先 / 移転先 fields, as whole labels. */
class RecipientFieldTest {

    @Test
    void eachLabelOfTheFormNamesItsFieldAndTheFileLevelLabelsNameNone() {
        assertThat(RecipientField.ofLabel("法令上の根拠")).isEqualTo(RecipientField.CITATION);
        assertThat(RecipientField.ofLabel("移転先における用途")).isEqualTo(RecipientField.PURPOSE);
        assertThat(RecipientField.ofLabel("提供する情報")).isEqualTo(RecipientField.ITEMS);
        assertThat(RecipientField.ofLabel("移転する情報の対象となる本人の数")).isEqualTo(RecipientField.RECORD_COUNT);
        assertThat(RecipientField.ofLabel("提供する情報の対象となる本人の範囲")).isEqualTo(RecipientField.SCOPE);
        assertThat(RecipientField.ofLabel("移転方法")).isEqualTo(RecipientField.METHOD);
        assertThat(RecipientField.ofLabel("時期・頻度")).isEqualTo(RecipientField.FREQUENCY);
        // Section II's own fields of the file are not a recipient's.
        assertThat(RecipientField.ofLabel("対象となる本人の数")).isNull();
        assertThat(RecipientField.ofLabel("入手方法")).isNull();
        assertThat(RecipientField.ofLabel("提供先")).isNull();
        assertThat(RecipientField.CITATION.number()).isEqualTo(1);
        assertThat(RecipientField.FREQUENCY.number()).isEqualTo(7);
    }
}
