package io.mynumberlineage.graph;

import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import org.neo4j.driver.Driver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Applies the Cypher migrations kept in {@code cypher/} (packaged as classpath:neo4j/migrations)
 * before anything else touches the store. Beans that read or write the graph depend on
 * {@link SchemaVersion}, so they never see a store without its constraints.
 */
@Configuration(proxyBeanMethods = false)
public class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);

    @Bean
    SchemaVersion schemaVersion(Driver driver) {
        var migrations = new Migrations(
                MigrationsConfig.builder().withLocationsToScan("classpath:neo4j/migrations").build(), driver);
        var applied = migrations.apply();
        String version = applied.map(Object::toString).orElse("none");
        log.info("スキーマ移行を適用しました: {}", version);
        return new SchemaVersion(version);
    }

    /** The schema version the store is at once migrations have run. */
    public record SchemaVersion(String value) {
    }
}
