package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.graph.LegalBasisLabel;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one key → Japanese formatter, over every kind of key the parser writes: each row parses a
 * citation (invented wording, written as municipalities do) and checks the key and its words.
 */
class BasisLabelTest {

    private final CitationParser parser = CitationParser.withDefaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            番号法第19条第7号 別表第二の27の項                     | 2018-04-01 | 番号法/19/8/別表2/27         | 番号法第19条第8号・別表第二第27項
            番号法第19条第8号 別表第二（第85項の2）                 | 2023-04-01 | 番号法/19/8/別表2/85の2      | 番号法第19条第8号・別表第二第85の2項
            番号法第19条第8号に基づく主務省令第2条の表(第11項)       | 2024-10-01 | 番号法/19/8/主務省令2表/11   | 番号法第19条第8号・主務省令第2条の表第11項
            番号法第19条第8号に基づく主務省令                        | 2024-10-01 | 番号法/19/8                  | 番号法第19条第8号
            番号法第19条第8号 別表第二                               | 2023-04-01 | 番号法/19/8/別表2            | 番号法第19条第8号・別表第二
            番号法第9条第1項 別表第一の16の項                        | 2020-04-01 | 番号法/9/1/別表1/16          | 番号法第9条第1項・別表第一第16項
            番号法第9条第1項 別表第99の項                            | 2024-10-01 | 番号法/9/1/別表/99           | 番号法第9条第1項・別表第99項
            番号法第9条第2項                                         | 2020-04-01 | 番号法/9/2                   | 番号法第9条第2項
            番号法第19条第11号                                       | 2023-04-01 | 番号法/19/11                 | 番号法第19条第11号
            番号法第14条第2号                                        |            | 番号法/14/_/2                | 番号法第14条第2号
            架空市の番号条例第5条第1項                               |            | 条例/架空市/5/1              | 架空市番号条例第5条第1項
            架空市手数料条例第3条                                    |            | 条例/架空市/手数料条例/3     | 架空市手数料条例第3条
            住基法第30条の6                                          |            | 住基法/30の6                 | 住基法第30条の6
            住民基本台帳法第12条の4第1項                             |            | 住基法/12の4/1               | 住基法第12条の4第1項
            番号法施行令第20条                                       |            | 番号法施行令/20              | 番号法施行令第20条
            番号法別表第二の主務省令で定める事務及び情報を定める命令第19条 | 2020-04-01 | 別表第二主務省令/19 | 番号法別表第二の主務省令第19条
            番号法別表第一の主務省令で定める事務を定める命令第5条     | 2020-04-01 | 別表第一主務省令/5            | 番号法別表第一の主務省令第5条
            児童福祉法施行規則第18条の6                              |            | 児童福祉法施行規則/18の6      | 児童福祉法施行規則第18条の6
            """)
    void everyKeyKindReadsAsJapanese(String citation, String asOf, String key, String words) {
        CitationParse parse = parser.parse(citation, "架空市", asOf == null ? null : LocalDate.parse(asOf));

        assertThat(parse.keys()).containsExactly(key);
        assertThat(LegalBasisLabel.of(key)).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            番号法/19/11?                | 番号法第19条第11号（号の時期が不明）
            条例/不明/5/1                | （団体不明）番号条例第5条第1項
            条例/架空市/4/別表1/3        | 架空市番号条例第4条・別表第一第3項
            第19条第8号主務省令/2        | 番号法第19条第8号に基づく主務省令第2条
            番号法/9/1/別表              | 番号法第9条第1項・別表
            """)
    void keysWrittenWithoutAParseReadAsWell(String key, String words) {
        assertThat(LegalBasisLabel.of(key)).isEqualTo(words);
    }
}
