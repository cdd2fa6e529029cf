package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.core.FileAppender;
import id.kalbarprov.loket.store.Backend;
import id.kalbarprov.loket.store.Backup;
import id.kalbarprov.loket.store.Database;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the database holds about people stays out of loket.log and out of other users' reach: after
 * failed statements that bound a NIP, a phone number and a password hash (both backends), and after
 * each robustness run over a form (checked in {@link RobustnessTest}), loket.log holds none of them;
 * the database, its -wal and -shm, backups and restored files are 0600 and the folders Loket creates 0700.
 */
class PrivacyTest {

    static final String NIP = "198703152010011004";
    static final String PHONE = "081234567890";
    static final String HASH = "$argon2id$v=19$m=65536,t=3,p=1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2g";
    private static final Logger LOG = LoggerFactory.getLogger(PrivacyTest.class);

    static final Pattern NIP_LIKE = Pattern.compile("(?<![0-9])[0-9]{18}(?![0-9])");
    static final Pattern PHONE_LIKE = Pattern.compile("(?<![0-9])(\\+62|62|0)8[0-9]{7,11}(?![0-9])");
    static final Pattern ARGON2 = Pattern.compile("\\$argon2(id|i|d)\\$");

    @TempDir
    Path dir;

    @Test
    void loketLogHoldsNoNipPhoneOrPasswordHashAfterFailedStatements() throws Exception {
        // The robustness runs over every form are checked the same way after each of them (RobustnessTest).
        long from = Files.exists(logFile()) ? Files.size(logFile()) : 0;
        for (Backend backend : Backend.values()) {
            Database db = Database.open(backend.location(Files.createDirectories(dir.resolve(backend.name()))));
            try {
                Backend.behindTheAppsBack(db, "CREATE TABLE private_probe (k TEXT PRIMARY KEY, phone TEXT, hash TEXT)");
                for (int i = 0; i < 2; i++) { // the second insert breaks the primary key
                    try {
                        db.jdbi().useTransaction(h -> h.createUpdate("INSERT INTO private_probe VALUES (?, ?, ?)")
                                .bind(0, NIP).bind(1, PHONE).bind(2, HASH).execute());
                    } catch (RuntimeException e) {
                        LOG.error("Saving failed on {}", backend, e); // as the app's dialogs log an unexpected error
                    }
                }
                try {
                    db.jdbi().useTransaction(h -> h.createUpdate("UPDATE operator SET password_hash = ? WHERE no_such = ?")
                            .bind(0, HASH).bind(1, NIP).execute());
                } catch (RuntimeException e) {
                    LOG.error("Operator update failed on {}", backend, e);
                }
            } finally {
                db.close();
                if (backend == Backend.POSTGRESQL) {
                    Backend.dropCreated();
                }
            }
        }

        String written = logSince(from);
        assertThat(written).as("the failures were logged").contains("Saving failed on SQLITE", "Saving failed on POSTGRESQL",
                "values not logged");
        assertThat(peopleDataIn(written)).as("NIPs, phone numbers or password hashes in loket.log").isEmpty();
    }

    /** loket.log's text from byte {@code from} on (the log holds multi-byte text). */
    static String logSince(long from) throws java.io.IOException {
        Path log = logFile();
        byte[] all = Files.exists(log) ? Files.readAllBytes(log) : new byte[0];
        return new String(all, (int) Math.min(from, all.length), (int) Math.max(0, all.length - from),
                StandardCharsets.UTF_8);
    }

    /** Each NIP-, phone- or Argon2-hash-like string in {@code text}, with the text around it. */
    static List<String> peopleDataIn(String text) {
        List<String> found = new ArrayList<>();
        for (Pattern p : new Pattern[] {NIP_LIKE, PHONE_LIKE, ARGON2}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                found.add(p.pattern() + " → " + text.substring(Math.max(0, m.start() - 60),
                        Math.min(text.length(), m.end() + 20)));
            }
        }
        return found;
    }

    @Test
    void theDatabaseItsWalBackupsAndRestoredFilesAreTheOwnersOnly() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null);
        Path file = dir.resolve("data/loket.db");
        Database db = Database.open(file);
        db.jdbi().useHandle(h -> h.execute("UPDATE agency SET name = name"));
        assertThat(mode(dir.resolve("data"))).isEqualTo("rwx------");
        for (String f : new String[] {"loket.db", "loket.db-wal", "loket.db-shm"}) {
            assertThat(mode(dir.resolve("data").resolve(f))).as(f).isEqualTo("rw-------");
        }
        Path cadangan = dir.resolve("data/cadangan");
        new id.kalbarprov.loket.store.BackupStore(db).write(cadangan.resolve("loket-20261205-220000.db"));
        assertThat(mode(cadangan)).isEqualTo("rwx------");
        assertThat(mode(cadangan.resolve("loket-20261205-220000.db"))).isEqualTo("rw-------");
        db.close();
        Path shared = Files.createDirectories(dir.resolve("shared"));
        Path elsewhere = shared.resolve("b.db");
        Files.copy(cadangan.resolve("loket-20261205-220000.db"), elsewhere);
        Files.setPosixFilePermissions(elsewhere, PosixFilePermissions.fromString("rw-r--r--"));
        Backup.restore(elsewhere, file, LocalDateTime.of(2026, 12, 5, 22, 1));
        assertThat(mode(file)).as("the restored database").isEqualTo("rw-------");
    }

    private static String mode(Path p) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
    }

    static Path logFile() {
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        FileAppender<?> file = (FileAppender<?>) ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("FILE");
        return Path.of(file.getFile());
    }
}
