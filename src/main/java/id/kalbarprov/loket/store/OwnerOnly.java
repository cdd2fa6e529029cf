package id.kalbarprov.loket.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * The database, its -wal and -shm, backups and loket.log hold NIPs, names and letter bodies: on
 * Linux and macOS they are readable by their owner only (files 0600, the folders Loket creates 0700).
 * Windows: the files inherit the ACL of the user's profile folder (AppData is the user's own); a file
 * placed elsewhere by hand keeps that folder's rights.
 */
public final class OwnerOnly {

    private OwnerOnly() {
    }

    private static boolean posix(Path p) {
        return Files.getFileAttributeView(p.toAbsolutePath().getParent() == null ? p : p.toAbsolutePath().getParent(),
                PosixFileAttributeView.class) != null;
    }

    /**
     * Makes {@code file} readable and writable by its owner only (POSIX); a missing file, and anything
     * that is not a plain file (a folder named where a database was meant: it would lose its x bit and
     * everyone else's access), is left alone.
     */
    public static void file(Path file) {
        try {
            if (Files.isRegularFile(file) && posix(file)) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            // not ours to change (another owner): it keeps the rights it has
        }
    }

    /** Creates {@code folder} (and its parents) for the owner only, as 0700 on POSIX. */
    public static void createFolder(Path folder) throws IOException {
        if (Files.isDirectory(folder)) {
            return;
        }
        Path parent = folder.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            createFolder(parent);
        }
        try {
            if (posix(folder)) {
                Files.createDirectory(folder, PosixFilePermissions.asFileAttribute(
                        PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectory(folder);
            }
        } catch (FileAlreadyExistsException e) {
            // made meanwhile
        }
    }

    /**
     * Creates empty file {@code file} as 0600 before SQLite writes to it, so that the database and the
     * -wal and -shm SQLite gives the same rights are never readable by others, not even for a moment.
     * An existing file is only narrowed.
     */
    public static void createFile(Path file) throws IOException {
        if (Files.exists(file)) {
            file(file);
            return;
        }
        try {
            if (posix(file)) {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(file);
            }
        } catch (FileAlreadyExistsException e) {
            file(file);
        }
    }
}
