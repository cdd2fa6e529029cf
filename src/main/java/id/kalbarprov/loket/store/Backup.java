package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.backup.BackupCheck;
import id.kalbarprov.loket.core.backup.BackupException;
import id.kalbarprov.loket.core.backup.BackupInfo;
import id.kalbarprov.loket.core.backup.BackupNames;
import id.kalbarprov.loket.core.backup.BackupProblem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * Online backup and restore of a Loket database file. The backup is {@code VACUUM INTO} a
 * temporary name (a consistent snapshot while others keep working; see decision 0008), synced,
 * verified with integrity_check, and only then renamed to its final name. A restore verifies the
 * backup first and keeps the replaced files beside the database.
 */
public final class Backup {

    static final String[] SIDE_FILES = {"-wal", "-shm", "-journal"};
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
    private static volatile Integer newestMigration;

    private Backup() {
    }

    /**
     * Writes a verified copy of database {@code db} to {@code target}, which must not exist.
     *
     * @throws BackupException with the reason; no partial file is left behind
     */
    public static BackupInfo write(Path db, Path target, LocalDateTime takenAt) {
        if (Files.exists(target)) {
            throw new BackupException(BackupProblem.TARGET_EXISTS, target.toString());
        }
        Path folder = target.toAbsolutePath().getParent();
        requireWritableFolder(folder);
        removeLeftovers(folder);
        if (!Files.isRegularFile(db)) {
            throw new BackupException(BackupProblem.FILE_MISSING, db.toString());
        }
        try (Connection c = DatabaseCheck.readOnly(db).getConnection()) {
            Database.inspect(c, SqliteDialect.INSTANCE, db.toString()); // a newer Loket's: its own message
        } catch (SQLException e) {
            throw new BackupException(BackupProblem.WRITE_FAILED, e.getMessage(), e);
        }
        Path part = folder.resolve(target.getFileName() + ".part");
        try {
            Files.deleteIfExists(part);
            OwnerOnly.createFile(part); // VACUUM INTO fills an empty file and keeps its rights
            try (Connection c = Database.dataSource(db).getConnection(); Statement st = c.createStatement()) {
                st.executeUpdate("VACUUM INTO '" + part.toAbsolutePath().toString().replace("'", "''") + "'");
            }
            embedAnchor(part, takenAt);
            sync(part);
            BackupCheck check = verify(part);
            if (!check.ok()) {
                throw new BackupException(BackupProblem.WRITE_FAILED, "the copy failed its check: " + check.detail());
            }
            move(part, target);
            anchor(target, takenAt);
            return new BackupInfo(target, takenAt, Files.size(target));
        } catch (SQLException | IOException e) {
            if (Failures.classify(e, folder.toString()).filter(d -> d.problem()
                    == id.kalbarprov.loket.core.database.DatabaseProblem.DISK_FULL).isPresent()) {
                throw new BackupException(BackupProblem.DISK_FULL, folder.toString(), e);
            }
            throw new BackupException(BackupProblem.WRITE_FAILED, e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // nothing more to do; the .part name is never listed as a backup
            }
        }
    }

    /**
     * Writes a verified backup of server database {@code db} to {@code target}: a Loket SQLite file,
     * the one backup format ({@code check} and {@code restore} read it like any other). The rows come
     * from one consistent snapshot while the desks keep working.
     */
    public static BackupInfo write(Database db, Path target, LocalDateTime takenAt) {
        if (!db.onServer()) {
            return write(db.file(), target, takenAt);
        }
        if (Files.exists(target)) {
            throw new BackupException(BackupProblem.TARGET_EXISTS, target.toString());
        }
        Path folder = target.toAbsolutePath().getParent();
        requireWritableFolder(folder);
        removeLeftovers(folder);
        Path part = folder.resolve(target.getFileName() + ".part");
        try {
            deleteWithSideFiles(part);
            Database copy = Database.open(part);
            try {
                DatabaseCopy.copy(db, copy);
            } finally {
                copy.close();
            }
            try (Connection c = java.sql.DriverManager.getConnection(Database.sqliteUrl(part));
                 Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode=DELETE"); // one self-contained file, no -wal beside it
            }
            embedAnchor(part, takenAt);
            sync(part);
            BackupCheck check = verify(part);
            if (!check.ok()) {
                throw new BackupException(BackupProblem.WRITE_FAILED, "the copy failed its check: " + check.detail());
            }
            move(part, target);
            anchor(target, takenAt);
            return new BackupInfo(target, takenAt, Files.size(target));
        } catch (SQLException | IOException | RuntimeException e) {
            if (e instanceof BackupException b) {
                throw b;
            }
            if (e instanceof id.kalbarprov.loket.core.database.DatabaseException d) {
                throw d;
            }
            throw new BackupException(BackupProblem.WRITE_FAILED, e.getMessage(), e);
        } finally {
            try {
                deleteWithSideFiles(part);
            } catch (IOException ignored) {
                // the .part name is never listed as a backup
            }
        }
    }

