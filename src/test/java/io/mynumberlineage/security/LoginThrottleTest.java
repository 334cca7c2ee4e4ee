package io.mynumberlineage.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private Instant now = Instant.parse("2026-12-07T00:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };
    private final LoginThrottle throttle = new LoginThrottle(new LoginThrottle.Settings(3, 10, Duration.ofMinutes(5)), clock);

    @Test
    void waitsDoubleAfterTheAllowedFailuresOfOneUser() {
        for (int i = 0; i < 3; i++) {
            throttle.failed("auditor", "10.0.0.1");
        }
        assertThat(throttle.waitFor("auditor", "10.0.0.2")).isZero();
        throttle.failed("auditor", "10.0.0.1");
        assertThat(throttle.waitFor("auditor", "10.0.0.2")).isEqualTo(Duration.ofSeconds(1));
        throttle.failed("auditor", "10.0.0.1");
        assertThat(throttle.waitFor("auditor", "10.0.0.2")).isEqualTo(Duration.ofSeconds(2));
        throttle.failed("auditor", "10.0.0.1");
        assertThat(throttle.waitFor("auditor", "10.0.0.2")).isEqualTo(Duration.ofSeconds(4));
        assertThat(throttle.waitFor("admin", "10.0.0.2")).as("another user elsewhere").isZero();
        now = now.plusSeconds(5);
        assertThat(throttle.waitFor("auditor", "10.0.0.2")).isZero();
    }

    @Test
    void manyNamesFromOneAddressAreThrottledByAddressAndTheWaitIsCapped() {
        for (int i = 0; i < 40; i++) {
            throttle.failed("guess" + i, "10.0.0.9");
        }
        assertThat(throttle.waitFor("someone-new", "10.0.0.9")).isEqualTo(Duration.ofMinutes(5));
        assertThat(throttle.waitFor("someone-new", "10.0.0.8")).isZero();
    }

    @Test
    void aSuccessClearsTheUsersCount() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("auditor", "10.0.0.1");
        }
        throttle.succeeded("auditor");
        assertThat(throttle.waitFor("auditor", "10.0.0.3")).isZero();
    }
}
