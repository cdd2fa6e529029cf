package id.kalbarprov.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;

/**
 * verify's logging (issue 14): a warning of the SQLite driver, or Loket's own error, still reaches
 * loket.log as through logback itself; the lines below the levels LogSetup sets start nothing.
 */
class LazyLoggingTest {

    @TempDir
    Path dir;

    @Test
    void aWarningReachesLoketLogWhileLinesBelowItStartNothing() throws Exception {
        String before = System.getProperty("loket.logdir");
        System.setProperty("loket.logdir", dir.toString());
        try {
            LazyLogging provider = new LazyLogging();
            provider.initialize();
            Logger sqlite = provider.getLoggerFactory().getLogger("org.sqlite.SQLiteJDBCLoader");
            Logger own = provider.getLoggerFactory().getLogger(Launcher.class.getName());
            assertThat(sqlite.isInfoEnabled()).isFalse();
            sqlite.info("Loaded native library");
            sqlite.debug("extracted");
            assertThat(LazyLogging.started()).as("logback").isFalse();
            assertThat(dir.resolve("loket.log")).doesNotExist();

            sqlite.warn("cannot lock {}", "loket.db", new IllegalStateException("boom"));
            own.error("Command failed: {} ({}, Java {})", "[verify]", "Loket 1", "17", new RuntimeException("rusak"));
            assertThat(own.isInfoEnabled()).isTrue();
            assertThat(dir.resolve("loket.log")).content()
                    .contains("WARN  org.sqlite.SQLiteJDBCLoader - cannot lock loket.db", "IllegalStateException: boom")
                    .contains("ERROR id.kalbarprov.loket.Launcher - Command failed: [verify] (Loket 1, Java 17)",
                            "RuntimeException: rusak");
        } finally {
            if (before == null) {
                System.clearProperty("loket.logdir");
            } else {
                System.setProperty("loket.logdir", before);
            }
        }
    }
}
