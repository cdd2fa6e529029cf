package id.kalbarprov.loket.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Is an SQLite file on a network filesystem? SQLite's locking is unreliable there and its
 * write-ahead log does not work at all (sqlite.org/wal.html, sqlite.org/useovernet.html), so Loket
 * refuses such a file and points to the server mode. Linux: the filesystem type of the file's mount
 * in /proc/self/mountinfo. Windows: UNC paths (\\server\share) and drive letters that
 * {@code net use} lists as network connections.
 */
final class NetworkFs {

    static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs",
            "fuse.sshfs", "sshfs", "9p", "afs", "ncpfs", "coda", "ceph", "glusterfs", "fuse.glusterfs",
            "davfs", "fuse.davfs2", "fuse.rclone", "lustre", "gfs2", "ocfs2", "vboxsf", "fuse.s3fs");

    private NetworkFs() {
    }

    /** The network filesystem type {@code file} is on, or empty when it is local (or cannot be told). */
    static Optional<String> typeOf(Path file) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            return windows(file.toAbsolutePath().toString());
        }
        Path mountinfo = Path.of(System.getProperty("loket.mountinfo", "/proc/self/mountinfo"));
        if (!Files.isReadable(mountinfo)) {
            return Optional.empty();
        }
        try {
            return linux(existingAncestor(file), Files.readAllLines(mountinfo, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The file's real path, or that of its nearest existing folder (a new database has no file yet). */
    static Path existingAncestor(Path file) throws IOException {
        Path p = file.toAbsolutePath().normalize();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? file.toAbsolutePath() : p.toRealPath();
    }

    /**
     * The type of the mount holding {@code path}: the longest mount point that contains it. A line of
     * mountinfo is "id parent major:minor root mountpoint options [optional...] - fstype source super".
     */
    static Optional<String> linux(Path path, List<String> mountinfo) {
        String best = null;
        String bestType = null;
        String target = path.toString();
        for (String line : mountinfo) {
            String[] f = line.split(" ");
            int dash = java.util.Arrays.asList(f).indexOf("-");
            if (f.length < 5 || dash < 0 || dash + 1 >= f.length) {
                continue;
            }
            String mount = unescape(f[4]);
            boolean contains = mount.equals("/") || target.equals(mount) || target.startsWith(mount + "/");
            if (contains && (best == null || mount.length() >= best.length())) {
                best = mount;
                bestType = f[dash + 1];
            }
        }
        return bestType != null && NETWORK_TYPES.contains(bestType.toLowerCase(Locale.ROOT))
                ? Optional.of(bestType) : Optional.empty();
    }

    /** Octal escapes of mountinfo (\040 for a space). */
    private static String unescape(String s) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 3 < s.length() && s.substring(i + 1, i + 4).matches("[0-7]{3}")) {
                b.append((char) Integer.parseInt(s.substring(i + 1, i + 4), 8));
                i += 3;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    static Optional<String> windows(String path) {
        if (path.startsWith("\\\\") || path.startsWith("//")) {
            return path.startsWith("\\\\?\\") && !path.toUpperCase(Locale.ROOT).startsWith("\\\\?\\UNC\\")
                    ? windows(path.substring(4)) : Optional.of("UNC");
        }
        if (path.length() >= 2 && path.charAt(1) == ':' && Character.isLetter(path.charAt(0))) {
            String drive = path.substring(0, 2).toUpperCase(Locale.ROOT);
            return isMappedDrive(drive) ? Optional.of("network drive " + drive) : Optional.empty();
        }
        return Optional.empty();
    }

    /** {@code net use X:} succeeds only for a drive mapped to a network share. */
    private static boolean isMappedDrive(String drive) {
        try {
            Process p = new ProcessBuilder("net", "use", drive).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(5, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
