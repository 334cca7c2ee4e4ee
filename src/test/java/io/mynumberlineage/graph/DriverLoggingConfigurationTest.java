package io.mynumberlineage.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Config;
import org.neo4j.driver.Logging;

/** Debug messages the log level drops are not formatted: formatting a large Bolt message costs real CPU. */
class DriverLoggingConfigurationTest {

    /** Counts how often the logger turned it into text. */
    private static final class Expensive {
        final AtomicInteger formatted = new AtomicInteger();

        @Override
        public String toString() {
            formatted.incrementAndGet();
            return "a large statement";
        }
    }

    @Test
    void theDriverConfiguredByTheAppDoesNotFormatDroppedDebugMessages() {
        var builder = Config.builder();
        new DriverLoggingConfiguration().slf4jDriverLogging().customize(builder);
        var log = builder.build().logging().getLog("org.neo4j.driver.test");
        var message = new Expensive();

        assertThat(log.isDebugEnabled()).isFalse();
        log.debug("C: %s", message);

        assertThat(message.formatted).hasValue(0);
    }

    @Test
    void theDriversDefaultLoggingFormatsThemAnyway() {
        // The reason for the configuration above; if a driver release fixes this, the class can go.
        var log = Logging.systemLogging().getLog("org.neo4j.driver.test");
        var message = new Expensive();

        log.debug("C: %s", message);

        assertThat(message.formatted).hasValue(1);
    }
}
