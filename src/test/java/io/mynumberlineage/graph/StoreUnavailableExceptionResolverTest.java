package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

class StoreUnavailableExceptionResolverTest {

    @Test
    void anUnreachableStoreIsRecognisedAlsoWhenWrapped() {
        assertThat(StoreUnavailableExceptionResolver.isUnavailable(new ServiceUnavailableException("down"))).isTrue();
        assertThat(StoreUnavailableExceptionResolver.isUnavailable(new SessionExpiredException("gone"))).isTrue();
        assertThat(StoreUnavailableExceptionResolver.isUnavailable(
                new IllegalStateException(new ServiceUnavailableException("down")))).isTrue();
        assertThat(StoreUnavailableExceptionResolver.isUnavailable(
                new TransientException("Neo.TransientError.General.DatabaseUnavailable", "starting"))).isTrue();
    }

    @Test
    void otherFailuresAreLeftToTheOtherResolvers() {
        assertThat(StoreUnavailableExceptionResolver.isUnavailable(
                new TransientException("Neo.TransientError.Transaction.DeadlockDetected", "deadlock"))).isFalse();
        assertThat(StoreUnavailableExceptionResolver.isUnavailable(
                new ClientException("Neo.ClientError.Statement.SyntaxError", "bad"))).isFalse();
        assertThat(StoreUnavailableExceptionResolver.isUnavailable(new IllegalArgumentException("x"))).isFalse();
    }

    @Test
    void aQueryPastItsTimeoutIsATimeoutNotAnOutage() {
        var timedOut = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", "terminated");
        assertThat(StoreUnavailableExceptionResolver.isUnavailable(timedOut)).isFalse();
    }
}
