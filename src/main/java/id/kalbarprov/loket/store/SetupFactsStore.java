package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.office.SetupChecklist.BackupPlace;
import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** The facts of the setup checklist that only the database and the file system know. */
public final class SetupFactsStore {

    private final Database db;

    public SetupFactsStore(Database db) {
        this.db = db;
    }

    /** Has an Admin ever saved the office settings (their audit entry exists)? */
    public boolean officeSaved() {
        return db.jdbi().withHandle(h -> h.createQuery(
                        "SELECT COUNT(*) FROM audit_log WHERE entity = 'setting' AND entity_id = 'office'")
                .mapTo(Integer.class).one() > 0);
    }

    /**
     * Where {@code folder} lies against the database: another disk, the same disk (for a server
     * database, whose disk is elsewhere, any existing folder counts as another disk) or missing.
     */
    public BackupPlace backupPlace(Path folder) {
        if (folder == null) {
            return BackupPlace.MISSING;
        }
        if (!Files.isDirectory(folder)) {
            // the default folder beside the database is made at the first backup: it is the same disk
            boolean besideDatabase = !db.onServer() && folder.toAbsolutePath().normalize().getParent()
                    .equals(db.file().toAbsolutePath().normalize().getParent());
            return besideDatabase ? BackupPlace.SAME_DISK : BackupPlace.MISSING;
        }
        if (db.onServer()) {
            return BackupPlace.ANOTHER_DISK;
        }
        Path dbFolder = db.file().toAbsolutePath().getParent();
        try {
            return sameDevice(folder, dbFolder) ? BackupPlace.SAME_DISK : BackupPlace.ANOTHER_DISK;
        } catch (IOException e) {
            return BackupPlace.MISSING;
        }
    }

    /** The same device: on Linux and macOS by st_dev, elsewhere by the file store (the drive). */
    private static boolean sameDevice(Path a, Path b) throws IOException {
        try {
            return Files.getAttribute(a, "unix:dev").equals(Files.getAttribute(b, "unix:dev"));
        } catch (UnsupportedOperationException | IllegalArgumentException notUnix) {
            FileStore sa = Files.getFileStore(a);
            FileStore sb = Files.getFileStore(b);
            return sa.equals(sb) || sa.name().equals(sb.name());
        }
    }
}
