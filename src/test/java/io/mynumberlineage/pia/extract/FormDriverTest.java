package io.mynumberlineage.pia.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The driver's events: table headers, the table of contents, captions and stray PDF fragments. */
class FormDriverTest {

    private static FormDriver read(String... lines) {
        FormDriver driver = new FormDriver(new FormFixture(lines).doc, AnnexRecipients.NONE);
        driver.readAll();
        return driver;
    }

    @Test
    void aRowOfLabelsHeadsTheValuesOfTheNextRow() {
        FormDriver d = read("評価書番号\t評価書名", "12\t霧ヶ丘町 児童手当事務 基礎項目評価書");

        assertThat(d.cover.number).isEqualTo("12");
        assertThat(d.cover.title).isEqualTo("霧ヶ丘町 児童手当事務 基礎項目評価書");
        assertThat(d.cover.kinds).containsExactly("基礎");
        assertThat(d.formRecognised).isTrue();
    }

    @Test
    void headingsListedInTheTableOfContentsDoNotOpenTheirParts() {
        FormDriver d = read(
                "項目一覧",
                "I 基本情報",
                "II 特定個人情報ファイルの概要",
                "I 基本情報",
                "①事務の名称\t児童手当事務",
                "II 特定個人情報ファイルの概要",
                "1. 特定個人情報ファイル名",
                "児童手当ファイル",
                "5. 特定個人情報の提供・移転",
                "提供先1\t霧ヶ丘県知事",
                "②提供先における用途\t手当の認定",
                "[",
                "提供先2~5");

        assertThat(d.basic.processName).as("the body begins where a listed heading repeats").isEqualTo("児童手当事務");
        assertThat(d.provisions.flows).singleElement().satisfies(fl -> {
            assertThat(fl.file.name).isEqualTo("児童手当ファイル");
            assertThat(fl.recipient).isEqualTo("霧ヶ丘県知事");
            assertThat(fl.purpose).as("a stray bracket does not join a text value").isEqualTo("手当の認定");
        });
        LineCoverage cov = d.state().ledger.coverage();
        assertThat(cov.missing()).isEmpty();
        assertThat(d.state().ledger.unparsed).extracting(u -> u.reason())
                .containsExactly("PDF のレイアウト断片 (どの項目の値か特定できません)");
    }
}
