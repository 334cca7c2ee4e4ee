package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import io.mynumberlineage.AppTestSupport;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.GraphDatabase;
import org.springframework.beans.factory.annotation.Autowired;

class EmbeddedNeo4jTest extends AppTestSupport {

    @Autowired
    EmbeddedDatabase embedded;

    @Autowired
    DatabaseMode mode;

    @Test
    void boltListensOnLoopbackOnly() {
        assertThat(embedded.boltUri().getHost()).isEqualTo("127.0.0.1");
        assertThat(embedded.boltUri().getPort()).isPositive();
        assertThat(mode).isEqualTo(DatabaseMode.EMBEDDED);
    }

    @Test
    void appDriverAndAFreshDriverSeeTheSameStoreOverBolt() {
        write("MERGE (:Organization {id: $id, name: $name})", Map.of("id", "test-bolt-org", "name", "ボルト確認町"));
        // A driver built only from the Bolt address proves the store is reachable as a server.
        try (var independent = GraphDatabase.driver(embedded.boltUri(), AuthTokens.basic("neo4j", embedded.boltPassword()));
                var session = independent.session()) {
            String name = session.run("MATCH (o:Organization {id: $id}) RETURN o.name AS name",
                    Map.of("id", "test-bolt-org")).single().get("name").asString();
            assertThat(name).isEqualTo("ボルト確認町");
        }
        driver.verifyConnectivity();
    }

    @Test
    void boltRefusesClientsWithoutTheRunsPassword() {
        for (var token : java.util.List.of(AuthTokens.none(), AuthTokens.basic("neo4j", "neo4j"))) {
            try (var stranger = GraphDatabase.driver(embedded.boltUri(), token)) {
                org.assertj.core.api.Assertions.assertThatThrownBy(stranger::verifyConnectivity)
                        .isInstanceOf(org.neo4j.driver.exceptions.AuthenticationException.class);
            }
        }
    }

    @Test
    void theStoreKeepsABoundedTransactionLog() {
        try (var session = driver.session()) {
            String retention = session.run("SHOW SETTINGS YIELD name, value WHERE name = 'db.tx_log.rotation.retention_policy' RETURN value")
                    .single().get(0).asString();
            assertThat(retention).isEqualTo("1G size");
        }
    }
}
