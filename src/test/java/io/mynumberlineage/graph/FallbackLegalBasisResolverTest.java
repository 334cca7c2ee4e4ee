package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class FallbackLegalBasisResolverTest {

    private final FallbackLegalBasisResolver resolver = new FallbackLegalBasisResolver();

    private List<String> keys(String citation) {
        return resolver.resolve(citation, "若葉台市", null).stream().map(ResolvedBasis::key).toList();
    }

    @Test
    void actArticlesAndItems() {
        assertThat(keys("番号法第19条第8号別表第2")).containsExactly("番号法/19/8", "番号法/19/8/別表2");
        assertThat(keys("番号法第９条第１項 別表第一の16の項")).containsExactly("番号法/9/1", "番号法/9/1/別表1/16");
        assertThat(keys("第19条第7号 別表第二 27の項")).containsExactly("番号法/19/7", "番号法/19/7/別表2/27");
        assertThat(keys("番号法第19条第８号 別表第二（第107項）")).containsExactly("番号法/19/8", "番号法/19/8/別表2/107");
        assertThat(keys("別表第1 16項")).containsExactly("番号法/別表1/16");
    }

    @Test
    void listsOfItems() {
        assertThat(keys("番号法第19条第8号 別表第二(1、2、85の2、120の項)"))
                .containsExactly("番号法/19/8", "番号法/19/8/別表2/1", "番号法/19/8/別表2/2", "番号法/19/8/別表2/85の2",
                        "番号法/19/8/別表2/120");
        var item = resolver.resolve("番号法第19条第8号 別表第二 85の2の項", "若葉台市", null).get(1);
        assertThat(item.beppyoItem()).isEqualTo("85の2");
        assertThat(item.kind()).isEqualTo("提供");
    }

    @Test
    void ordinanceArticlesBelongToTheMunicipality() {
        assertThat(keys("番号法第19条第11号及び若葉台市の番号の利用等に関する条例(以下「番号条例」という。)第5条第1項"))
                .containsExactly("番号法/19/11", "条例/若葉台市/5/1");
        assertThat(keys("番号条例第4条")).containsExactly("条例/若葉台市/4");
        assertThat(keys("住民基本台帳法第30条の7")).containsExactly("住民基本台帳法/30の7");
    }

    @Test
    void unreadableCitationsGiveNothingRatherThanAGuess() {
        assertThat(keys("番号法第十九条第八号")).isEmpty();
        assertThat(keys("法令に基づく")).isEmpty();
    }
}
