package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;

class CitationParserProperties {

    private final CitationParser parser = CitationParser.withDefaults();

    enum Style { ASCII, FULL_WIDTH, KANJI }

    static String write(int n, Style style) {
        return switch (style) {
            case ASCII -> Integer.toString(n);
            case FULL_WIDTH -> JapaneseNumerals.toFullWidth(n);
            case KANJI -> JapaneseNumerals.toKanji(n);
        };
    }

    @Property
    void anyNumeralStyleGivesTheSameNetworkItem(@ForAll @IntRange(min = 1, max = 200) int item,
                                                @ForAll Style itemStyle, @ForAll Style articleStyle,
                                                @ForAll Style tableStyle, @ForAll boolean oldItemSeven) {
        String text = "番号法第" + write(19, articleStyle) + "条第" + write(oldItemSeven ? 7 : 8, articleStyle) + "号 別表第"
                + (tableStyle == Style.KANJI ? "二" : write(2, tableStyle)) + "の" + write(item, itemStyle) + "の項";
        CitationParse p = parser.parse(text);
        assertThat(p.unparsedFragments()).isEmpty();
        assertThat(p.keys()).containsExactly("番号法/19/8/別表2/" + item);
    }

    @Property
    void anyNumeralStyleGivesTheSameUseItem(@ForAll @IntRange(min = 1, max = 200) int item, @ForAll Style style,
                                            @ForAll boolean bracketed) {
        String written = write(item, style);
        String text = "番号法第9条第1項 別表第一" + (bracketed ? "(第" + written + "項)" : "の" + written + "の項");
        assertThat(parser.parse(text).keys()).containsExactly("番号法/9/1/別表1/" + item);
    }

    @Provide
    Arbitrary<String> separators() {
        return Arbitraries.of("、", ",", " ", "・");
    }

    @Property
    void generatedListsParseToExactlyTheGeneratedSet(
            @ForAll @Size(min = 1, max = 40) Set<@IntRange(min = 1, max = 200) Integer> numbers,
            @ForAll @Size(max = 5) Set<@IntRange(min = 1, max = 200) Integer> withSubItem,
            @ForAll("separators") String separator, @ForAll Style style, @ForAll boolean useTilde,
            @ForAll @IntRange(min = 0, max = 400) int breakAt) {
        TreeSet<Integer> sorted = new TreeSet<>(numbers);
        List<String> expected = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        for (int n : sorted) {
            if (!run.isEmpty() && n != run.get(run.size() - 1) + 1) {
                render(run, style, useTilde, parts);
                run.clear();
            }
            run.add(n);
            expected.add(Integer.toString(n));
            if (withSubItem.contains(n)) {
                render(run, style, useTilde, parts);
                run.clear();
                parts.add(write(n, style) + "の2");
                expected.add(n + "の2");
            }
        }
        render(run, style, useTilde, parts);
        String list = String.join(separator, parts);
        // a PDF line break anywhere in the list must not change the result; a break next to a
        // space separator is the separator itself, which the join keeps
        int cut = Math.min(breakAt, list.length());
        String wrapped = list.substring(0, cut) + "\n" + list.substring(cut);
        CitationParse p = parser.parse("番号法第19条第8号及び別表第二\n(" + wrapped + "の項)");
        assertThat(p.unparsedFragments()).isEmpty();
        assertThat(p.bases()).extracting(LegalBasisRef::tableItem).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static void render(List<Integer> run, Style style, boolean useTilde, List<String> parts) {
        if (run.size() >= 3) {
            String from = write(run.get(0), style);
            String to = write(run.get(run.size() - 1), style);
            parts.add(useTilde ? from + "~" + to : from + "から" + to + "まで");
        } else {
            for (int n : run) {
                parts.add(write(n, style));
            }
        }
    }

    @Property
    void nonNumeralArticleIsATypedErrorNamingTheFragment(@ForAll @AlphaChars @StringLength(min = 1, max = 4) String junk) {
        String text = "番号法第" + junk + "条 別表第一の16の項";
        CitationParseException e = catchThrowableOfType(CitationParseException.class,
                () -> parser.parseStrict(text, null, null));
        assertThat(e).isNotNull();
        assertThat(e.fragment()).isEqualTo("第" + junk + "条");
        assertThat(e.getMessage()).contains("第" + junk + "条");
        assertThat(e.parse().keys()).contains("番号法/9/1/別表1/16");
    }

    @Property
    void malformedKanjiItemIsATypedError(@ForAll @IntRange(min = 1, max = 9) int digit) {
        String bad = "十" + JapaneseNumerals.toKanji(digit) + "十";
        CitationParseException e = catchThrowableOfType(CitationParseException.class,
                () -> parser.parseStrict("番号法第19条第7号 別表第二の" + bad + "の項", null, null));
        assertThat(e).isNotNull();
        assertThat(e.fragment()).contains(bad);
    }
}
