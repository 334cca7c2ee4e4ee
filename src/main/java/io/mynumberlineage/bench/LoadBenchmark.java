package io.mynumberlineage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Concurrent GraphQL clients over HTTP against a running app on the loopback interface: a mix of
 * trace and search queries for a bounded time and a bounded number of requests per client,
 * optionally with a restart of the embedded store in the middle. Every request is recorded with
 * its start, end and outcome, so latency, throughput and the outage window are computed afterwards.
 */
public final class LoadBenchmark {

    public enum Kind { TRACE, SEARCH }

    /** STORE_UNAVAILABLE is the typed error the app gives while its store cannot be reached. */
    public enum Outcome { OK, STORE_UNAVAILABLE, ERROR }

    /**
     * @param traceShare fraction of requests that are traces (the rest are searches)
     * @param restartAt when to restart the store, from the start of the run; null for no restart
     * @param downtime how long the store stays down during the restart
     * @param warmup how long the clients run before the measured run, unrecorded except for errors,
     *     so that the figures are those of a warmed-up JVM
     * @param thinkTime mean pause of a client between its requests (exponentially distributed, as
     *     people's are); zero keeps every client sending, which saturates the server
     */
    public record Settings(int clients, Duration duration, int maxRequestsPerClient, Duration requestTimeout,
            double traceShare, int maxHops, Duration restartAt, Duration downtime, long seed, Duration warmup,
            Duration thinkTime) {
    }

    /** Times in nanoseconds from the start of the run. */
    public record Sample(Kind kind, long start, long end, Outcome outcome, String message) {

        double millis() {
            return (end - start) / 1e6;
        }
    }

    public record KindFigures(Kind kind, int requests, int ok, int typedErrors, int otherErrors, double p50, double p95,
            double p99, double max) {
    }

    /**
     * @param stoppedAt when the store went down, s from the start
     * @param down how long it was unreachable, s
     * @param firstSuccessAfterUp from the store being up again to the end of the first successful request started after that, s
     * @param lastFailureAfterUp from the store being up again to the end of the last failed request, s (0 if none)
     */
    public record Outage(double stoppedAt, double down, int requestsInWindow, int okInWindow, int typedErrorsInWindow,
            int otherErrorsInWindow, double maxFailureMillis, double firstSuccessAfterUp, double lastFailureAfterUp,
            int failuresStartedAfterUp) {
    }

    /** @param warmup the warm-up's requests, counted for their errors only */
    public record Result(Settings settings, double seconds, int requests, double perSecond, List<KindFigures> kinds,
            int typedErrors, int otherErrors, Outage outage, List<Sample> samples, Warmup warmup) {
    }

    public record Warmup(int requests, int errors) {
    }

    /** Restarts the store; returns when it answers Bolt again. */
    @FunctionalInterface
    public interface Restarter {
        void restart(Duration downtime) throws InterruptedException;
    }

    static final String TRACE = """
            query($from: ID!, $hops: Int) {
              trace(from: $from, maxHops: $hops) {
                ... on Trace { nodes { hops node { id kind name } } edges { from to step useBasis flow { id } } leftOut { nodes } }
                ... on InputError { code message }
              }
            }""";

    static final String SEARCH = """
            query($text: String!) {
              search(text: $text, first: 20) {
                ... on SearchHits { hits { score node { id kind name } } }
                ... on InputError { code message }
              }
            }""";

    private final URI graphql;
    private final List<String> traceStarts;
    private final List<String> searchTexts;
    private final Restarter restarter;
    private final PrintWriter out;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http;

