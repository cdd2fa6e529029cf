package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.backup.BackupCheck;
import id.kalbarprov.loket.core.backup.BackupInfo;
import id.kalbarprov.loket.core.backup.BackupNames;
import id.kalbarprov.loket.core.backup.BackupPort;
import id.kalbarprov.loket.core.backup.BackupSettings;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.jdbi.v3.core.Jdbi;

/**
 * Backups of one database file. The settings live in a small file beside the database
 * ({@code loket.db.backup.properties}), not in it: the start-up check must find the backups
 * precisely when the database cannot be read.
 */
public final class BackupStore implements BackupPort {

    static final String FOLDER_KEY = "folder";
    static final String KEEP_KEY = "keep";
    static final String MAX_MB_KEY = "max-mb";

    private final Path dbFile;
    private final Jdbi jdbi;
    private final Runnable beforeRestore;
    /** The open database; null at start-up, when it could not be opened. */
    private final Database db;
    private volatile java.sql.Connection backupLock;

    /** {@code jdbi} may be null when the database cannot be opened (start-up restore). */
    public BackupStore(Path dbFile, Jdbi jdbi) {
        this(dbFile, jdbi, () -> { }, null);
    }

    /** Before a restore replaces its file, {@code db}'s kept connections are closed. */
    public BackupStore(Database db) {
        this(db.file(), db.jdbi(), db::close, db);
    }

    /**
     * A server database's backups. {@code anchor} stands for the file a server database does not
     * have: its settings are {@code <anchor>.backup.properties} on this desk, the default folder
     * "cadangan" beside it, and the backups are named after {@code anchor}'s stem (the database name).
     */
    public BackupStore(Database db, Path anchor) {
        this(anchor, db.jdbi(), () -> { }, db);
    }

    private BackupStore(Path dbFile, Jdbi jdbi, Runnable beforeRestore, Database db) {
        this.dbFile = dbFile.toAbsolutePath();
        this.jdbi = jdbi;
        this.beforeRestore = beforeRestore;
        this.db = db;
    }

    /** The settings file of database {@code dbFile}. */
    public static Path settingsFile(Path dbFile) {
        Path abs = dbFile.toAbsolutePath();
        return abs.resolveSibling(abs.getFileName() + ".backup.properties");
    }

