package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssuerNamesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "桜峰町長|桜峰町長|桜峰町",
            "東雲県 桜峰町長 森田一郎|東雲県 桜峰町長|桜峰町",
            "東雲県桜峰町長|東雲県桜峰町長|桜峰町",
            "京都市長|京都市長|京都市",
            "東京都 架空区長|東京都 架空区長|架空区",
            "東雲県知事 山田花子|東雲県知事|東雲県",
            "北海道知事|北海道知事|北海道",
            "東雲県教育委員会|東雲県教育委員会|東雲県教育委員会",
            "東雲県 月影市教育委員会|東雲県 月影市教育委員会|月影市教育委員会",
            "東雲県後期高齢者医療広域連合長|東雲県後期高齢者医療広域連合長|東雲県後期高齢者医療広域連合",
            "月影地区福祉事務組合管理者 星野次郎|月影地区福祉事務組合管理者|月影地区福祉事務組合",
            "東雲県市町村職員共済組合理事長|東雲県市町村職員共済組合理事長|東雲県市町村職員共済組合",
            "地方共同データ機構理事長 川辺三郎|地方共同データ機構理事長|地方共同データ機構",
            "独立行政法人架空研究所|独立行政法人架空研究所|独立行政法人架空研究所",
            "資源循環大臣|資源循環大臣|資源循環省",
            "内閣総理大臣|内閣総理大臣|内閣府",
            "架空庁長官|架空庁長官|架空庁",
    })
    void everyKindOfIssuer(String written, String organization, String issuer) {
        assertThat(IssuerNames.parse(written)).isEqualTo(new IssuerNames.Issuer(organization, issuer));
    }

    @ParameterizedTest
    @CsvSource({"特定個人情報保護評価書(全項目評価書)", "令和5年1月16日", "住民基本台帳に関する事務", "市長が定める"})
    void proseAndOtherCellsAreNoIssuer(String text) {
        assertThat(IssuerNames.parse(text)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"月影市長,true", "月影市長 山田 太郎,true", "近隣の公表例: 月影市長 児童手当に関する事務 重点項目評価書,false",
            "月影市長 児童手当に関する事務 重点項目評価書,false"})
    void wholeLineIssuer(String line, boolean whole) {
        assertThat(IssuerNames.isWholeIssuer(line)).isEqualTo(whole);
    }
}