    /**
     * @param graphql the app's /graphql address; must be a loopback address
     * @param traceStarts GraphQL ids ({@code PersonalInfoFile:…}) to trace from
     * @param restarter restarts the store, or null when the run must not restart it
     */
    public LoadBenchmark(URI graphql, List<String> traceStarts, List<String> searchTexts, Restarter restarter,
            PrintWriter out) {
        requireLoopback(graphql);
        if (traceStarts.isEmpty() || searchTexts.isEmpty()) {
            throw new IllegalArgumentException("no trace starts or search texts");
        }
        this.graphql = graphql;
        this.traceStarts = List.copyOf(traceStarts);
        this.searchTexts = List.copyOf(searchTexts);
        this.restarter = restarter;
        this.out = out;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** A load test must never be pointed at another machine. */
    static void requireLoopback(URI uri) {
        try {
            if (uri.getHost() == null || !InetAddress.getByName(uri.getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("load tests run against the loopback interface only: " + uri);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host: " + uri, e);
        }
    }

    public Result run(Settings settings) throws Exception {
        if (settings.restartAt() != null && restarter == null) {
            throw new IllegalArgumentException("a restart was asked for but this store cannot be restarted");
        }
        ExecutorService pool = Executors.newFixedThreadPool(settings.clients() + 1);
        try {
            Warmup warmup = warmup(pool, settings);
            long origin = System.nanoTime();
            long[] outage = {-1, -1};
            Future<?> restart = settings.restartAt() == null ? null : pool.submit(() -> {
                TimeUnit.NANOSECONDS.sleep(origin + settings.restartAt().toNanos() - System.nanoTime());
                outage[0] = System.nanoTime() - origin;
                out.printf("%.1f 秒: データベースを停止・再起動します%n", outage[0] / 1e9);
                out.flush();
                restarter.restart(settings.downtime());
                outage[1] = System.nanoTime() - origin;
                out.printf("%.1f 秒: データベースが再開しました（停止 %.1f 秒）%n", outage[1] / 1e9, (outage[1] - outage[0]) / 1e9);
                out.flush();
                return null;
            });
            List<Sample> samples = clients(pool, settings, origin, settings.duration(), 31);
            if (restart != null) {
                restart.get();
            }
            double seconds = (System.nanoTime() - origin) / 1e9;
            return result(settings, samples, seconds, outage[0] < 0 ? null : outage(samples, outage[0], outage[1]), warmup);
        } finally {
            pool.shutdownNow();
        }
    }

    private Warmup warmup(ExecutorService pool, Settings settings) throws Exception {
        if (settings.warmup().isZero()) {
            return new Warmup(0, 0);
        }
        out.printf("%d 秒間の暖機運転（集計しません）…%n", settings.warmup().toSeconds());
        out.flush();
        List<Sample> samples = clients(pool, settings, System.nanoTime(), settings.warmup(), 17);
        return new Warmup(samples.size(), samples.size() - count(samples, Outcome.OK));
    }

    /** Every client sends requests for {@code length} from {@code origin}; their samples, timed from it. */
    private List<Sample> clients(ExecutorService pool, Settings settings, long origin, Duration length, long salt)
            throws Exception {
        long deadline = origin + length.toNanos();
        List<Future<List<Sample>>> futures = new ArrayList<>();
        for (int c = 0; c < settings.clients(); c++) {
            var random = new Random(settings.seed() * salt + c);
            futures.add(pool.submit(() -> client(settings, random, origin, deadline)));
        }
        List<Sample> samples = new ArrayList<>();
        for (Future<List<Sample>> future : futures) {
            samples.addAll(future.get());
        }
        return samples;
    }

    private List<Sample> client(Settings settings, Random random, long origin, long deadline) {
        List<Sample> samples = new ArrayList<>();
        for (int i = 0; i < settings.maxRequestsPerClient() && System.nanoTime() < deadline; i++) {
            Kind kind = random.nextDouble() < settings.traceShare() ? Kind.TRACE : Kind.SEARCH;
            Map<String, Object> request = kind == Kind.TRACE
                    ? Map.of("query", TRACE, "variables", Map.of("from", pick(traceStarts, random), "hops", settings.maxHops()))
                    : Map.of("query", SEARCH, "variables", Map.of("text", pick(searchTexts, random)));
            long start = System.nanoTime();
            Outcome outcome;
            String message;
            try {
                var response = http.send(HttpRequest.newBuilder(graphql).timeout(settings.requestTimeout())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(request))).build(),
                        HttpResponse.BodyHandlers.ofString());
                var classified = classify(kind, response.statusCode(), response.body());
                outcome = classified.outcome();
                message = classified.message();
            } catch (IOException e) {
                outcome = Outcome.ERROR;
                message = e.getClass().getSimpleName() + ": " + e.getMessage();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            samples.add(new Sample(kind, start - origin, System.nanoTime() - origin, outcome, message));
            if (!think(settings.thinkTime(), random, deadline)) {
                break;
            }
        }
        return samples;
    }

    record Classified(Outcome outcome, String message) {
    }

    /** OK only with an answer of the expected type; the typed error only when every error carries it. */
    Classified classify(Kind kind, int status, String body) throws IOException {
        if (status != 200) {
            return new Classified(Outcome.ERROR, "HTTP " + status);
        }
        JsonNode response = json.readTree(body);
        JsonNode errors = response.path("errors");
        if (!errors.isMissingNode() && !errors.isEmpty()) {
            boolean typed = true;
            for (JsonNode error : errors) {
                typed &= "STORE_UNAVAILABLE".equals(error.path("extensions").path("classification").asText());
            }
            return new Classified(typed ? Outcome.STORE_UNAVAILABLE : Outcome.ERROR, errors.get(0).path("message").asText());
        }
        JsonNode data = response.path("data").path(kind == Kind.TRACE ? "trace" : "search");
        boolean answered = kind == Kind.TRACE ? data.path("nodes").isArray() : data.path("hits").isArray();
        return answered ? new Classified(Outcome.OK, null)
                : new Classified(Outcome.ERROR, data.path("message").asText("empty answer"));
    }

    /** Pauses like a person between two requests; false when interrupted. */
    private static boolean think(Duration mean, Random random, long deadline) {
        if (mean.isZero()) {
            return true;
        }
        long pause = (long) (-Math.log(1 - random.nextDouble()) * mean.toNanos());
        try {
            TimeUnit.NANOSECONDS.sleep(Math.max(0, Math.min(pause, deadline - System.nanoTime())));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String pick(List<String> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    private static Result result(Settings settings, List<Sample> samples, double seconds, Outage outage, Warmup warmup) {
        List<KindFigures> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            List<Sample> ofKind = samples.stream().filter(s -> s.kind() == kind).toList();
            double[] millis = ofKind.stream().filter(s -> s.outcome() == Outcome.OK).mapToDouble(Sample::millis).sorted().toArray();
            kinds.add(new KindFigures(kind, ofKind.size(), millis.length, count(ofKind, Outcome.STORE_UNAVAILABLE),
                    count(ofKind, Outcome.ERROR), percentile(millis, 50), percentile(millis, 95), percentile(millis, 99),
                    millis.length == 0 ? Double.NaN : millis[millis.length - 1]));
        }
        List<Sample> sorted = new ArrayList<>(samples);
        sorted.sort((a, b) -> Long.compare(a.start(), b.start()));
        return new Result(settings, seconds, samples.size(), count(samples, Outcome.OK) / seconds, kinds,
                count(samples, Outcome.STORE_UNAVAILABLE), count(samples, Outcome.ERROR), outage, Collections.unmodifiableList(sorted),
                warmup);
    }

    private static Outage outage(List<Sample> samples, long stopped, long up) {
        List<Sample> inWindow = samples.stream().filter(s -> s.start() < up && s.end() > stopped).toList();
        List<Sample> failures = samples.stream().filter(s -> s.outcome() != Outcome.OK).toList();
        double firstSuccess = samples.stream().filter(s -> s.start() >= up && s.outcome() == Outcome.OK)
                .mapToLong(Sample::end).min().stream().mapToDouble(end -> (end - up) / 1e9).findFirst().orElse(Double.NaN);
        double lastFailure = failures.stream().mapToLong(Sample::end).max().stream()
                .mapToDouble(end -> Math.max(0, (end - up) / 1e9)).findFirst().orElse(0);
        return new Outage(stopped / 1e9, (up - stopped) / 1e9, inWindow.size(), count(inWindow, Outcome.OK),
                count(inWindow, Outcome.STORE_UNAVAILABLE), count(inWindow, Outcome.ERROR),
                failures.stream().mapToDouble(Sample::millis).max().orElse(0),
                firstSuccess, lastFailure, (int) failures.stream().filter(s -> s.start() >= up).count());
    }

    private static int count(List<Sample> samples, Outcome outcome) {
        return (int) samples.stream().filter(s -> s.outcome() == outcome).count();
    }

    static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    /** Search texts: the names every municipality's documents use, and a few municipalities' own names. */
    public static List<String> searchTexts(List<String> municipalities, long seed) {
        List<String> texts = new ArrayList<>(Arrays.asList("住民基本台帳", "住基", "税務システム", "中間サーバー",
                "統合宛名", "国民健康保険", "子育て支援", "介護保険", "個人番号", "情報照会者"));
        var random = new Random(seed);
        for (int i = 0; i < 10; i++) {
            texts.add(municipalities.get(random.nextInt(municipalities.size())));
        }
        return texts;
    }
}