    /** Backup settings of {@code dbFile}: the folder "cadangan" beside it and 14 kept, unless set. */
    public static BackupSettings readSettings(Path dbFile) {
        Path abs = dbFile.toAbsolutePath();
        Properties p = new Properties();
        Path file = settingsFile(abs);
        if (Files.isRegularFile(file)) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(r);
            } catch (IOException | IllegalArgumentException e) {
                p.clear();
            }
        }
        String folder = p.getProperty(FOLDER_KEY, "").strip();
        int keep;
        try {
            keep = Integer.parseInt(p.getProperty(KEEP_KEY, "").strip());
        } catch (NumberFormatException e) {
            keep = BackupSettings.DEFAULT_KEEP;
        }
        if (keep < 1 || keep > BackupSettings.MAX_KEEP) {
            keep = BackupSettings.DEFAULT_KEEP;
        }
        long maxMb;
        try {
            maxMb = Long.parseLong(p.getProperty(MAX_MB_KEY, "0").strip());
        } catch (NumberFormatException e) {
            maxMb = 0;
        }
        if (maxMb < 0 || maxMb > BackupSettings.MAX_MEGABYTES) {
            maxMb = 0;
        }
        return new BackupSettings(folder.isEmpty() ? defaultFolder(abs) : Path.of(folder), keep, maxMb);
    }

    @Override
    public BackupSettings readSettings() {
        return readSettings(dbFile);
    }

    @Override
    public void saveSettings(BackupSettings settings, String actor) {
        BackupSettings before = readSettings();
        Properties p = new Properties();
        p.setProperty(FOLDER_KEY, settings.folder().toAbsolutePath().toString());
        p.setProperty(KEEP_KEY, Integer.toString(settings.keep()));
        p.setProperty(MAX_MB_KEY, Long.toString(settings.maxMegabytes()));
        Path file = settingsFile(dbFile);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                p.store(w, "Loket: folder cadangan dan jumlah cadangan yang disimpan");
            }
            OwnerOnly.file(tmp);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (jdbi != null) {
            Map<String, Object> b = new LinkedHashMap<>();
            b.put("folder", before.folder().toString());
            b.put("keep", before.keep());
            b.put("maxMegabytes", before.maxMegabytes());
            Map<String, Object> a = new LinkedHashMap<>();
            a.put("folder", settings.folder().toAbsolutePath().toString());
            a.put("keep", settings.keep());
            a.put("maxMegabytes", settings.maxMegabytes());
            jdbi.useTransaction(h -> AuditLog.append(h, actor, "setting", "backup", "update", b, a));
        }
    }

    @Override
    public String stem() {
        return BackupNames.stem(dbFile.getFileName().toString());
    }

    /** The default folder, "cadangan" beside the database. */
    public static Path defaultFolder(Path dbFile) {
        return dbFile.toAbsolutePath().resolveSibling("cadangan");
    }

    @Override
    public BackupInfo write(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        // Only the default folder is created; a configured one that is missing is a USB disk not
        // plugged in or a share not mounted, and a backup silently written elsewhere would mislead.
        if (folder != null && folder.equals(defaultFolder(dbFile)) && !Files.exists(folder)) {
            try {
                OwnerOnly.createFolder(folder);
            } catch (IOException e) {
                // reported as FOLDER_MISSING below
            }
        }
        LocalDateTime at = BackupNames.parse(stem(), target.getFileName().toString())
                .orElse(LocalDateTime.now().withNano(0));
        return db != null && db.onServer() ? Backup.write(db, target, at) : Backup.write(dbFile, target, at);
    }

    @Override
    public List<BackupInfo> list(Path folder) {
        return Backup.list(folder, stem());
    }

    @Override
    public void delete(BackupInfo backup) {
        try {
            Files.deleteIfExists(backup.file());
            // its anchor goes with it (the newest backups' anchors and loket.log keep the chain's head)
            Files.deleteIfExists(backup.file().resolveSibling(backup.file().getFileName() + ".anchor"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public BackupCheck verify(Path file) {
        return Backup.verify(file);
    }

    @Override
    public Path restore(Path backup, LocalDateTime now) {
        if (db != null && db.onServer()) {
            BackupSettings s = readSettings();
            if (s.folder().equals(defaultFolder(dbFile))) {
                try {
                    Files.createDirectories(s.folder());
                } catch (IOException e) {
                    // reported as FOLDER_MISSING by the backup of what is replaced
                }
            }
            Path kept = s.folder().resolve(stem() + ".before-restore-" + BackupNames.stamp(now) + ".db");
            return Backup.restoreToServer(backup, db, kept, now);
        }
        beforeRestore.run();
        return Backup.restore(backup, dbFile, now);
    }

    /**
     * A file: yes. A server: only while this desk holds the server's backup lock, a session-level
     * advisory lock on a connection kept for it; the first desk to ask gets it and keeps it until it
     * closes or loses the server, then another desk takes over at its next hourly check.
     */
    @Override
    public synchronized boolean automaticHere() {
        if (db == null || !db.onServer()) {
            return true;
        }
        try {
            if (backupLock != null && backupLock.isValid(2)) {
                return true;
            }
            if (backupLock != null) {
                backupLock.close();
                backupLock = null;
            }
            java.sql.Connection c = db.snapshot();
            c.rollback();
            c.setAutoCommit(true);
            try (var st = c.createStatement();
                 var rs = st.executeQuery("SELECT pg_try_advisory_lock(" + BACKUP_LOCK + ")")) {
                if (rs.next() && rs.getBoolean(1)) {
                    backupLock = c;
                    return true;
                }
            }
            c.close();
            return false;
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** The advisory lock of the desk that backs a server database up ("LoketB"). */
    static final long BACKUP_LOCK = 0x4C6F6B657442L;
}
