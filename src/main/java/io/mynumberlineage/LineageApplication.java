package io.mynumberlineage;

import io.mynumberlineage.cli.LineageCommand;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point. The command line decides what runs: {@code serve} (the default) starts the web
 * app; the other commands start only what they need.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LineageApplication {

    public static void main(String[] args) {
        int exit = LineageCommand.execute(args);
        // serve keeps running in Spring's non-daemon threads; everything else ends here.
        if (exit != LineageCommand.KEEP_RUNNING) {
            System.exit(exit);
        }
    }
}
