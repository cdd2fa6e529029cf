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

    /** verify's plain form runs without picocli; anything else is still read (and answered) by picocli. */
    @Test
    void onlyThePlainVerifyCommandSkipsTheCommandLineParser() {
        for (String[] plain : new String[][] {{"verify", "--db", "a.db", "--pdf", "s.pdf"},
                {"--db=a.db", "verify", "--pdf=s.pdf"}, {"verify", "--pdf", "s.pdf", "--db", "postgresql://u@h:5432/d"}}) {
            assertThat(id.kalbarprov.loket.cli.VerifyCommand.direct(plain)).as(String.join(" ", plain)).isPresent();
        }
        for (String[] other : new String[][] {{"verify", "--help"}, {"verify", "--db", "a.db"},
                {"verify", "--db", "a.db", "--pdf", "s.pdf", "--upgrade"}, {"verify", "--pdf", "s.pdf"},
                {"verify", "--db", "a.db", "--db", "b.db", "--pdf", "s.pdf"}, {"verify", "--db", "--pdf", "s.pdf"},
                {"verify", "--db", "a.db?mode=ro", "--pdf", "s.pdf"}, {"verify", "--db", "a.db", "--pdf", "s.pdf", "x"}}) {
            assertThat(id.kalbarprov.loket.cli.VerifyCommand.direct(other)).as(String.join(" ", other)).isEmpty();
        }
    }
}
