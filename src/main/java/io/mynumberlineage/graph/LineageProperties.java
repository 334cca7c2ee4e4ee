package io.mynumberlineage.graph;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the embedded store and of query limits.
 *
 * @param dataDir where the embedded Neo4j keeps its files; outside the build tree by default so
 *     that data survives a rebuild
 * @param boltPort Bolt port of the embedded server, bound to 127.0.0.1 only; 0 picks a free port
 * @param pageCache page cache size; Neo4j's own heuristic would take half of the machine's memory
 * @param txLogRetention how much transaction log the embedded store keeps (Neo4j's
 *     {@code db.tx_log.rotation.retention_policy}). Neo4j keeps two days of it by default, which on a
 *     national load is as large as the store itself (17 GB beside 21 GB); the store is backed up by
 *     exporting manifests, not from its logs
 * @param queryTimeout upper bound for every read transaction the API runs
 * @param demoData whether demo data is loaded when the store holds no assessment
 * @param demoDocuments a folder of one's own 評価書 (or manifests) imported as demo data besides the
 *     manifests shipped in the jar; none by default
 */
@ConfigurationProperties("lineage")
public record LineageProperties(
        @DefaultValue("${user.home}/.mynumber-lineage") Path dataDir,
        @DefaultValue("7687") int boltPort,
        @DefaultValue("256m") String pageCache,
        @DefaultValue("1G size") String txLogRetention,
        @DefaultValue("10s") Duration queryTimeout,
        @DefaultValue("true") boolean demoData,
        @DefaultValue("") String demoDocuments) {

    /** Kept as text until here: Spring would read a relative path as a classpath resource. */
    public Optional<Path> demoDocumentsDir() {
        return demoDocuments == null || demoDocuments.isBlank() ? Optional.empty() : Optional.of(Path.of(demoDocuments));
    }
}
