package io.mynumberlineage.web.graphql;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much one client (a logged-in user, or an address for anonymous callers) may ask of the API:
 * requests in flight at once and requests per second with a burst. One client cannot then take
 * every worker of the server, whatever each request costs.
 */
public final class ClientRequestLimits {

    /**
     * @param enabled off for load benchmarks, whose clients all come from one address
     * @param concurrent requests of one client being answered at the same time
     * @param perSecond sustained requests per second of one client
     * @param burst requests one client may send at once before the rate applies
     */
    @ConfigurationProperties("lineage.client-limits")
    public record Settings(@DefaultValue("true") boolean enabled, @DefaultValue("8") int concurrent,
            @DefaultValue("50") int perSecond, @DefaultValue("200") int burst) {
    }

    /** One client's allowance. */
    private record Allowance(Semaphore inFlight, Bucket rate) {
    }

    /** What a request got: a permit to release when answered, or the reason it must wait. */
    public enum Verdict { ADMITTED, TOO_MANY_AT_ONCE, TOO_FAST }

    private final Settings settings;
    private final Cache<String, Allowance> clients = Caffeine.newBuilder().maximumSize(100_000)
            .expireAfterAccess(Duration.ofMinutes(10)).build();

    public ClientRequestLimits(Settings settings) {
        this.settings = settings;
    }

    public boolean enabled() {
        return settings.enabled();
    }

    /** Takes a place for the client; {@link #release} must follow an ADMITTED verdict. */
    public Verdict admit(String client) {
        Allowance allowance = clients.get(client, key -> new Allowance(new Semaphore(settings.concurrent()),
                Bucket.builder().addLimit(Bandwidth.builder().capacity(settings.burst())
                        .refillGreedy(settings.perSecond(), Duration.ofSeconds(1)).build()).build()));
        if (!allowance.rate().tryConsume(1)) {
            return Verdict.TOO_FAST;
        }
        return allowance.inFlight().tryAcquire() ? Verdict.ADMITTED : Verdict.TOO_MANY_AT_ONCE;
    }

    public void release(String client) {
        Allowance allowance = clients.getIfPresent(client);
        if (allowance != null) {
            allowance.inFlight().release();
        }
    }
}
