package id.kalbarprov.loket.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jdbi.v3.core.Handle;

/**
 * The head of the audit chain (how many rows, the last row's hash) written outside the database:
 * beside every backup ({@code <backup>.anchor}), in the backup folder ({@code <stem>.anchor}, the
 * newest), and as a line in loket.log (daily and at each backup). {@code check} compares the database
 * with the newest anchor it finds: a chain that was cut short, recomputed after an edit, or an older
 * copy put back by hand no longer holds that row with that hash. The anchors are plain text with no
 * secret: whoever can change the database and every anchor can still forge both (README).
 *
 * <p>Each anchor names the database it was taken from ({@code db=}, table database_identity, V71):
 * several databases may be backed up into one folder, and a database is held only to its own anchors.
 * {@code database} is empty for an anchor written before V71 (and for a database older than V71).
 */
public record AuditAnchor(String database, long rows, String hash, LocalDateTime at, String source, String of) {

    static final Pattern LINE = Pattern.compile(
            "AUDIT-ANCHOR (?:db=([0-9a-f]{1,64}) )?rows=(\\d+) hash=([0-9a-f]{64}) at=(\\S+)(?: \\(([^)]+)\\))?");

    /** The text written to files and loket.log. */
    public String line() {
        return "AUDIT-ANCHOR " + (database.isEmpty() ? "" : "db=" + database + " ") + "rows=" + rows + " hash=" + hash
                + " at=" + at;
    }

    /** The chain's head now (0 rows: the genesis hash), named with the database's identity. */
    public static AuditAnchor head(Handle h, LocalDateTime at) {
        long rows = h.createQuery("SELECT count(*) FROM audit_log").mapTo(Long.class).one();
        String hash = h.createQuery("SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1").mapTo(String.class)
                .findOne().orElse(AuditLog.GENESIS);
        return new AuditAnchor(identity(h), rows, hash, at, "", "");
    }

