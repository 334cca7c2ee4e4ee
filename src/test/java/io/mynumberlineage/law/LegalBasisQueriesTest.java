package io.mynumberlineage.law;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.law.LegalBasisPayloads.ErrorCode;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisFilter;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisParse;
import io.mynumberlineage.law.LegalBasisPayloads.LegalBasisSummary;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LegalBasisQueriesTest {

    /** A graph with flows under keys, as the loader writes them. */
    static final class FakeFlows implements FlowCountSource {
        final Map<String, Long> counts = new HashMap<>();

        @Override
        public Map<String, Long> countFlowsUnder(Collection<String> keys) {
            Map<String, Long> out = new HashMap<>();
            keys.forEach(k -> {
                if (counts.containsKey(k)) {
                    out.put(k, counts.get(k));
                }
            });
            return out;
        }

        @Override
        public Map<String, Long> countFlowsByBasis() {
            return Map.copyOf(counts);
        }
    }

    private final FakeFlows flows = new FakeFlows();
    private final CitationParser parser = CitationParser.withDefaults();
    private final LegalBasisQueries queries = new LegalBasisQueries(parser, new LegalBasisCatalog(), flows);

    /** Keys of flows loaded from citations written in different eras. */
    private void loadFlowsUnder(String... citations) {
        for (String c : citations) {
            for (String key : parser.parse(c).keys()) {
                flows.counts.merge(key, 1L, Long::sum);
            }
        }
    }

    @Test
    void aQueryForABasisFindsFlowsWrittenInEitherEra() {
        loadFlowsUnder("番号法第19条第7号 別表第二の27の項", "番号法第19条第8号 別表第二(第27項)",
                "番号法第19条第8号に基づく主務省令第2条の表(第48項)");
        LegalBasisParse answer = queries.explain("番号法第19条第8号に基づく主務省令第2条の表(第48項)", null, "2025-03-24");
        assertThat(answer.ok()).isTrue();
        assertThat(answer.bases()).singleElement().satisfies(b -> {
            assertThat(b.key()).isEqualTo("番号法/19/8/別表2/27");
            assertThat(b.flowCount()).isEqualTo(3);
            assertThat(b.known()).isTrue();
            assertThat(b.title()).contains("地方税");
            assertThat(b.era().validFrom()).isEqualTo("2024-05-27");
            assertThat(b.kind()).isEqualTo("提供");
        });
    }

    @Test
    void unparseableCitationIsATypedErrorNotAnException() {
        LegalBasisParse answer = queries.explain("番号法第X条 別表第一の16の項", null, null);
        assertThat(answer.ok()).isFalse();
        assertThat(answer.error().code()).isEqualTo(ErrorCode.UNPARSED_FRAGMENT);
        assertThat(answer.error().fragment()).isEqualTo("第X条");
        assertThat(answer.bases()).extracting(b -> b.key()).containsExactly("番号法/9/1/別表1/16");
    }

    @Test
    void emptyCitationAndBadDateAreTypedErrors() {
        assertThat(queries.explain("  ", null, null).error().code()).isEqualTo(ErrorCode.EMPTY_CITATION);
        LegalBasisParse badDate = queries.explain("番号法第9条第1項", null, "令和5年");
        assertThat(badDate.error().code()).isEqualTo(ErrorCode.INVALID_DATE);
        assertThat(badDate.error().fragment()).isEqualTo("令和5年");
        assertThat(queries.explain("地方税法による", null, null).error().code()).isEqualTo(ErrorCode.NO_BASIS_FOUND);
    }

    @Test
    void listingCountsFlowsAndKeepsGraphOnlyKeys() {
        loadFlowsUnder("番号法第19条第7号 別表第二の27の項", "番号法第19条第11号及び番号条例第5条第1項");
        List<LegalBasisSummary> withFlows = queries.list(new LegalBasisFilter(null, null, null, null, true), null);
        assertThat(withFlows).extracting(LegalBasisSummary::key)
                .contains("番号法/19/8/別表2/27", "番号法/19/11");
        assertThat(withFlows).filteredOn(s -> s.key().equals("番号法/19/11")).singleElement()
                .satisfies(s -> assertThat(s.known()).isFalse());
    }

    @Test
    void listingFiltersByTableTextAndKnownAndLimits() {
        List<LegalBasisSummary> table1 = queries.list(new LegalBasisFilter("別表1", null, null, null, null), null);
        assertThat(table1).hasSize(99).allMatch(s -> s.flowCount() == 0);
        List<LegalBasisSummary> tax = queries.list(new LegalBasisFilter("別表2", null, "地方税", true, null), null);
        assertThat(tax).isNotEmpty().allMatch(s -> s.known() && s.key().startsWith("番号法/19/8/別表2/"));
        assertThat(queries.list(new LegalBasisFilter(null, null, null, false, null), 3)).hasSize(3)
                .allMatch(s -> !s.known());
        assertThat(queries.list(null, 5)).hasSize(5);
    }
}
