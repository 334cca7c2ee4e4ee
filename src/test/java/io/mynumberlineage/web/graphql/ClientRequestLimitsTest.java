package io.mynumberlineage.web.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.web.graphql.ClientRequestLimits.Verdict;
import org.junit.jupiter.api.Test;

class ClientRequestLimitsTest {

    @Test
    void aClientHasItsOwnPlacesAtOnce() {
        var limits = new ClientRequestLimits(new ClientRequestLimits.Settings(true, 2, 1000, 1000));
        assertThat(limits.admit("a")).isEqualTo(Verdict.ADMITTED);
        assertThat(limits.admit("a")).isEqualTo(Verdict.ADMITTED);
        assertThat(limits.admit("a")).isEqualTo(Verdict.TOO_MANY_AT_ONCE);
        assertThat(limits.admit("b")).as("another client is not affected").isEqualTo(Verdict.ADMITTED);
        limits.release("a");
        assertThat(limits.admit("a")).isEqualTo(Verdict.ADMITTED);
    }

    @Test
    void aBurstIsAllowedThenTheRateApplies() {
        var limits = new ClientRequestLimits(new ClientRequestLimits.Settings(true, 100, 1, 3));
        for (int i = 0; i < 3; i++) {
            assertThat(limits.admit("a")).isEqualTo(Verdict.ADMITTED);
            limits.release("a");
        }
        assertThat(limits.admit("a")).isEqualTo(Verdict.TOO_FAST);
        assertThat(limits.admit("b")).isEqualTo(Verdict.ADMITTED);
    }
}
