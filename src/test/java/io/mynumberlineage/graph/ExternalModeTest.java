package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.LineageApplication;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;

/** With spring.neo4j.uri set, the app must not start its own store and must use the named server. */
class ExternalModeTest {

    @Test
    void namedServerIsUsedAndNoEmbeddedStoreStarts() throws Exception {
        int port;
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        // Stands in for a separately run Neo4j server.
        var server = new DatabaseManagementServiceBuilder(Path.of("target", "test-external", UUID.randomUUID().toString()))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(32))
                .build();
        try {
            server.database("neo4j").executeTransactionally(
                    "CREATE (:Organization {id: 'external-marker', name: '外部サーバー市'})");
            Path unusedDataDir = Path.of("target", "test-external-unused", UUID.randomUUID().toString());
            try (var context = new SpringApplicationBuilder(LineageApplication.class)
                    .web(WebApplicationType.NONE)
                    // As arguments: default properties would lose to application.yml (demo-data: true).
                    .run("--spring.neo4j.uri=bolt://127.0.0.1:" + port,
                            "--lineage.data-dir=" + unusedDataDir,
                            "--lineage.demo-data=false")) {
                assertThat(context.getBeansOfType(EmbeddedDatabase.class)).isEmpty();
                assertThat(context.getBean(DatabaseMode.class)).isEqualTo(DatabaseMode.EXTERNAL);
                var status = context.getBean(StatusController.class).status();
                assertThat(status.mode()).isEqualTo(DatabaseMode.EXTERNAL);
                assertThat(status.labels()).contains(new StatusController.LabelCount("Organization", 1));
                assertThat(unusedDataDir).doesNotExist();
            }
        } finally {
            server.shutdown();
        }
    }
}
