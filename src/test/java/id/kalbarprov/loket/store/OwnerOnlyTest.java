package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Owner-only rights reach the database's files and never a folder named where a file was meant. */
class OwnerOnlyTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsNarrowedToItsOwnerAndAFolderKeepsItsRights() throws Exception {
        Path file = Files.writeString(dir.resolve("loket.db"), "x");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        OwnerOnly.file(file);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");

        // a shared folder such as /tmp given as --db once lost its x bit and everyone's access
        Path shared = Files.createDirectory(dir.resolve("bersama"));
        Files.setPosixFilePermissions(shared, PosixFilePermissions.fromString("rwxrwxrwx"));
        OwnerOnly.file(shared);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(shared))).isEqualTo("rwxrwxrwx");
    }
}
