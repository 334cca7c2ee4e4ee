package io.mynumberlineage.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class LineageCommandTest {

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        var out = new StringWriter();
        var err = new StringWriter();
        int exit = new CommandLine(new LineageCommand())
                .setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"serve", "import", "export", "check"}) {
            Run help = run(command, "--help");
            assertThat(help.exit()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage:").contains(command);
        }
        assertThat(run("--help").out()).contains("serve", "import", "export", "check");
    }

    @Test
    void springSettingsWithoutASubcommandGoToServe() {
        var command = new LineageCommand();
        new CommandLine(command).parseArgs("--server.port=9090", "--lineage.data-dir=/tmp/x");
        assertThat(command.springArguments).containsExactly("--server.port=9090", "--lineage.data-dir=/tmp/x");
    }

    @Test
    void misuseIsExitCodeTwo() {
        assertThat(run("import", "--no-such-option", "x").exit()).isEqualTo(LineageCommand.USAGE);
        assertThat(run("serve", "--help", "--server.port=1").exit()).isZero();
        assertThat(run("import").exit()).isEqualTo(LineageCommand.USAGE);
        assertThat(run("export").exit()).isEqualTo(LineageCommand.USAGE);
    }
}
