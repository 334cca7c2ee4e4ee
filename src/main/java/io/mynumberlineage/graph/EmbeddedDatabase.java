package io.mynumberlineage.graph;

import java.net.URI;
import java.time.Duration;
import java.util.function.Supplier;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process DBMS and the Bolt address the driver uses to reach it.
 *
 * <p>{@link #restart(Duration)} stops the DBMS and starts it again on the same data directory and
 * Bolt port. Nothing keeps the old DBMS: the driver's pool reconnects on its own once the port
 * answers again, and in-process reads ({@link EmbeddedReads}) ask {@link #dbms()} afresh on each
 * attempt; the app is not restarted.
 */
public final class EmbeddedDatabase {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);

    private final Supplier<DatabaseManagementService> starter;
    private final URI boltUri;
    private final String boltPassword;
    private volatile DatabaseManagementService dbms;

    /** @param starter builds and starts the DBMS; called once now and again on every restart */
    public EmbeddedDatabase(Supplier<DatabaseManagementService> starter, URI boltUri, String boltPassword) {
        this.starter = starter;
        this.boltUri = boltUri;
        this.boltPassword = boltPassword;
        this.dbms = starter.get();
    }

    public DatabaseManagementService dbms() {
        return dbms;
    }

    public URI boltUri() {
        return boltUri;
    }

    /** The password of {@link BoltPassword#USER} for this run of the store. */
    public String boltPassword() {
        return boltPassword;
    }

    /**
     * Stops the DBMS, waits {@code downtime} (to hold an outage open in fault tests) and starts it
     * again; returns how long the store was unreachable.
     */
    public synchronized Duration restart(Duration downtime) throws InterruptedException {
        long started = System.nanoTime();
        log.warn("埋め込み Neo4j を再起動します（{}）", boltUri);
        dbms.shutdown();
        Thread.sleep(downtime.toMillis());
        dbms = starter.get();
        Duration down = Duration.ofNanos(System.nanoTime() - started);
        log.warn("埋め込み Neo4j を再起動しました（停止 {} ms）", down.toMillis());
        return down;
    }

    public synchronized void shutdown() {
        dbms.shutdown();
    }
}
