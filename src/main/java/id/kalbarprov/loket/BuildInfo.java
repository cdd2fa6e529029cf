package id.kalbarprov.loket;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The version and build time of this Loket, written by Maven into {@code loket-build.properties}
 * (src/main/build-info, filtered). Shown in Pengaturan → Tentang, logged at every start and with
 * every failed command, printed by {@code --version}.
 */
public record BuildInfo(String version, Optional<Instant> built) {

    private static final BuildInfo CURRENT = read();

    /** This build. A class folder Maven did not filter (an IDE's own build) says "dev" and no time. */
    public static BuildInfo current() {
        return CURRENT;
    }

    static BuildInfo read() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/loket-build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // no build file: the values below say so
        }
        return of(p.getProperty("version", ""), p.getProperty("built", ""));
    }

    static BuildInfo of(String version, String built) {
        String v = version.isBlank() || version.startsWith("${") ? "dev" : version.trim();
        Optional<Instant> at;
        try {
            at = Optional.of(Instant.parse(built.trim()));
        } catch (DateTimeParseException e) {
            at = Optional.empty();
        }
        return new BuildInfo(v, at);
    }

    /** One line for loket.log and {@code --version}: "Loket 0.1.0 (built 2026-12-05T09:00:00Z)". */
    public String line() {
        return "Loket " + version + built.map(b -> " (built " + b + ")").orElse("");
    }
}
