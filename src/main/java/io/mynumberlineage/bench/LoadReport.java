package io.mynumberlineage.bench;

import io.mynumberlineage.bench.LoadBenchmark.KindFigures;
import io.mynumberlineage.bench.LoadBenchmark.Outage;
import io.mynumberlineage.bench.LoadBenchmark.Result;
import java.time.LocalDate;

/** The figures of a load run as a markdown section for bench/RESULTS.md. */
public final class LoadReport {

    /** Targets of issue 9. */
    public static final double TARGET_P99_MILLIS = 500;

    /** What the store held during the run, for the heading. */
    public record Store(String description, long nodes, long relationships) {
    }

    private LoadReport() {
    }

    public static String markdown(Result result, Store store, String machine) {
        var s = result.settings();
        var text = new StringBuilder();
        text.append(String.format("### %s — bench load: %d クライアント × %d 秒%s%s%n%n", LocalDate.now(), s.clients(),
                s.duration().toSeconds(), s.thinkTime().isZero() ? "" : String.format("、平均 %.1f 秒の間隔",
                        s.thinkTime().toMillis() / 1000.0),
                s.restartAt() == null ? "" : "、" + s.restartAt().toSeconds() + " 秒で DB 再起動"));
        text.append(String.format("- store: %s (%,d nodes, %,d relationships)%n", store.description(), store.nodes(),
                store.relationships()));
        text.append(String.format("- mix: %.0f %% trace (maxHops %d) / %.0f %% search, HTTP POST /graphql on 127.0.0.1, "
                + "request timeout %d s, at most %d requests per client%n", s.traceShare() * 100, s.maxHops(),
                (1 - s.traceShare()) * 100, s.requestTimeout().toSeconds(), s.maxRequestsPerClient()));
        text.append(s.thinkTime().isZero()
                ? "- clients: no pause between requests (each client sends its next request as soon as it has an answer)\n"
                : String.format("- clients: pause between requests exponentially distributed, mean %.1f s%n",
                        s.thinkTime().toMillis() / 1000.0));
        if (!s.warmup().isZero()) {
            text.append(String.format("- warm-up before the measurement: %d s, %,d requests, %d errors (not in the figures below)%n",
                    s.warmup().toSeconds(), result.warmup().requests(), result.warmup().errors()));
        }
        if (!machine.isBlank()) {
            text.append("- machine: ").append(machine).append('\n');
        }
        text.append(String.format("- **%,d requests in %.1f s → %.1f successful queries/s**; errors: %d typed "
                + "STORE_UNAVAILABLE, %d other%n%n", result.requests(), result.seconds(), result.perSecond(),
                result.typedErrors(), result.otherErrors()));
        text.append("| query | requests | ok | STORE_UNAVAILABLE | other errors | p50 ms | p95 ms | p99 ms | max ms |\n");
        text.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (KindFigures k : result.kinds()) {
            text.append(String.format("| %s | %d | %d | %d | %d | %.1f | %.1f | %.1f | %.1f |%n", k.kind().name().toLowerCase(),
                    k.requests(), k.ok(), k.typedErrors(), k.otherErrors(), k.p50(), k.p95(), k.p99(), k.max()));
        }
        var otherMessages = result.samples().stream().filter(x -> x.outcome() == LoadBenchmark.Outcome.ERROR)
                .collect(java.util.stream.Collectors.groupingBy(x -> String.valueOf(x.message()), java.util.TreeMap::new,
                        java.util.stream.Collectors.counting()));
        if (!otherMessages.isEmpty()) {
            text.append("\nOther errors: ");
            otherMessages.forEach((message, n) -> text.append(n).append(" × 「").append(message).append("」 "));
            text.append('\n');
        }
        Outage o = result.outage();
        if (o != null) {
            text.append(String.format("%nRestart of the embedded store at %.1f s (same data directory and Bolt port, the app "
                    + "not restarted): unreachable for **%.1f s**; %d requests overlapped the outage, of which %d succeeded "
                    + "(driver retries), %d got the typed STORE_UNAVAILABLE error and %d another error; the slowest failed "
                    + "request took %.0f ms. First success %.2f s after the store was back; last failure ended %.2f s after "
                    + "it; %d failures among requests started after it.%n", o.stoppedAt(), o.down(), o.requestsInWindow(),
                    o.okInWindow(), o.typedErrorsInWindow(), o.otherErrorsInWindow(), o.maxFailureMillis(),
                    o.firstSuccessAfterUp(), o.lastFailureAfterUp(), o.failuresStartedAfterUp()));
        }
        boolean p99Met = result.kinds().stream().allMatch(k -> k.p99() < TARGET_P99_MILLIS);
        boolean noErrors = result.typedErrors() + result.otherErrors() + result.warmup().errors() == 0;
        text.append(String.format("%nTargets: 0 errors — %s; p99 < %.0f ms — %s.%n", noErrors ? "met"
                : (o != null && result.otherErrors() == 0 ? "only typed errors, during the outage" : "**not met**"),
                TARGET_P99_MILLIS, p99Met ? "met" : "**not met**"));
        return text.toString();
    }
}
