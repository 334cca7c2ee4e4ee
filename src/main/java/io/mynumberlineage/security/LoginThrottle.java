package io.mynumberlineage.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Exponential back-off after failed log-ins, per user name and per address: past the allowed
 * failures each further one doubles the wait (1 s, 2 s, 4 s … up to {@code maxWait}). A success
 * clears the user's count. Guessing a password then takes years instead of hours, while a person
 * who mistypes a few times never notices.
 */
public final class LoginThrottle {

    /**
     * @param userFailures failures of one user name before waits start
     * @param addressFailures failures from one address (any names) before waits start
     * @param maxWait longest wait
     */
    @ConfigurationProperties("lineage.security.login-throttle")
    public record Settings(@DefaultValue("5") int userFailures, @DefaultValue("50") int addressFailures,
            @DefaultValue("5m") Duration maxWait) {
    }

    private record Failures(int count, Instant blockedUntil) {
    }

    private final Settings settings;
    private final Clock clock;
    private final Cache<String, Failures> failures = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterWrite(Duration.ofHours(1)).build();

    public LoginThrottle(Settings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /** How long the caller must still wait before a log-in is tried, zero when it may go ahead. */
    public Duration waitFor(String user, String address) {
        Instant now = clock.instant();
        Duration wait = Duration.ZERO;
        for (String key : new String[] {userKey(user), addressKey(address)}) {
            Failures f = key == null ? null : failures.getIfPresent(key);
            if (f != null && f.blockedUntil().isAfter(now)) {
                Duration left = Duration.between(now, f.blockedUntil());
                wait = left.compareTo(wait) > 0 ? left : wait;
            }
        }
        return wait;
    }

    public void failed(String user, String address) {
        count(userKey(user), settings.userFailures());
        count(addressKey(address), settings.addressFailures());
    }

    public void succeeded(String user) {
        String key = userKey(user);
        if (key != null) {
            failures.invalidate(key);
        }
    }

    private void count(String key, int allowed) {
        if (key == null) {
            return;
        }
        failures.asMap().compute(key, (k, f) -> {
            int count = f == null ? 1 : f.count() + 1;
            int over = count - allowed;
            Duration wait = over <= 0 ? Duration.ZERO
                    : Duration.ofSeconds(1L << Math.min(30, over - 1));
            if (wait.compareTo(settings.maxWait()) > 0) {
                wait = settings.maxWait();
            }
            return new Failures(count, clock.instant().plus(wait));
        });
    }

    private static String userKey(String user) {
        return user == null || user.isBlank() ? null : "user:" + user;
    }

    private static String addressKey(String address) {
        return address == null ? null : "address:" + address;
    }
}
