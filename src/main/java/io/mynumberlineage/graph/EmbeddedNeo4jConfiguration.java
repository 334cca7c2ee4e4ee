package io.mynumberlineage.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.List;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthToken;
import org.neo4j.driver.AuthTokens;
import org.neo4j.internal.kernel.api.exceptions.ProcedureException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.api.procedure.GlobalProcedures;
import org.neo4j.kernel.internal.GraphDatabaseAPI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.neo4j.autoconfigure.Neo4jConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts Neo4j Community in-process unless {@code spring.neo4j.uri} names an external server.
 *
 * <p>The driver reaches the embedded database over Bolt on 127.0.0.1, exactly as it would reach a
 * server, so the rest of the app cannot tell the two modes apart. Because Boot's driver bean needs
 * {@link Neo4jConnectionDetails}, and that bean needs the DBMS, the DBMS starts before the driver
 * and stops after it.
 *
 * <p>Bolt needs credentials: any process on the machine can reach 127.0.0.1, and the store must not
 * take writes from them. Each start sets a new random password for the {@code neo4j} user (kept in
 * memory, and in {@code <data-dir>/bolt-password} readable by the owner only, for tools that
 * reach a running app's store).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.neo4j.uri", matchIfMissing = true, havingValue = "embedded")
public class EmbeddedNeo4jConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4jConfiguration.class);

    @Bean(destroyMethod = "shutdown")
    EmbeddedDatabase embeddedDatabase(LineageProperties properties, List<StoreProcedure> procedures) {
        int port = properties.boltPort() == 0 ? freePort() : properties.boltPort();
        log.info("埋め込み Neo4j を起動します: {} (Bolt 127.0.0.1:{})", properties.dataDir().toAbsolutePath(), port);
        String password = BoltPassword.generate();
        // A restart of the store within this run keeps the password it already holds.
        var passwordSet = new java.util.concurrent.atomic.AtomicBoolean();
        List<Class<?>> classes = procedures.stream().<Class<?>>map(StoreProcedure::procedureClass).toList();
        return new EmbeddedDatabase(() -> start(properties, port, passwordSet.getAndSet(true) ? null : password, classes),
                URI.create("bolt://127.0.0.1:" + port), password);
    }

    /** @param newPassword the Bolt password to set, or null to keep the stored one */
    private static DatabaseManagementService start(LineageProperties properties, int port, String newPassword,
            List<Class<?>> procedures) {
        var dbms = new DatabaseManagementServiceBuilder(properties.dataDir())
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(properties.pageCache()))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, properties.txLogRetention())
                // While a store fills up its statistics change all the time, and the default (10 s)
                // replans the loader's large statement again and again: seconds each on a busy machine.
                .setConfig(GraphDatabaseSettings.cypher_min_replan_interval, Duration.ofMinutes(5))
                // Default waits make every shutdown take ~12 s; nothing is lost by not waiting.
                .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(500))
                .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(500))
                .build();
        registerProcedures(dbms, procedures);
        if (newPassword != null) {
            BoltPassword.set(dbms, newPassword, properties.dataDir());
        }
        return dbms;
    }

    /** Features that search inside the store (the trace) contribute their procedures; a server lacks them. */
    private static void registerProcedures(DatabaseManagementService dbms, List<Class<?>> procedures) {
        var database = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
        var registry = database.getDependencyResolver().resolveDependency(GlobalProcedures.class);
        for (Class<?> procedure : procedures) {
            try {
                registry.registerProcedure(procedure);
            } catch (ProcedureException e) {
                throw new IllegalStateException("the store procedure " + procedure.getSimpleName() + " could not be registered", e);
            }
        }
    }

    @Bean
    EmbeddedReads embeddedReads(EmbeddedDatabase embeddedDatabase,
            @Value("${spring.neo4j.max-transaction-retry-time:5s}") Duration retryTime) {
        return new EmbeddedReads(embeddedDatabase, retryTime);
    }

    @Bean
    Neo4jConnectionDetails embeddedConnectionDetails(EmbeddedDatabase embeddedDatabase) {
        return new Neo4jConnectionDetails() {
            @Override
            public URI getUri() {
                return embeddedDatabase.boltUri();
            }

            @Override
            public AuthToken getAuthToken() {
                return AuthTokens.basic(BoltPassword.USER, embeddedDatabase.boltPassword());
            }
        };
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
