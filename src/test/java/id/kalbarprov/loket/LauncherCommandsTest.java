package id.kalbarprov.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * A command line names its command, and only that command is made (a short command like verify starts
 * sooner); a database file named like a command is still a database; help without a command still
 * lists them all.
 */
class LauncherCommandsTest {

    @Test
    void theCommandIsTheFirstArgumentThatIsNeitherAnOptionNorTheDatabase() {
        assertThat(Launcher.commandName(new String[] {"--db", "verify", "check", "--pdf", "x"})).isEqualTo("check");
        assertThat(Launcher.commandName(new String[] {"--db=a.db", "verify", "--pdf", "x"})).isEqualTo("verify");
        assertThat(Launcher.commandName(new String[] {"--help"})).isNull();
    }

    @Test
    void helpWithoutACommandListsEveryCommand() {
        StringWriter out = new StringWriter();
        CommandLine cli = Launcher.commandLine(Launcher.commandName(new String[] {"--help"}));
        cli.setOut(new PrintWriter(out));
        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("verify", "demo-data", "check", "copy", "import-agenda");
        assertThat(Launcher.commandLine("verify").getSubcommands()).containsOnlyKeys("verify");
        assertThat(Launcher.commandLine("no-such-command").getSubcommands()).hasSize(Launcher.COMMANDS.size());
    }
}
