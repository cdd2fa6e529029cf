package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An SQLite file on a network filesystem is refused with a pointer to the server mode. */
class NetworkFsTest {

    @TempDir
    Path dir;

    static final List<String> MOUNTS = List.of(
            "22 1 259:2 / / rw,relatime shared:1 - ext4 /dev/nvme0n1p2 rw",
            "40 22 0:35 / /mnt/kantor rw,relatime shared:20 - cifs //nas/loket rw,vers=3.1.1",
            "41 22 0:36 / /mnt/nfs rw,relatime shared:21 - nfs4 nas:/export rw",
            "42 41 259:3 / /mnt/nfs/local rw,relatime shared:22 - ext4 /dev/sdb1 rw",
            "43 22 0:37 / /home/siti/Data\\040Kantor rw - fuse.sshfs siti@nas:/ rw");

    @Test
    void theMountHoldingTheFileDecides() {
        assertThat(NetworkFs.linux(Path.of("/mnt/kantor/loket.db"), MOUNTS)).contains("cifs");
        assertThat(NetworkFs.linux(Path.of("/mnt/nfs/sub/loket.db"), MOUNTS)).contains("nfs4");
        assertThat(NetworkFs.linux(Path.of("/mnt/nfs/local/loket.db"), MOUNTS)).isEmpty();
        assertThat(NetworkFs.linux(Path.of("/home/siti/Data Kantor/loket.db"), MOUNTS)).contains("fuse.sshfs");
        assertThat(NetworkFs.linux(Path.of("/mnt/kantor2/loket.db"), MOUNTS)).isEmpty();
        assertThat(NetworkFs.linux(Path.of("/home/siti/loket.db"), MOUNTS)).isEmpty();
    }

    @Test
    void windowsSharesAreNetwork() {
        assertThat(NetworkFs.windows("\\\\nas\\loket\\loket.db")).contains("UNC");
        assertThat(NetworkFs.windows("\\\\?\\UNC\\nas\\loket\\loket.db")).contains("UNC");
    }

    @Test
    void openingAFileOnAShareIsRefusedAndNothingIsWritten() throws IOException {
        Path fake = dir.resolve("mountinfo");
        Files.writeString(fake, "22 1 259:2 / / rw - ext4 /dev/sda1 rw\n"
                + "50 22 0:40 / " + dir.resolve("share") + " rw - smb3 //nas/share rw\n");
        Files.createDirectories(dir.resolve("share"));
        Path file = dir.resolve("share").resolve("loket.db");
        String before = System.getProperty("loket.mountinfo");
        System.setProperty("loket.mountinfo", fake.toString());
        try {
            assertThatThrownBy(() -> Database.open(file)).isInstanceOfSatisfying(DatabaseException.class, e -> {
                assertThat(e.problem()).isEqualTo(DatabaseProblem.NETWORK_FILESYSTEM);
                assertThat(e.args()).containsExactly(file.toString(), "smb3");
            });
            assertThat(file).doesNotExist();
            Database.open(dir.resolve("local.db")).close(); // beside the share: local, opens
        } finally {
            if (before == null) {
                System.clearProperty("loket.mountinfo");
            } else {
                System.setProperty("loket.mountinfo", before);
            }
        }
    }
}
