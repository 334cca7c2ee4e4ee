package io.mynumberlineage.cli;

import io.mynumberlineage.LineageApplication;
import java.util.List;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The Spring context a command needs: the store and the services, no web server unless asked.
 * Demo data is not loaded by commands that fill the store themselves.
 */
final class CliContext {

    private CliContext() {
    }

    static ConfigurableApplicationContext start(WebApplicationType web, Map<String, Object> properties,
            List<String> springArguments) {
        return new SpringApplicationBuilder(LineageApplication.class)
                .web(web)
                .logStartupInfo(false)
                .properties(properties)
                .run(springArguments.toArray(String[]::new));
    }
}
