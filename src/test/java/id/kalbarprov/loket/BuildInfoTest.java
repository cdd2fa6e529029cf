package id.kalbarprov.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class BuildInfoTest {

    @Test
    void theBuiltAppKnowsThePomVersionAndWhenMavenBuiltIt() throws Exception {
        String pom = Files.readString(Path.of("pom.xml"));
        var m = Pattern.compile("<artifactId>loket</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
        assertThat(m.find()).isTrue();

        BuildInfo current = BuildInfo.current();

        assertThat(current.version()).isEqualTo(m.group(1));
        assertThat(current.built()).hasValueSatisfying(at -> assertThat(at).isBefore(Instant.now().plusSeconds(5)));
        assertThat(current.line()).isEqualTo("Loket " + m.group(1) + " (built " + current.built().get() + ")");
    }

    @Test
    void anUnfilteredFileSaysDevAndNoTime() {
        BuildInfo dev = BuildInfo.of("${project.version}", "${loket.built}");

        assertThat(dev.version()).isEqualTo("dev");
        assertThat(dev.built()).isEmpty();
        assertThat(dev.line()).isEqualTo("Loket dev");
        assertThat(BuildInfo.of("0.2.0", "2026-12-05T09:20:33Z").line())
                .isEqualTo("Loket 0.2.0 (built 2026-12-05T09:20:33Z)");
    }

    @Test
    void versionOptionPrintsTheBuild() {
        var out = new java.io.StringWriter();
        var cli = Launcher.commandLine();
        cli.setOut(new java.io.PrintWriter(out));

        assertThat(cli.execute("--version")).isZero();
        assertThat(out.toString().trim()).isEqualTo(BuildInfo.current().line());
    }
}
