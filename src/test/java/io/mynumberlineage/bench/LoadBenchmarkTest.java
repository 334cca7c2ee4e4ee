package io.mynumberlineage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mynumberlineage.bench.LoadBenchmark.Kind;
import io.mynumberlineage.bench.LoadBenchmark.Outcome;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the load bench that decide what counts as success; no server needed. */
class LoadBenchmarkTest {

    private static LoadBenchmark bench(String uri) {
        return new LoadBenchmark(URI.create(uri), List.of("PersonalInfoFile:合成0001町/1/f"), List.of("住基"), null,
                new PrintWriter(new StringWriter()));
    }

    @Test
    void refusesAnyAddressButLoopback() {
        assertThat(bench("http://127.0.0.1:8080/graphql")).isNotNull();
        assertThat(bench("http://localhost:8080/graphql")).isNotNull();
        assertThatThrownBy(() -> bench("http://192.0.2.10:8080/graphql")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> bench("http://10.0.0.1/graphql")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void okOnlyWithAnAnswerOfTheAskedKind() throws Exception {
        var bench = bench("http://127.0.0.1:1/graphql");
        assertThat(bench.classify(Kind.TRACE, 200, "{\"data\":{\"trace\":{\"nodes\":[]}}}").outcome()).isEqualTo(Outcome.OK);
        assertThat(bench.classify(Kind.SEARCH, 200, "{\"data\":{\"search\":{\"hits\":[]}}}").outcome()).isEqualTo(Outcome.OK);
        var refused = bench.classify(Kind.TRACE, 200, "{\"data\":{\"trace\":{\"code\":\"NOT_FOUND\",\"message\":\"見つかりません\"}}}");
        assertThat(refused.outcome()).isEqualTo(Outcome.ERROR);
        assertThat(refused.message()).isEqualTo("見つかりません");
        assertThat(bench.classify(Kind.SEARCH, 503, "").outcome()).isEqualTo(Outcome.ERROR);
    }

    @Test
    void theTypedErrorOnlyWhenEveryErrorCarriesIt() throws Exception {
        var bench = bench("http://127.0.0.1:1/graphql");
        String typed = "{\"message\":\"データベースに一時的に接続できません。\",\"extensions\":{\"classification\":\"STORE_UNAVAILABLE\"}}";
        String other = "{\"message\":\"INTERNAL_ERROR for x\",\"extensions\":{\"classification\":\"INTERNAL_ERROR\"}}";
        assertThat(bench.classify(Kind.TRACE, 200, "{\"errors\":[" + typed + "],\"data\":null}").outcome())
                .isEqualTo(Outcome.STORE_UNAVAILABLE);
        assertThat(bench.classify(Kind.TRACE, 200, "{\"errors\":[" + typed + "," + other + "],\"data\":null}").outcome())
                .isEqualTo(Outcome.ERROR);
    }

    @Test
    void percentilesAreNearestRank() {
        double[] sorted = new double[100];
        for (int i = 0; i < 100; i++) {
            sorted[i] = i + 1;
        }
        assertThat(LoadBenchmark.percentile(sorted, 50)).isEqualTo(50);
        assertThat(LoadBenchmark.percentile(sorted, 99)).isEqualTo(99);
        assertThat(LoadBenchmark.percentile(new double[] {7}, 95)).isEqualTo(7);
        assertThat(LoadBenchmark.percentile(new double[0], 95)).isNaN();
    }
}
