package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.law.Article19Items.ContextHint;
import io.mynumberlineage.law.Article19Items.Subject;
import io.mynumberlineage.law.LawEras.Era;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class Article19ItemsTest {

    @Test
    void itemsOneToSixAreTheSameInEveryEra() {
        for (int i = 1; i <= 6; i++) {
            assertThat(Article19Items.read(i, null, ContextHint.NONE).canonicalItem()).isEqualTo(Integer.toString(i));
        }
    }

    @Test
    void networkWordsDecideOverTheDate() {
        var lagging = Article19Items.read(7, LocalDate.of(2023, 6, 1), ContextHint.NETWORK);
        assertThat(lagging.subject()).isEqualTo(Subject.NETWORK);
        assertThat(lagging.eras()).containsExactlyInAnyOrder(Era.A, Era.B);
    }

    @Test
    void ordinanceWordsPickTheSameBodyItem() {
        assertThat(Article19Items.read(11, null, ContextHint.ORDINANCE).subject()).isEqualTo(Subject.SAME_BODY_OTHER_ORGAN);
        assertThat(Article19Items.read(10, null, ContextHint.ORDINANCE).subject()).isEqualTo(Subject.SAME_BODY_OTHER_ORGAN);
        // 9 is 庁内 in era A but 条例事務 network from era C: still ambiguous without a date
        assertThat(Article19Items.read(9, null, ContextHint.ORDINANCE).subject()).isNull();
        assertThat(Article19Items.read(9, LocalDate.of(2015, 11, 1), ContextHint.ORDINANCE).subject())
                .isEqualTo(Subject.SAME_BODY_OTHER_ORGAN);
    }

    @Test
    void unverifiedCurrentNumbersKeepTheEraANumber() {
        var r = Article19Items.read(14, LocalDate.of(2015, 11, 1), ContextHint.NONE);
        assertThat(r.canonicalItem()).isEqualTo("A14");
        assertThat(r.warning()).contains("未確認");
    }

    @Test
    void datesInsideAnUnpinnedBoundaryAllowBothEras() {
        assertThat(LawEras.possibleEras(LocalDate.of(2020, 1, 1))).containsExactlyInAnyOrder(Era.B, Era.C);
        assertThat(LawEras.possibleEras(LocalDate.of(2016, 6, 1))).containsExactlyInAnyOrder(Era.A, Era.B);
        assertThat(LawEras.possibleEras(LocalDate.of(2024, 5, 27))).containsExactly(Era.D);
        assertThat(LawEras.possibleEras(LocalDate.of(2024, 5, 26))).containsExactly(Era.C);
        assertThat(LawEras.possibleEras(LocalDate.of(2019, 1, 1))).containsExactly(Era.B);
    }

    @Test
    void writtenItemPerEra() {
        assertThat(Article19Items.writtenItem(Subject.NETWORK, Era.A)).isEqualTo(7);
        assertThat(Article19Items.writtenItem(Subject.NETWORK, Era.D)).isEqualTo(8);
        assertThat(Article19Items.writtenItem(Subject.SAME_BODY_OTHER_ORGAN, Era.B)).isEqualTo(10);
    }
}
