package io.mynumberlineage.cli;

import io.mynumberlineage.LineageApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.springframework.boot.SpringApplication;
import picocli.CommandLine.Command;
import picocli.CommandLine.Unmatched;

/** Starts the web app (GraphQL, GraphiQL, the explorer page) on the embedded or external store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Web アプリを起動します（既定のコマンド）。",
                "Spring の設定を --name=value で渡せます（例: --server.port=9090 --lineage.data-dir=/srv/lineage）。"})
public class ServeCommand implements Callable<Integer> {

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    public ServeCommand() {
    }

    ServeCommand(List<String> springArguments) {
        this.springArguments = new ArrayList<>(springArguments);
    }

    @Override
    public Integer call() {
        SpringApplication.run(LineageApplication.class, springArguments.toArray(String[]::new));
        return LineageCommand.KEEP_RUNNING;
    }
}