    /**
     * Loads verified backup {@code backup} into server database {@code db}, replacing all its rows in
     * one transaction (the desks should be closed; a failure leaves the server as it was). A backup
     * of an older Loket is brought up to date on a temporary copy first. Before anything changes, the
     * server's current content is itself backed up to {@code keptAs}.
     *
     * @return {@code keptAs}, the backup of what was replaced
     */
    public static Path restoreToServer(Path backup, Database db, Path keptAs, LocalDateTime now) {
        BackupCheck check = verify(backup);
        if (!check.ok()) {
            throw new BackupException(check.problem(), check.detail());
        }
        Path temp;
        try {
            temp = Files.createTempDirectory("loket-restore").resolve("restore.db");
            Files.copy(backup, temp);
        } catch (IOException e) {
            throw new BackupException(BackupProblem.REPLACE_FAILED, e.getMessage(), e);
        }
        BackupInfo kept = write(db, keptAs, now);
        Database source = Database.open(temp);
        try {
            DatabaseCopy.replace(source, db);
            try {
                source.jdbi().useHandle(h -> AuditAnchor.head(h, now.plusSeconds(1))
                        .writeTo(keptAs.resolveSibling(keptAs.getFileName() + ".restored.anchor")));
            } catch (IOException | RuntimeException e) {
                log().warn("No audit anchor written after restoring {}", backup, e);
            }
        } catch (RuntimeException e) {
            throw new BackupException(BackupProblem.REPLACE_FAILED, e.getMessage(), e);
        } finally {
            source.close();
            try {
                deleteWithSideFiles(temp);
                Files.deleteIfExists(temp.getParent());
            } catch (IOException ignored) {
                // a temporary folder the system cleans
            }
        }
        return kept.file();
    }

    /** Asked for when a line is written: Database reads {@link #SIDE_FILES} on every open, which must not start logback. */
    private static org.slf4j.Logger log() {
        return org.slf4j.LoggerFactory.getLogger(Backup.class);
    }

    /**
     * Writes the audit chain's head of database copy {@code file} to {@code <file>.anchor} and to
     * loket.log: outside the database, where {@code check} finds it (AuditAnchor).
     */
    static void anchor(Path file, LocalDateTime at) {
        anchor(file, at, ".anchor");
    }

