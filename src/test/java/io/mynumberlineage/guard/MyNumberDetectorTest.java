package io.mynumberlineage.guard;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MyNumberDetectorTest {

    @Test
    void checkDigitFollowsTheWeightsOfTheRegulation() {
        // Worked by hand: weights 2..7 then 2..6 from the right give 212, 212 mod 11 = 3, 11 - 3 = 8.
        assertThat(MyNumberDetector.checkDigit("12345678901")).isEqualTo(8);
        // Remainders 0 and 1 both give 0.
        assertThat(MyNumberDetector.checkDigit("00000000000")).isZero();
    }

    @Test
    void ordinaryTextPasses() {
        assertThat(MyNumberDetector.containsMyNumber("対象人数 10万人以上30万人未満、電話 029-883-1111")).isFalse();
        assertThat(MyNumberDetector.containsMyNumber(null)).isFalse();
        assertThat(MyNumberDetector.hasValidCheckDigit("12345678901x")).isFalse();
    }
}
