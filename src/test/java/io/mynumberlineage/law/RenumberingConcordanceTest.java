package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The shipped 2024 concordance read in both directions; an item with no evidence stays unpaired. */
class RenumberingConcordanceTest {

    private final RenumberingController queries = new RenumberingController(new RenumberingConcordance());

    @Test
    void theLocalTaxItemIsPairedBothWays() {
        var forward = queries.renumbering("主務省令2表", "48");
        assertThat(forward.paired()).isTrue();
        assertThat(forward.pairs()).singleElement().satisfies(p -> {
            assertThat(p.oldItem()).isEqualTo("27");
            assertThat(p.oldLabel()).isEqualTo("番号法第19条第8号・別表第二第27項");
        });
        var back = queries.renumbering("別表2", "27");
        assertThat(back.pairs()).extracting(RenumberingController.RenumberingPair::newItem).containsExactly("48");
        assertThat(back.message()).contains("主務省令第2条の表第48項");
    }

    @Test
    void everyPairReadsTheSameBothWays() {
        RenumberingConcordance c = new RenumberingConcordance();
        assertThat(c.pairs()).hasSizeGreaterThan(39);
        for (var p : c.pairs()) {
            assertThat(c.oldItemOf(p.newTable(), p.newItem())).contains(p);
            assertThat(c.newItemsOf(p.oldTable(), p.oldItem())).contains(p);
        }
        // one old item, one new item: a pair is never shared
        assertThat(c.pairs().stream().map(p -> p.oldTable() + "/" + p.oldItem()).distinct().count())
                .isEqualTo(c.pairs().size());
    }

    @Test
    void anItemWithoutEvidenceSaysSoInsteadOfReusingItsNumber() {
        var answer = queries.renumbering("主務省令2表", "999");
        assertThat(answer.paired()).isFalse();
        assertThat(answer.pairs()).isEmpty();
        assertThat(answer.message()).contains("見つかっていません");
        assertThat(queries.renumbering("別表3", "1").message()).contains("table は");
    }
}
