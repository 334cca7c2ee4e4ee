package io.mynumberlineage.guard;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Numbers are generated per run and never written down: one with its computed check digit stands
 * for a possible 個人番号, the same digits with any other last digit must pass through.
 */
class MyNumberDetectorProperties {

    @Provide
    Arbitrary<String> elevenDigits() {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(11);
    }

    private static String withCheckDigit(String eleven) {
        return eleven + MyNumberDetector.checkDigit(eleven);
    }

    @Property
    void aNumberWithItsCheckDigitIsDetectedInEveryWrittenForm(@ForAll("elevenDigits") String eleven) {
        String number = withCheckDigit(eleven);
        String grouped = number.substring(0, 4) + "-" + number.substring(4, 8) + "-" + number.substring(8);
        String spaced = grouped.replace('-', ' ');
        String fullWidth = number.chars().mapToObj(c -> String.valueOf((char) (c - '0' + '０'))).reduce("", String::concat);
        for (String text : new String[] {number, grouped, spaced, fullWidth, "番号は" + number + "です"}) {
            assertThat(MyNumberDetector.containsMyNumber(text)).as(text).isTrue();
        }
    }

    @Property
    void anyOtherLastDigitPasses(@ForAll("elevenDigits") String eleven, @ForAll @IntRange(min = 1, max = 9) int shift) {
        int wrong = (MyNumberDetector.checkDigit(eleven) + shift) % 10;
        assertThat(MyNumberDetector.containsMyNumber("記録 " + eleven + wrong + " 件")).isFalse();
    }

    @Property
    void longerDigitRunsAreNotTwelveDigitNumbers(@ForAll("elevenDigits") String eleven) {
        String number = withCheckDigit(eleven);
        assertThat(MyNumberDetector.containsMyNumber("1" + number)).isFalse();
        assertThat(MyNumberDetector.containsMyNumber(number + "7")).isFalse();
    }

    @Property
    void mixedSeparatorsAreNotOneNumber(@ForAll("elevenDigits") String eleven) {
        String number = withCheckDigit(eleven);
        String mixed = number.substring(0, 4) + "-" + number.substring(4, 8) + " " + number.substring(8);
        assertThat(MyNumberDetector.containsMyNumber(mixed)).isFalse();
    }
}
