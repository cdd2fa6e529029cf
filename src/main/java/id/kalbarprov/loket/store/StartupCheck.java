package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.backup.BackupCandidate;
import id.kalbarprov.loket.core.backup.BackupCheck;
import id.kalbarprov.loket.core.backup.BackupInfo;
import id.kalbarprov.loket.core.backup.BackupNames;
import id.kalbarprov.loket.core.backup.BackupSettings;
import id.kalbarprov.loket.core.backup.BrokenDatabase;
import id.kalbarprov.loket.core.backup.StartupProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Before the main window: is the database usable? A missing file is a fresh start, unless an
 * interrupted restore left its files beside it (then the guided restore). A file that is
 * not SQLite, fails {@code PRAGMA quick_check} or cannot be migrated is never replaced silently:
 * the result names the problem and the newest backup that passes verification.
 */
public final class StartupCheck {

    private static final Logger LOG = LoggerFactory.getLogger(StartupCheck.class);

    /** The outcome: ready to use, or broken with what can be restored. */
    public sealed interface Result permits Ready, Broken {
    }

    /** The database is open and migrated; {@code fresh} when it was just created. */
    public record Ready(Database database, boolean fresh) implements Result {
    }

    /** Not usable. {@code newestGood} is the newest verified backup in the configured folder, if any. */
    public record Broken(Path file, StartupProblem problem, String detail, BackupSettings settings,
                         Optional<BackupCandidate> newestGood) implements Result {

        /** The same, as the core and the screens know it. */
        public BrokenDatabase diagnosis() {
            return new BrokenDatabase(file, problem, detail, settings, newestGood);
        }
    }

    private StartupCheck() {
    }

    /** Every check, {@code PRAGMA quick_check} included. */
    public static Result run(Path file) {
        return run(file, true);
    }

    /**
     * Every check but {@code PRAGMA quick_check}, which reads the whole file (about 1.4 s at 100,000
     * letters): the app runs this before its window and {@link #deepCheck} right after it.
     */
    public static Result runFast(Path file) {
        return run(file, false);
    }

    /** {@code PRAGMA quick_check}: the problem, with the newest good backup, when the file is damaged. */
    public static Optional<Broken> deepCheck(Path file) {
        Optional<Broken> broken = quickCheck(file);
        broken.ifPresent(b -> LOG.error("Database {} is damaged: {}; newest good backup: {}", file, b.detail(),
                b.newestGood().map(c -> c.backup().file().toString()).orElse("none")));
        return broken;
    }

    private static Result run(Path file, boolean withQuickCheck) {
        if (!Files.exists(file)) {
            List<Path> leftovers = Backup.restoreLeftovers(file);
            if (!leftovers.isEmpty()) {
                // A restore was cut off: never a new empty database, but the guided restore.
                LOG.error("No database at {} but a restore was interrupted: {}", file, leftovers);
                return broken(file, StartupProblem.RESTORE_INTERRUPTED,
                        String.join(", ", leftovers.stream().map(Path::toString).toList()));
            }
            LOG.info("No database at {}: a fresh start", file);
            return new Ready(Database.open(file), true);
        }
        Optional<Broken> broken = diagnose(file);
        if (broken.isEmpty() && withQuickCheck) {
            broken = quickCheck(file);
        }
        if (broken.isPresent()) {
            Broken b = broken.get();
            LOG.error("Database {} is not usable: {} ({}); newest good backup: {}", file, b.problem(), b.detail(),
                    b.newestGood().map(c -> c.backup().file().toString()).orElse("none"));
            return b;
        }
        try {
            return new Ready(Database.open(file), false);
        } catch (RuntimeException e) {
            LOG.error("Database {} cannot be migrated", file, e);
            return broken(file, StartupProblem.MIGRATION_FAILED, rootMessage(e));
        }
    }

    private static Optional<Broken> diagnose(Path file) {
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            return Optional.of(broken(file, StartupProblem.UNREADABLE, file.toString()));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(16);
            if (head.length > 0 && !new String(head, StandardCharsets.ISO_8859_1).equals("SQLite format 3\0")) {
                return Optional.of(broken(file, StartupProblem.NOT_SQLITE, "no SQLite header"));
            }
        } catch (IOException e) {
            return Optional.of(broken(file, StartupProblem.UNREADABLE, e.getMessage()));
        }
        return Optional.empty();
    }

    private static Optional<Broken> quickCheck(Path file) {
        try (Connection c = Database.dataSource(file).getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            List<String> lines = new ArrayList<>();
            while (rs.next()) {
                lines.add(rs.getString(1));
            }
            if (!lines.equals(List.of("ok"))) {
                return Optional.of(broken(file, StartupProblem.DAMAGED, String.join("; ", lines)));
            }
        } catch (SQLException e) {
            return Optional.of(broken(file, StartupProblem.DAMAGED, e.getMessage()));
        }
        return Optional.empty();
    }

    private static Broken broken(Path file, StartupProblem problem, String detail) {
        BackupSettings settings = BackupStore.readSettings(file);
        return new Broken(file, problem, detail, settings, newestGood(file, settings));
    }

    /** The newest backup of {@code file} in the configured folder that passes verification. */
    static Optional<BackupCandidate> newestGood(Path file, BackupSettings settings) {
        String stem = BackupNames.stem(file.toAbsolutePath().getFileName().toString());
        for (BackupInfo b : Backup.list(settings.folder(), stem)) {
            BackupCheck check = Backup.verify(b.file());
            if (check.ok()) {
                return Optional.of(new BackupCandidate(b, check));
            }
            LOG.warn("Backup {} is not usable: {} {}", b.file(), check.problem(), check.detail());
        }
        return Optional.empty();
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
