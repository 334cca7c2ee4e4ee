package io.mynumberlineage.cli;

import io.mynumberlineage.LineageApplication;
import java.util.ArrayList;
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
        // As arguments, not default properties: application.yml would override defaults. A setting
        // the user passes wins over the command's own.
        List<String> arguments = new ArrayList<>(springArguments);
        properties.forEach((key, value) -> {
            if (springArguments.stream().noneMatch(a -> a.startsWith("--" + key + "="))) {
                arguments.add("--" + key + "=" + value);
            }
        });
        return new SpringApplicationBuilder(LineageApplication.class)
                .web(web)
                .logStartupInfo(false)
                .run(arguments.toArray(String[]::new));
    }
}