    /** The database's identity (V71), or "" for a database older than V71. */
    public static String identity(Handle h) {
        try (var rs = h.getConnection().getMetaData().getTables(null, null, "database_identity", null)) {
            if (!rs.next()) {
                return "";
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return h.createQuery("SELECT id FROM database_identity ORDER BY made_at LIMIT 1").mapTo(String.class)
                .findOne().orElse("");
    }

    /**
     * The anchors of the database with identity {@code database}: those that name it. An anchor written
     * before V71 names no database; while none names this one (the first backup after the upgrade writes
     * one), those count that were taken of this file ({@code fileName}, e.g. {@code loket.db}: its
     * backups {@code loket-<stamp>.db} or itself after a restore; any, for a server database: null).
     * Anchors of other databases sharing the folder never count.
     */
    public static List<AuditAnchor> of(String database, List<AuditAnchor> anchors, String fileName) {
        List<AuditAnchor> own = database.isEmpty() ? List.of()
                : anchors.stream().filter(a -> a.database().equals(database)).toList();
        if (!own.isEmpty()) {
            return own;
        }
        return anchors.stream().filter(a -> a.database().isEmpty() && (fileName == null || a.of().equals(fileName)
                || id.kalbarprov.loket.core.backup.BackupNames.parse(
                        id.kalbarprov.loket.core.backup.BackupNames.stem(fileName), a.of()).isPresent())).toList();
    }

    /** Writes this anchor to {@code file} (atomically, owner-only). */
    public void writeTo(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(tmp, line() + System.lineSeparator(), StandardCharsets.UTF_8);
        OwnerOnly.file(tmp);
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Where {@code check} names an anchor that was written into the database file itself. */
    static final String EMBEDDED = "di dalam berkas ini (tabel audit_anchor)";

    /**
     * Writes this anchor into the database file behind {@code c} (a backup being made: a Loket
     * database has the table audit_anchor from V70; a file without it is left as it is).
     *
     * @return whether it was written
     */
    boolean writeInto(java.sql.Connection c) throws java.sql.SQLException {
        try (java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'audit_anchor'")) {
            if (!rs.next()) {
                return false;
            }
        }
        try (java.sql.PreparedStatement ps = c.prepareStatement(
                "INSERT INTO audit_anchor (chain_rows, chain_hash, taken_at) VALUES (?, ?, ?)")) {
            ps.setLong(1, rows);
            ps.setString(2, hash);
            ps.setString(3, at.toString());
            ps.executeUpdate();
        }
        return true;
    }

    /** The newest anchor written into the database itself (a backup, or a database restored from one). */
    public static Optional<AuditAnchor> embedded(Handle h, boolean tableExists) {
        if (!tableExists) {
            return Optional.empty();
        }
        String database = identity(h);
        return h.createQuery("SELECT chain_rows, chain_hash, taken_at FROM audit_anchor ORDER BY taken_at DESC, id DESC LIMIT 1")
                .map((rs, ctx) -> new AuditAnchor(database, rs.getLong(1), rs.getString(2),
                        LocalDateTime.parse(rs.getString(3)), EMBEDDED, "")).findOne();
    }

    /** Every anchor in {@code places}: *.anchor files and loket*.log lines in each folder. */
    public static List<AuditAnchor> find(List<Path> places) {
        List<AuditAnchor> found = new ArrayList<>();
        for (Path place : places) {
            if (place == null || !Files.isDirectory(place)) {
                continue;
            }
            try (Stream<Path> files = Files.list(place)) {
                for (Path f : files.toList()) {
                    String n = f.getFileName().toString();
                    if (n.endsWith(".anchor") || n.startsWith("loket") && n.endsWith(".log")) {
                        read(f, found);
                    }
                }
            } catch (IOException e) {
                // an unreadable folder holds no anchor we can use
            }
        }
        return found;
    }

    /** The anchors in file {@code f}. */
    static List<AuditAnchor> read(Path f) {
        List<AuditAnchor> found = new ArrayList<>();
        read(f, found);
        return found;
    }

    private static void read(Path f, List<AuditAnchor> into) {
        try (Stream<String> lines = Files.lines(f, StandardCharsets.UTF_8)) {
            lines.forEach(l -> {
                Matcher m = LINE.matcher(l);
                if (m.find()) {
                    try {
                        into.add(new AuditAnchor(m.group(1) == null ? "" : m.group(1), Long.parseLong(m.group(2)),
                                m.group(3), LocalDateTime.parse(m.group(4)), f.toString(), m.group(5) != null ? m.group(5)
                                : f.getFileName().toString().replaceFirst("(\\.restored)?\\.anchor$", "")));
                    } catch (RuntimeException bad) {
                        // a damaged line is no anchor
                    }
                }
            });
        } catch (IOException | java.io.UncheckedIOException e) {
            // unreadable: skipped
        }
    }

    /** The newest anchor (latest time; of those, a restore's, then the longest chain). */
    public static Optional<AuditAnchor> newest(List<AuditAnchor> anchors) {
        // At the same moment, a restore's anchor wins: the older copy was put back on purpose.
        return anchors.stream().max(Comparator.comparing(AuditAnchor::at)
                .thenComparing(a -> a.source().endsWith(".restored.anchor"))
                .thenComparingLong(AuditAnchor::rows));
    }

    /**
     * What is wrong with the database's chain against this anchor, in Indonesian; empty when the chain
     * still holds row {@link #rows} with hash {@link #hash}.
     */
    public Optional<String> problemWith(Handle h) {
        long now = h.createQuery("SELECT count(*) FROM audit_log").mapTo(Long.class).one();
        if (now < rows) {
            return Optional.of("audit_log hanya " + now + " baris, padahal jangkar " + source + " (" + at + ") mencatat "
                    + rows + ": baris terbaru dihapus atau salinan lama dipasang kembali");
        }
        if (rows == 0) {
            return Optional.empty();
        }
        String there = h.createQuery("SELECT hash FROM audit_log ORDER BY id LIMIT 1 OFFSET " + (rows - 1))
                .mapTo(String.class).findOne().orElse("");
        if (!there.equals(hash)) {
            return Optional.of("baris ke-" + rows + " audit_log tidak sama dengan jangkar " + source + " (" + at
                    + "): rantai dihitung ulang setelah diubah, atau diganti");
        }
        return Optional.empty();
    }
}
