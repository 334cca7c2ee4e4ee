package io.mynumberlineage.graph;

import org.neo4j.driver.Logging;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The driver logs through SLF4J, not through its default {@code System.Logger} adapter.
 *
 * <p>Why: the default adapter (driver 6.1) formats every debug message before asking whether debug
 * is on, and the driver logs each outgoing Bolt message at debug, parameters and all. A statement
 * with a large parameter (the audit's findings, a document's rows) was turned into a string
 * nobody reads: a third of the samples in a profile of the start-up audit. The SLF4J adapter checks
 * the level first.
 */
@Configuration(proxyBeanMethods = false)
class DriverLoggingConfiguration {

    @Bean
    ConfigBuilderCustomizer slf4jDriverLogging() {
        return builder -> builder.withLogging(Logging.slf4j());
    }
}
