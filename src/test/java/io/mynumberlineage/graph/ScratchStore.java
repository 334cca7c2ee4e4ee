package io.mynumberlineage.graph;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * A throw-away embedded store with the project's schema, reached over Bolt like the app reaches
 * its own: for tests that compare two stores or break one on purpose, away from the shared context.
 */
final class ScratchStore implements AutoCloseable {

    private final DatabaseManagementService dbms;
    private final Driver driver;

    ScratchStore() {
        int port = freePort();
        dbms = new DatabaseManagementServiceBuilder(Path.of("target", "scratch-stores", UUID.randomUUID().toString()))
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(64))
                .build();
        for (String statement : migrationStatements()) {
            database().executeTransactionally(statement);
        }
        try (var tx = database().beginTx()) {
            tx.schema().awaitIndexesOnline(2, TimeUnit.MINUTES);
        }
        driver = GraphDatabase.driver("bolt://127.0.0.1:" + port, AuthTokens.none());
    }

    GraphDatabaseService database() {
        return dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
    }

    Driver driver() {
        return driver;
    }

    /**
     * Every node (labels and properties) and relationship (type, end keys, properties) as sorted
     * lines; load timestamps are left out, they differ between two loads of the same data.
     */
    List<String> dump() {
        try (var session = driver.session()) {
            List<String> lines = new ArrayList<>(session.run("MATCH (n) RETURN labels(n) AS labels, properties(n) AS p")
                    .list(r -> r.get("labels").asList() + " " + render(r.get("p").asMap())));
            lines.addAll(session.run("""
                    MATCH (a)-[r]->(b)
                    RETURN type(r) AS type, coalesce(a.id, a.key, a.name) AS from, coalesce(b.id, b.key, b.name) AS to,
                           properties(r) AS p
                    """).list(r -> r.get("type").asString() + " " + r.get("from").asString() + " > "
                    + r.get("to").asString() + " " + render(r.get("p").asMap())));
            lines.sort(null);
            return lines;
        }
    }

    private static String render(Map<String, Object> properties) {
        var sorted = new TreeMap<String, Object>(properties);
        sorted.remove("loadedAt");
        StringBuilder line = new StringBuilder();
        sorted.forEach((k, v) -> line.append(k).append('=')
                .append(v instanceof byte[] bytes ? Arrays.toString(bytes) : String.valueOf(v)).append(';'));
        return line.toString();
    }

    @Override
    public void close() {
        driver.close();
        dbms.shutdown();
    }

    private static List<String> migrationStatements() {
        try (Stream<Path> files = Files.list(Path.of("cypher"))) {
            List<String> statements = new ArrayList<>();
            for (Path file : files.sorted().toList()) {
                String text = Files.readString(file).replaceAll("(?m)^//.*$", "");
                for (String statement : text.split(";")) {
                    if (!statement.isBlank()) {
                        statements.add(statement);
                    }
                }
            }
            return statements;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
