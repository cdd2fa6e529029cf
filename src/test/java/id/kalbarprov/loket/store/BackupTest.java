package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.auth.AccessDeniedException;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.backup.BackupCheck;
import id.kalbarprov.loket.core.backup.BackupException;
import id.kalbarprov.loket.core.backup.BackupInfo;
import id.kalbarprov.loket.core.backup.BackupProblem;
import id.kalbarprov.loket.core.backup.BackupService;
import id.kalbarprov.loket.core.backup.BackupSettings;
import id.kalbarprov.loket.core.validation.ValidationException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupTest {

    static final Actor ADMIN = new Actor(1, "admin", "Admin Loket", Set.of(Role.ADMIN));
    static final Actor CLERK = new Actor(2, "siti", "Siti Rahmawati", Set.of(Role.PETUGAS_LOKET));
    static final LocalDateTime T = LocalDateTime.of(2026, 11, 23, 10, 0);

    @TempDir
    Path dir;

    static int letters(Database db) {
        return db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM letter").mapTo(Integer.class).one());
    }

    Database withLetters(Path file, int n) {
        Database db = Database.open(file);
        DemoData.write(db, n, 7, LocalDate.of(2026, 11, 20));
        return db;
    }

    @Test
    void backupOfAnOpenDatabaseIsVerifiedAndRestoreBringsItBackKeepingTheReplacedFile() throws Exception {
        Path file = dir.resolve("loket.db");
        Database db = withLetters(file, 40);
        Files.createDirectories(dir.resolve("usb"));
        BackupInfo info = Backup.write(file, dir.resolve("usb/loket-20261123-100000.db"), T);
        assertThat(info.sizeBytes()).isPositive();
        assertThat(Backup.verify(info.file())).isEqualTo(BackupCheck.good(Backup.newestMigration(), 40));
        assertThat(dir.resolve("usb")).isDirectoryNotContaining("glob:**.part");

        DemoData.write(db, 5, 8, LocalDate.of(2026, 11, 22));
        assertThat(letters(db)).isEqualTo(45);
        Path kept = Backup.restore(info.file(), file, T.plusHours(1));

        assertThat(letters(Database.open(file))).isEqualTo(40);
        assertThat(kept.getFileName().toString()).isEqualTo("loket.db.before-restore-20261123-110000");
        assertThat(Backup.verify(kept).letters()).isEqualTo(45);
        assertThat(DatabaseCheck.run(file).ok()).isTrue();
    }

    @Test
    void restoreRefusesABadBackupAndLeavesTheDatabaseAlone() throws Exception {
        Path file = dir.resolve("loket.db");
        withLetters(file, 30);
        Path junk = Files.writeString(dir.resolve("surat.docx"), "bukan database ".repeat(500));
        Path other = dir.resolve("other.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE pelanggan (id INTEGER PRIMARY KEY, nama TEXT)");
        }
        Path newer = dir.resolve("newer.db");
        Backup.write(file, newer, T);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + newer); Statement st = c.createStatement()) {
            st.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, "
                    + "installed_by, execution_time, success) VALUES (99, '99', 'future', 'SQL', 'V99__future.sql', "
                    + "'x', 1, 1)");
        }
        Path damaged = dir.resolve("damaged.db");
        Backup.write(file, damaged, T);
        corrupt(damaged);

        assertThat(Backup.verify(junk).problem()).isEqualTo(BackupProblem.NOT_SQLITE);
        assertThat(Backup.verify(other).problem()).isEqualTo(BackupProblem.NOT_LOKET);
        assertThat(Backup.verify(newer).problem()).isEqualTo(BackupProblem.TOO_NEW);
        assertThat(Backup.verify(damaged).problem()).isEqualTo(BackupProblem.DAMAGED);
        assertThat(Backup.verify(dir.resolve("missing.db")).problem()).isEqualTo(BackupProblem.FILE_MISSING);
        for (Path bad : new Path[] {junk, other, newer, damaged}) {
            assertThatThrownBy(() -> Backup.restore(bad, file, T)).isInstanceOf(BackupException.class);
        }
        assertThat(letters(Database.open(file))).isEqualTo(30);
        assertThat(dir).isDirectoryNotContaining("glob:**before-restore*").isDirectoryNotContaining("glob:**.restoring");
    }

    /** Overwrites pages in the middle of the file, as a failing disk would. */
    static void corrupt(Path file) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            long len = f.length();
            byte[] junk = new byte[8192];
            java.util.Arrays.fill(junk, (byte) 0x5A);
            f.seek(Math.max(4096, len / 2 / 4096 * 4096));
            f.write(junk);
        }
    }

    @Test
    void aStaleWalNeverMeetsTheRestoredFile() throws Exception {
        Path file = dir.resolve("loket.db");
        withLetters(file, 20);
        Path backup = dir.resolve("b.db");
        Backup.write(file, backup, T);
        // Another database with uncommitted-to-main-file pages in its WAL, copied as if left by a crash.
        Path other = dir.resolve("other/loket.db");
        withLetters(other, 50);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + other); Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_autocheckpoint = 0");
            st.execute("DELETE FROM request_history");
            st.execute("DELETE FROM letter_requirement");
            Files.copy(dir.resolve("other/loket.db-wal"), dir.resolve("loket.db-wal"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Backup.restore(backup, file, T);
        assertThat(dir.resolve("loket.db-wal")).doesNotExist();
        assertThat(dir.resolve("loket.db.before-restore-20261123-100000-wal")).exists();
        assertThat(letters(Database.open(file))).isEqualTo(20);
        assertThat(DatabaseCheck.run(file).problems()).isEmpty();
    }

    @Test
    void aMissingOrReadOnlyFolderIsAClearProblemNotACrash() throws Exception {
        Path file = dir.resolve("loket.db");
        withLetters(file, 5);
        assertThatThrownBy(() -> Backup.write(file, dir.resolve("E-usb/loket-1.db"), T))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.problem()).isEqualTo(BackupProblem.FOLDER_MISSING));
        Path existing = Files.writeString(dir.resolve("x.db"), "x");
        assertThatThrownBy(() -> Backup.write(file, existing, T))
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.problem()).isEqualTo(BackupProblem.TARGET_EXISTS));
        assertThat(Files.readString(existing)).isEqualTo("x");
        // A path under a regular file cannot be a folder on any system, root or not.
        assertThatThrownBy(() -> Backup.write(file, existing.resolve("loket-1.db"), T))
                .isInstanceOf(BackupException.class);
    }

    /** A clock the test moves. */
    static final class MovingClock extends Clock {
        final AtomicReference<LocalDateTime> now = new AtomicReference<>(T);

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get().toInstant(ZoneOffset.UTC);
        }
    }

    @Test
    void serviceKeepsTheNewestNSkipsADayAlreadyBackedUpAndChecksTheRole() {
        Path file = dir.resolve("data/loket.db");
        Database db = withLetters(file, 5);
        MovingClock clock = new MovingClock();
        BackupService service = new BackupService(new BackupStore(db), clock);
        assertThat(service.settings()).isEqualTo(new BackupSettings(dir.resolve("data/cadangan"), 14));

        assertThatThrownBy(() -> service.saveSettings(new BackupSettings(dir.resolve("usb"), 0), ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.key()).containsExactly("keep:validation.backupKeep"));
        assertThatThrownBy(() -> service.saveSettings(new BackupSettings(null, 3), ADMIN))
                .isInstanceOf(ValidationException.class);
        assertThatThrownBy(() -> service.backupNow(CLERK)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.restore(file, CLERK)).isInstanceOf(AccessDeniedException.class);

        assertThat(service.backupNow(ADMIN).file().getParent()).as("the default folder is created")
                .isEqualTo(dir.resolve("data/cadangan"));
        Path usb = dir.resolve("usb");
        service.saveSettings(new BackupSettings(usb, 2), ADMIN);
        assertThatThrownBy(() -> service.backupNow(ADMIN)).as("a configured folder is never created")
                .isInstanceOfSatisfying(BackupException.class,
                        e -> assertThat(e.problem()).isEqualTo(BackupProblem.FOLDER_MISSING));
        usb.toFile().mkdirs();
        assertThat(new BackupService(new BackupStore(file, null), clock).settings())
                .isEqualTo(new BackupSettings(usb, 2));
        assertThat(AuditLog.forEntity(db.jdbi(), "setting", "backup")).hasSize(1);

        assertThat(service.dailyIfDue()).isPresent();
        clock.now.set(T.plusHours(3));
        assertThat(service.dailyIfDue()).as("already one today").isEmpty();
        service.backupNow(ADMIN);
        clock.now.set(T.plusDays(1));
        assertThat(service.dailyIfDue()).isPresent();
        assertThat(service.list()).extracting(b -> b.file().getFileName().toString())
                .containsExactly("loket-20261124-100000.db", "loket-20261123-130000.db");
        assertThat(service.list()).allSatisfy(b -> assertThat(service.verify(b.file()).ok()).isTrue());

        Path kept = service.restore(service.list().get(1).file(), ADMIN);
        assertThat(kept).exists();
        assertThat(service.onExit()).as("no exit backup after a restore").isEmpty();
    }

    @Test
    void whatAKilledBackupLeftIsRemovedAtTheNextBackupAndTheFolderKeepsUnderItsSizeLimit() throws Exception {
        Path file = dir.resolve("data/loket.db");
        Database db = withLetters(file, 5);
        MovingClock clock = new MovingClock();
        BackupService service = new BackupService(new BackupStore(db), clock);
        Path usb = Files.createDirectories(dir.resolve("usb"));
        Path oldPart = Files.write(usb.resolve("loket-20261120-100000.db.part"), new byte[60_000]);
        Path oldJournal = Files.write(usb.resolve("loket-20261120-100000.db.part-journal"), new byte[60_000]);
        Path running = Files.write(usb.resolve("loket-20261123-095959.db.part"), new byte[10]);
        for (Path p : new Path[] {oldPart, oldJournal}) {
            Files.setLastModifiedTime(p, java.nio.file.attribute.FileTime.from(Instant.now().minusSeconds(3600)));
        }
        Path mine = Files.writeString(usb.resolve("catatan.txt"), "bukan cadangan");

        service.saveSettings(new BackupSettings(usb, 14, 0), ADMIN);
        long one = service.backupNow(ADMIN).sizeBytes();
        assertThat(oldPart).as("a killed backup's .part").doesNotExist();
        assertThat(oldJournal).as("its -journal").doesNotExist();
        assertThat(running).as("a .part still being written (younger than 10 minutes)").exists();
        assertThat(mine).exists();

        // A limit of room for two backups: the third removes the oldest, never the newest.
        long limitMb = (2 * one + one / 2) / 1_000_000 + 1;
        service.saveSettings(new BackupSettings(usb, 14, limitMb), ADMIN);
        assertThat(new BackupStore(file, null).readSettings().maxMegabytes()).isEqualTo(limitMb);
        for (int h = 1; h <= 4; h++) {
            clock.now.set(T.plusHours(h));
            service.backupNow(ADMIN);
        }
        long total = service.list().stream().mapToLong(BackupInfo::sizeBytes).sum();
        assertThat(total).isLessThanOrEqualTo(limitMb * 1_000_000);
        assertThat(service.list().get(0).takenAt()).isEqualTo(T.plusHours(4));
        assertThat(BackupService.overSize(service.list().subList(0, 1), 0)).isEmpty();
        assertThat(BackupService.overSize(service.list().subList(0, 1), 1)).as("the newest is always kept").isEmpty();

        assertThatThrownBy(() -> service.saveSettings(new BackupSettings(usb, 3, -1), ADMIN))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.field() + ":" + v.key()).containsExactly("maxMegabytes:validation.backupMaxMb"));
    }
}
