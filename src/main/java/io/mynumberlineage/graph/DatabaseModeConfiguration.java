package io.mynumberlineage.graph;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Embedded when this app started its own store, external when spring.neo4j.uri named a server. */
@Configuration(proxyBeanMethods = false)
class DatabaseModeConfiguration {

    @Bean
    DatabaseMode databaseMode(ObjectProvider<EmbeddedDatabase> embedded) {
        return embedded.getIfAvailable() != null ? DatabaseMode.EMBEDDED : DatabaseMode.EXTERNAL;
    }
}
