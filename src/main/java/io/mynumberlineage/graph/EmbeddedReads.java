package io.mynumberlineage.graph;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.graphdb.Transaction;

/**
 * Read transactions on the embedded store through Neo4j's Java API, in the app's own process. For
 * reads whose answers are large (a trace: hundreds of edges), Bolt's encoding and the driver's
 * decoding cost more than the read itself.
 *
 * <p>Like the driver's managed transactions, a read that meets the store stopped or restarting is
 * retried until {@code retryTime} has passed, then fails with {@link StoreUnavailable}, which the
 * API reports as STORE_UNAVAILABLE.
 */
public final class EmbeddedReads {

    /** The store cannot serve reads now (stopped or restarting). */
    public static final class StoreUnavailable extends RuntimeException {
        StoreUnavailable(Throwable cause) {
            super("the embedded store is not available", cause);
        }
    }

    private static final long PAUSE_MILLIS = 200;

    private final EmbeddedDatabase embedded;
    private final Duration retryTime;

    public EmbeddedReads(EmbeddedDatabase embedded, Duration retryTime) {
        this.embedded = embedded;
        this.retryTime = retryTime;
    }

    /** Runs {@code work} in a read transaction bounded by {@code timeout}. */
    public <T> T read(Duration timeout, Function<Transaction, T> work) {
        long deadline = System.nanoTime() + retryTime.toNanos();
        while (true) {
            GraphDatabaseService database = null;
            try {
                database = embedded.dbms().database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
                try (Transaction tx = database.beginTx(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                    return work.apply(tx);
                }
            } catch (RuntimeException e) {
                // Only a store that is down is worth waiting for; any other failure is the caller's.
                if (database != null && database.isAvailable()) {
                    throw e;
                }
                if (System.nanoTime() > deadline) {
                    throw new StoreUnavailable(e);
                }
                pause(e);
            }
        }
    }

    private static void pause(RuntimeException failure) {
        try {
            Thread.sleep(PAUSE_MILLIS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw failure;
        }
    }
}
