package io.mynumberlineage.graph;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionConfig;
import org.springframework.stereotype.Component;

/**
 * Runs parameterised read queries in read transactions bounded by {@code lineage.query-timeout},
 * so no request can hold the database longer than that, embedded or external.
 */
@Component
public class GraphReader {

    private final Driver driver;
    private final TransactionConfig transactionConfig;

    public GraphReader(Driver driver, LineageProperties properties, SchemaMigrations.SchemaVersion schema) {
        this.driver = driver;
        this.transactionConfig = TransactionConfig.builder().withTimeout(properties.queryTimeout()).build();
    }

    public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> tx.run(cypher, parameters).list(mapper::apply), transactionConfig);
        }
    }

    public <T> T single(String cypher, Map<String, Object> parameters, Function<Record, T> mapper) {
        try (var session = driver.session(SessionConfig.defaultConfig())) {
            return session.executeRead(tx -> mapper.apply(tx.run(cypher, parameters).single()), transactionConfig);
        }
    }
}
