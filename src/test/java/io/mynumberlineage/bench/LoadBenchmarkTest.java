package io.mynumberlineage.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.mynumberlineage.bench.LoadBenchmark.Kind;
import io.mynumberlineage.bench.LoadBenchmark.Outcome;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
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

    /** A stand-in GraphQL endpoint on loopback that answers every request with an empty answer of the asked kind. */
    static {
        // Without it the JDK server's small writes wait for delayed ACKs: ~40 ms a request.
        System.setProperty("sun.net.httpserver.nodelay", "true");
    }

    private static HttpServer answering(AtomicInteger received) throws IOException {
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/graphql", exchange -> {
            String request = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            byte[] body = (request.contains("trace(") ? "{\"data\":{\"trace\":{\"nodes\":[]}}}"
                    : "{\"data\":{\"search\":{\"hits\":[]}}}").getBytes(StandardCharsets.UTF_8);
            received.incrementAndGet();
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
        return server;
    }

    private static LoadBenchmark.Result run(HttpServer server, Duration warmup, Duration thinkTime) throws Exception {
        var bench = new LoadBenchmark(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql"),
                List.of("PersonalInfoFile:合成0001町/1/f"), List.of("住基"), null, new PrintWriter(new StringWriter()));
        return bench.run(new LoadBenchmark.Settings(2, Duration.ofSeconds(1), 100_000, Duration.ofSeconds(5), 0.5, 4, null,
                Duration.ZERO, 3, warmup, thinkTime));
    }

    @Test
    void theWarmUpIsSentButNotMeasured() throws Exception {
        var received = new AtomicInteger();
        var server = answering(received);
        try {
            var result = run(server, Duration.ofMillis(500), Duration.ZERO);
            assertThat(result.warmup().requests()).isPositive();
            assertThat(result.warmup().errors()).isZero();
            assertThat(result.requests() + result.warmup().requests()).isEqualTo(received.get());
            assertThat(result.samples()).allSatisfy(s -> assertThat(s.start()).isNotNegative());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void clientsThatThinkSendFewerRequests() throws Exception {
        var received = new AtomicInteger();
        var server = answering(received);
        try {
            int busy = run(server, Duration.ZERO, Duration.ZERO).requests();
            var thinking = run(server, Duration.ZERO, Duration.ofMillis(500));
            // Two clients pausing 500 ms on average send about 6 requests in a second; busy ones, dozens at least.
            assertThat(thinking.requests()).isBetween(2, 20);
            assertThat(busy).isGreaterThan(thinking.requests() * 3);
        } finally {
            server.stop(0);
        }
    }
}
