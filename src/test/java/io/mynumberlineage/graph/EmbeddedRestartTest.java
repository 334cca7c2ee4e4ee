package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.LineageApplication;
import io.mynumberlineage.bench.LoadBenchmark;
import io.mynumberlineage.bench.LoadBenchmark.Outcome;
import io.mynumberlineage.bench.LoadBenchmark.Sample;
import io.mynumberlineage.bench.SyntheticLoad;
import io.mynumberlineage.bench.SyntheticNationalGraph;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Fault test: the embedded store is stopped and started again under load while the app keeps
 * running. Its own context and store (not AppTestSupport's): restarting the shared store would
 * disturb every other test.
 */
class EmbeddedRestartTest {

    /** Short, so that requests during the outage give up while the store is still down. */
    private static final Duration RETRY = Duration.ofSeconds(2);
    /** Every request started this long after the store is back must succeed. */
    private static final Duration RECOVERY = Duration.ofSeconds(8);

    @Test
    void appRecoversFromAStoreRestartWithoutRestartingAndFailsFastWithATypedErrorMeanwhile() throws Exception {
        Path store = Path.of("target", "test-restart-neo4j", UUID.randomUUID().toString());
        try (var context = new SpringApplicationBuilder(LineageApplication.class).web(WebApplicationType.SERVLET)
                .logStartupInfo(false)
                .run("--server.port=0", "--lineage.data-dir=" + store, "--lineage.bolt-port=0", "--lineage.demo-data=false",
                        // Eight load clients from one address, as in bench load: not one person to throttle.
                        "--lineage.client-limits.enabled=false",
                        "--spring.neo4j.max-transaction-retry-time=" + RETRY.toSeconds() + "s")) {
            var graph = new SyntheticNationalGraph("合成", 2, 5, 7);
            SyntheticLoad.load(context.getBean(ManifestLoader.class), graph, 1);
            var checksum = context.getBean(GraphChecksum.class);
            var before = checksum.compute();
            List<String> files;
            try (var session = context.getBean(Driver.class).session()) {
                files = session.run("MATCH (f:PersonalInfoFile) WHERE f.municipality STARTS WITH '合成' "
                        + "RETURN 'PersonalInfoFile:' + f.id ORDER BY f.id").list(r -> r.get(0).asString());
            }
            int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
            var embedded = context.getBean(EmbeddedDatabase.class);
            URI bolt = embedded.boltUri();
            var log = new StringWriter();
            var benchmark = new LoadBenchmark(URI.create("http://127.0.0.1:" + port + "/graphql"), files,
                    List.of("住民基本台帳", "住基", graph.municipality(0), graph.municipality(1)), embedded::restart,
                    new PrintWriter(log));

            // The store stays down longer than the driver retries, so requests must come back with the typed error.
            // 40 s: a restart takes 5-16 s on a busy machine, and some time must remain after RECOVERY.
            var result = benchmark.run(new LoadBenchmark.Settings(8, Duration.ofSeconds(40), 2_000, Duration.ofSeconds(30),
                    0.5, 4, Duration.ofSeconds(3), RETRY.multipliedBy(2), 11, Duration.ZERO, Duration.ZERO));

            var outage = result.outage();
            assertThat(outage).as(log.toString()).isNotNull();
            List<Sample> failures = result.samples().stream().filter(s -> s.outcome() != Outcome.OK).toList();
            assertThat(failures).as("only the typed error, never another failure").allSatisfy(s -> {
                assertThat(s.outcome()).isEqualTo(Outcome.STORE_UNAVAILABLE);
                assertThat(s.message()).isEqualTo(StoreUnavailableExceptionResolver.MESSAGE);
            });
            assertThat(result.typedErrors()).as("requests during the outage").isPositive();
            // Fail fast: the driver's retry time plus its last back-off (about 2 × RETRY), with generous slack for a
            // crowded machine; far below the client's 30 s timeout, i.e. never a hang.
            assertThat(outage.maxFailureMillis()).isLessThan(RETRY.toMillis() * 2 + 11_000);

            long upNanos = (long) ((outage.stoppedAt() + outage.down()) * 1e9);
            List<Sample> recovered = result.samples().stream()
                    .filter(s -> s.start() >= upNanos + RECOVERY.toNanos()).toList();
            assertThat(recovered).as("requests after the store is back").isNotEmpty()
                    .allSatisfy(s -> assertThat(s.outcome()).isEqualTo(Outcome.OK));
            assertThat(embedded.boltUri()).isEqualTo(bolt);
            assertThat(checksum.compute()).isEqualTo(before);
        }
    }
}