    /**
     * Writes the head of the copy's own audit chain into the copy (table audit_anchor, V70): the
     * backup carries its anchor wherever it is copied, and a database restored from it too.
     */
    static void embedAnchor(Path part, LocalDateTime at) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection(Database.sqliteUrl(part))) {
            AuditAnchor a;
            try (org.jdbi.v3.core.Handle h = org.jdbi.v3.core.Jdbi.open(c)) {
                a = AuditAnchor.head(h, at);
                a.writeInto(c);
            }
        }
    }

    static void anchor(Path file, LocalDateTime at, String suffix) {
        try (Connection c = DatabaseCheck.readOnly(file).getConnection();
             org.jdbi.v3.core.Handle h = org.jdbi.v3.core.Jdbi.open(c)) {
            AuditAnchor a = AuditAnchor.head(h, at);
            a.writeTo(file.resolveSibling(file.getFileName() + suffix));
            log().info("{} ({})", a.line(), file.getFileName());
        } catch (SQLException | IOException | RuntimeException e) {
            log().warn("No audit anchor written for {}", file, e);
        }
    }

    /** A backup still being written changes its .part file at least this often. */
    static final java.time.Duration LEFTOVER_AGE = java.time.Duration.ofMinutes(10);

    /**
     * Deletes what a killed backup left in {@code folder}: {@code *.part} and its -journal, -wal and
     * -shm, unchanged for {@link #LEFTOVER_AGE} (a younger one may be another backup still running).
     *
     * @return how many files were deleted
     */
    public static int removeLeftovers(Path folder) {
        int removed = 0;
        java.time.Instant before = java.time.Instant.now().minus(LEFTOVER_AGE);
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                String n = f.getFileName().toString();
                boolean part = n.endsWith(".part") || n.endsWith(".part-journal") || n.endsWith(".part-wal")
                        || n.endsWith(".part-shm");
                if (part && Files.isRegularFile(f) && Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                    Files.deleteIfExists(f);
                    removed++;
                }
            }
        } catch (IOException e) {
            // what cannot be listed or deleted now is tried again at the next backup
        }
        return removed;
    }

    private static void deleteWithSideFiles(Path f) throws IOException {
        Files.deleteIfExists(f);
        for (String side : SIDE_FILES) {
            Files.deleteIfExists(f.resolveSibling(f.getFileName() + side));
        }
    }

    static void requireWritableFolder(Path folder) {
        if (folder == null || !Files.isDirectory(folder)) {
            throw new BackupException(BackupProblem.FOLDER_MISSING, String.valueOf(folder));
        }
        if (!Files.isWritable(folder)) {
            throw new BackupException(BackupProblem.FOLDER_NOT_WRITABLE, folder.toString());
        }
    }

    /** integrity_check ok, a Loket database, its migrations not newer than this app's. Changes nothing. */
    public static BackupCheck verify(Path file) {
        if (!Files.isRegularFile(file)) {
            return BackupCheck.bad(BackupProblem.FILE_MISSING, String.valueOf(file));
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(SQLITE_HEADER.length);
            if (!java.util.Arrays.equals(head, SQLITE_HEADER)) {
                return BackupCheck.bad(BackupProblem.NOT_SQLITE, file.toString());
            }
        } catch (IOException e) {
            return BackupCheck.bad(BackupProblem.FILE_MISSING, e.getMessage());
        }
        if (file.toString().indexOf('?') >= 0) {
            return BackupCheck.bad(BackupProblem.FILE_MISSING, file.toString()); // never driver settings
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        SQLiteDataSource ds = new SQLiteDataSource(config);
        ds.setUrl(Database.sqliteUrl(file));
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            List<String> integrity = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    integrity.add(rs.getString(1));
                }
            }
            if (!integrity.equals(List.of("ok"))) {
                return BackupCheck.bad(BackupProblem.DAMAGED, String.join("; ", integrity));
            }
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.containsAll(List.of("flyway_schema_history", "letter", "agenda_counter"))) {
                return BackupCheck.bad(BackupProblem.NOT_LOKET, file.toString());
            }
            int version = 0;
            try (ResultSet rs = st.executeQuery(
                    "SELECT version FROM flyway_schema_history WHERE success = 1 AND version IS NOT NULL")) {
                while (rs.next()) {
                    version = Math.max(version, Integer.parseInt(rs.getString(1).split("\\.")[0]));
                }
            }
            if (version > newestMigration()) {
                return BackupCheck.bad(BackupProblem.TOO_NEW, "V" + version + " > V" + newestMigration());
            }
            long letters;
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM letter")) {
                letters = rs.next() ? rs.getLong(1) : 0;
            }
            return BackupCheck.good(version, letters);
        } catch (SQLException | NumberFormatException e) {
            return BackupCheck.bad(BackupProblem.DAMAGED, e.getMessage());
        }
    }

    /** The newest migration this app ships. */
    static int newestMigration() {
        Integer n = newestMigration;
        if (n == null) {
            SQLiteDataSource memory = new SQLiteDataSource();
            memory.setUrl("jdbc:sqlite::memory:");
            int max = 0;
            for (MigrationInfo m : Flyway.configure().dataSource(memory).locations(Database.SQLITE_MIGRATIONS)
                    .load().info().all()) {
                if (m.getVersion() != null) {
                    max = Math.max(max, Integer.parseInt(m.getVersion().getVersion().split("\\.")[0]));
                }
            }
            newestMigration = n = max;
        }
        return n;
    }

    /**
     * Replaces {@code db} (and its -wal/-shm) with a verified {@code backup}. Close every connection
     * to {@code db} first. The replaced files are kept as {@code <db>.before-restore-<stamp>}.
     *
     * @return the kept copy of the replaced database, or null when {@code db} did not exist
     * @throws BackupException when the backup is not good or the file cannot be replaced
     */
    public static Path restore(Path backup, Path db, LocalDateTime now) {
        BackupCheck check = verify(backup);
        if (!check.ok()) {
            throw new BackupException(check.problem(), check.detail());
        }
        Path dbAbs = db.toAbsolutePath();
        Path dir = dbAbs.getParent();
        String name = dbAbs.getFileName().toString();
        Path incoming = dir.resolve(name + ".restoring");
        try {
            Files.createDirectories(dir);
            Files.deleteIfExists(incoming);
            OwnerOnly.createFile(incoming); // the owner's only from its first byte
            try (InputStream in = Files.newInputStream(backup);
                 var out = Files.newOutputStream(incoming, StandardOpenOption.WRITE,
                         StandardOpenOption.TRUNCATE_EXISTING)) {
                in.transferTo(out);
            }
            sync(incoming);
        } catch (IOException e) {
            deleteQuietly(incoming);
            if (Failures.diskFull(e)) {
                throw new BackupException(BackupProblem.DISK_FULL, dir.toString(), e);
            }
            throw new BackupException(BackupProblem.REPLACE_FAILED, e.getMessage(), e);
        }
        Path kept = dir.resolve(name + ".before-restore-" + BackupNames.stamp(now));
        boolean hadDb = Files.exists(dbAbs);
        try {
            if (hadDb) {
                checkpoint(dbAbs);
                // The replaced database is kept under a second name (a hard link: the same bytes, no copy)
                // while the live name still points at it: at no moment is there no database.
                keep(dbAbs, kept);
                for (String side : SIDE_FILES) {
                    Path f = dir.resolve(name + side);
                    if (Files.exists(f)) {
                        Files.copy(f, dir.resolve(kept.getFileName() + side), StandardCopyOption.REPLACE_EXISTING);
                    }
                }
                syncFolder(dir);
                // A stale -wal must never meet the restored file: it would be replayed into it. After the
                // checkpoint above it holds nothing the live file lacks (and the kept copy has it anyway).
                for (String side : SIDE_FILES) {
                    Files.deleteIfExists(dir.resolve(name + side));
                }
            }
            // One atomic rename over the live name: before it the old database, after it the restored one.
            Files.move(incoming, dbAbs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            syncFolder(dir);
            // An older copy put back on purpose: its head is the newest anchor from now on.
            anchor(dbAbs, now, ".restored.anchor");
        } catch (IOException e) {
            deleteQuietly(incoming);
            if (Failures.diskFull(e)) {
                throw new BackupException(BackupProblem.DISK_FULL, dir.toString(), e);
            }
            throw new BackupException(BackupProblem.REPLACE_FAILED, e.getMessage(), e);
        }
        return hadDb ? kept : null;
    }

    /** Writes {@code db}'s -wal into it, so the -wal can go; a damaged file is left as it is. */
    private static void checkpoint(Path db) {
        try (Connection c = java.sql.DriverManager.getConnection(Database.sqliteUrl(db));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
        } catch (SQLException | RuntimeException e) {
            // damaged: its -wal is copied beside the kept file as it is
        }
    }

    /** {@code kept} becomes a second name of {@code db}: a hard link, else a synced copy. */
    private static void keep(Path db, Path kept) throws IOException {
        try {
            Files.createLink(kept, db);
        } catch (UnsupportedOperationException | IOException e) {
            Files.deleteIfExists(kept);
            Files.copy(db, kept);
            sync(kept);
        }
    }

    /**
     * Makes the renames in {@code dir} durable (fsync of the folder). Windows cannot open a folder for
     * this; there NTFS journals the rename itself.
     */
    static void syncFolder(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            // not supported on this system (Windows)
        }
    }

    /**
     * What an interrupted restore leaves beside a missing database {@code db}: its
     * {@code .restoring} copy or a {@code .before-restore-*} file. Empty when there is none.
     */
    public static List<Path> restoreLeftovers(Path db) {
        Path dbAbs = db.toAbsolutePath();
        Path dir = dbAbs.getParent();
        String name = dbAbs.getFileName().toString();
        if (dir == null || !Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> {
                String n = f.getFileName().toString();
                return n.equals(name + ".restoring") || n.startsWith(name + ".before-restore-")
                        && !n.endsWith("-wal") && !n.endsWith("-shm") && !n.endsWith("-journal");
            }).sorted(Comparator.comparing((Path f) -> f.getFileName().toString()).reversed()).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** Backups of database {@code stem} in {@code folder}, newest first; empty when the folder is missing. */
    public static List<BackupInfo> list(Path folder, String stem) {
        if (folder == null || !Files.isDirectory(folder)) {
            return List.of();
        }
        List<BackupInfo> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.toList()) {
                var at = BackupNames.parse(stem, f.getFileName().toString());
                if (at.isPresent() && Files.isRegularFile(f)) {
                    found.add(new BackupInfo(f, at.get(), Files.size(f)));
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        found.sort(Comparator.comparing(BackupInfo::takenAt).reversed());
        return found;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }

    private static void deleteQuietly(Path f) {
        try {
            Files.deleteIfExists(f);
        } catch (IOException ignored) {
            // left behind under a name nothing reads
        }
    }
}
