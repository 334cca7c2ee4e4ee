package io.mynumberlineage.guard;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/**
 * Numbers are generated per run and never written down: one with its computed check digit stands
 * for a possible 個人番号, the same digits with any other last digit must pass through.
 */
public class MyNumberDetectorProperties {

    /** Separators a probe groups digits with: every dash, minus, 長音, blanks and punctuation. */
    public static final List<String> SEPARATORS = List.of("-", " ", "  ", "\t", "\u2010", "\u2011", "\u2012", "\u2013",
            "\u2014", "\u2212", "\u30FC", "\uFF70", "\uFF0D", "\u3000", "/", ".", ",", "\u30FB", ":", "_", " - ");

    /** Group sizes people and converters write twelve digits in. */
    public static final List<int[]> GROUPINGS = List.of(new int[] {12}, new int[] {4, 4, 4}, new int[] {3, 3, 3, 3},
            new int[] {6, 6}, new int[] {4, 8}, new int[] {1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1});

    @Provide
    public static Arbitrary<String> elevenDigits() {
        return Arbitraries.strings().withCharRange('0', '9').ofLength(11);
    }

    /** A valid number written in any grouping, separator and encoding a probe would try. */
    @Provide
    public static Arbitrary<String> writtenMyNumbers() {
        return Combinators.combine(elevenDigits(), Arbitraries.of(GROUPINGS), Arbitraries.of(SEPARATORS),
                Arbitraries.of(Encoding.values())).as((eleven, grouping, separator, encoding) ->
                        encoding.apply(group(withCheckDigit(eleven), grouping, separator)));
    }

    public static String withCheckDigit(String eleven) {
        return eleven + MyNumberDetector.checkDigit(eleven);
    }

    static String group(String number, int[] sizes, String separator) {
        var out = new StringBuilder();
        int at = 0;
        for (int size : sizes) {
            if (at > 0) {
                out.append(separator);
            }
            out.append(number, at, at + size);
            at += size;
        }
        return out.toString();
    }

    /** How the digits reach the server: as typed, full-width, or escaped for JSON or GraphQL. */
    public enum Encoding {
        PLAIN, FULL_WIDTH, JSON_ESCAPE, GRAPHQL_BRACED_ESCAPE, ESCAPED_SEPARATORS, ZERO_WIDTH_JOINED;

        public String apply(String text) {
            return switch (this) {
                case PLAIN -> text;
                case FULL_WIDTH -> text.chars().mapToObj(c -> c >= '0' && c <= '9'
                        ? String.valueOf((char) (c - '0' + '０')) : String.valueOf((char) c)).collect(Collectors.joining());
                case JSON_ESCAPE -> text.chars().mapToObj(c -> c >= '0' && c <= '9'
                        ? String.format("\\u%04x", c) : String.valueOf((char) c)).collect(Collectors.joining());
                case GRAPHQL_BRACED_ESCAPE -> text.chars().mapToObj(c -> c >= '0' && c <= '9'
                        ? String.format("\\u{%x}", c) : String.valueOf((char) c)).collect(Collectors.joining());
                case ESCAPED_SEPARATORS -> text.replace("\t", "\\t").replace("/", "\\/");
                case ZERO_WIDTH_JOINED -> text.chars().mapToObj(c -> (char) c + "\u200B").collect(Collectors.joining());
            };
        }
    }

    @Property
    void aNumberWithItsCheckDigitIsDetectedInEveryWrittenForm(@ForAll("writtenMyNumbers") String written) {
        assertThat(MyNumberDetector.containsMyNumber(written)).as(written).isTrue();
        assertThat(MyNumberDetector.containsMyNumber("番号は" + written + "です")).as(written).isTrue();
        assertThat(MyNumberDetector.containsMyNumber("第9条 " + written)).as(written).isTrue();
    }

    @Property
    void anyOtherLastDigitPasses(@ForAll("elevenDigits") String eleven, @ForAll @IntRange(min = 1, max = 9) int shift) {
        int wrong = (MyNumberDetector.checkDigit(eleven) + shift) % 10;
        String number = eleven + wrong;
        assertThat(MyNumberDetector.containsMyNumber("記録 " + number + " 件")).isFalse();
        assertThat(MyNumberDetector.containsMyNumber(group(number, new int[] {4, 4, 4}, "\u2212"))).isFalse();
    }

    @Property
    void longerDigitRunsAreNotTwelveDigitNumbers(@ForAll("elevenDigits") String eleven) {
        String number = withCheckDigit(eleven);
        assertThat(MyNumberDetector.containsMyNumber("1" + number)).isFalse();
        assertThat(MyNumberDetector.containsMyNumber(number + "7")).isFalse();
    }

    @Property
    void mixedSeparatorsStillGroupOneNumber(@ForAll("elevenDigits") String eleven) {
        String number = withCheckDigit(eleven);
        String mixed = number.substring(0, 4) + "-" + number.substring(4, 8) + " " + number.substring(8);
        assertThat(MyNumberDetector.containsMyNumber(mixed)).isTrue();
    }

    /** Lists of 別表 item numbers (one or two digits each) are never taken for a number. */
    @Property
    void listsOfItemNumbersPass(@ForAll @IntRange(min = 1, max = 150) int first, @ForAll("listSeparators") String separator) {
        String items = java.util.stream.IntStream.range(first, first + 14).mapToObj(i -> String.valueOf(i % 100))
                .collect(Collectors.joining(separator));
        assertThat(MyNumberDetector.containsMyNumber(items)).as(items).isFalse();
    }

    @Provide
    Arbitrary<String> listSeparators() {
        return Arbitraries.of(",", "、", " ", ".", "・", "，");
    }
}
