package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class JapaneseNumeralsProperties {

    @Property
    void kanjiRoundTrips(@ForAll @IntRange(min = 1, max = 9999) int n) {
        assertThat(JapaneseNumerals.parse(JapaneseNumerals.toKanji(n))).isEqualTo(n);
    }

    @Property
    void asciiRoundTrips(@ForAll @IntRange(min = 0, max = 100000) int n) {
        assertThat(JapaneseNumerals.parse(Integer.toString(n))).isEqualTo(n);
    }

    @Example
    void statuteForms() {
        assertThat(JapaneseNumerals.parse("十九")).isEqualTo(19);
        assertThat(JapaneseNumerals.parse("百二十")).isEqualTo(120);
        assertThat(JapaneseNumerals.parse("八十五")).isEqualTo(85);
        assertThat(JapaneseNumerals.parse("二")).isEqualTo(2);
        assertThat(JapaneseNumerals.parse("一〇七")).isEqualTo(107);
        assertThat(JapaneseNumerals.parse("千百十一")).isEqualTo(1111);
        assertThat(JapaneseNumerals.toKanji(27)).isEqualTo("二十七");
        assertThat(JapaneseNumerals.toFullWidth(107)).isEqualTo("１０７");
    }

    @Example
    void malformedKanjiIsRejected() {
        assertThatThrownBy(() -> JapaneseNumerals.parse("十十")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> JapaneseNumerals.parse("二三十")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> JapaneseNumerals.parse("x")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> JapaneseNumerals.parse("")).isInstanceOf(NumberFormatException.class);
    }
}
