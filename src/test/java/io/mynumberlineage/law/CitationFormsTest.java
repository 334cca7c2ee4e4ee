package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Written forms of issue 19: each form of one meaning reads as one key (invented municipality names). */
class CitationFormsTest {

    private final CitationParser parser = CitationParser.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            番号法第19条第8号 別表第二（第85項の2）      | 番号法/19/8/別表2/85の2
            番号法第19条第8号 別表第二 85項の2           | 番号法/19/8/別表2/85の2
            番号法第19条第7号 別表第二の85の2の項         | 番号法/19/8/別表2/85の2
            番号法第19条第8号 別表第二(第85の2項)          | 番号法/19/8/別表2/85の2
            番号法第19条第8号 別表第二 第八十五の二項       | 番号法/19/8/別表2/85の2
            番号法第19条第8号 別表第二（第85項）          | 番号法/19/8/別表2/85
            """)
    void branchItemsInEveryWrittenForm(String citation, String key) {
        assertThat(parser.parse(citation, null, LocalDate.of(2023, 4, 1)).keys()).containsExactly(key);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            行政手続における特定の個人を識別するための番号の利用等に関する法律第十九条第八号に基づく利用特定個人情報の提供に関する命令第2条の表(第11項)
            番号法第19条第8号に基づく主務省令第2条の表(第11項)
            番号法第十九条第八号に基づく主務省令第二条の表第十一項
            """)
    void formalAndShortTitlesOfThe2024OrderMeetOnOneKey(String citation) {
        CitationParse parse = parser.parse(citation, null, LocalDate.of(2024, 10, 1));
        assertThat(parse.keys()).containsExactly("番号法/19/8/主務省令2表/11");
        assertThat(parse.unparsedFragments()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            番号法第19条第11号及びかすみ市の番号条例第5条第1項             | 本庁町 | 条例/かすみ市/5/1
            かすみ市番号利用条例第5条第1項                                 | 本庁町 | 条例/かすみ市/5/1
            架空市個人番号の利用及び特定個人情報の提供に関する条例第5条第1項 | 本庁町 | 条例/架空市/5/1
            番号条例第5条第1項                                             | 本庁町 | 条例/本庁町/5/1
            """)
    void ordinanceKeysTakeTheCityTheCitationNamesElseTheIssuer(String citation, String issuer, String key) {
        assertThat(parser.parse(citation, issuer, LocalDate.of(2023, 4, 1)).keys()).endsWith(key);
    }

    @ParameterizedTest(name = "{0} @ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            番号法第19条第9号に基づく他の機関への提供 | 2016-04-01 | 番号法/19/11
            番号法第19条第10号に基づく他の機関への提供 | 2018-04-01 | 番号法/19/11
            番号法第19条第11号に基づく他の機関への提供 | 2023-04-01 | 番号法/19/11
            """)
    void article19ItemsAreReadByTheDocumentDate(String citation, String asOf, String key) {
        assertThat(parser.parse(citation, null, LocalDate.parse(asOf)).keys()).containsExactly(key);
    }
}
