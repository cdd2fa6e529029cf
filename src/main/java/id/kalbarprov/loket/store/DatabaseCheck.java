package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.database.DatabaseException;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Jdbi;

/**
 * The {@code check} command's work: integrity (SQLite: integrity_check), migrations current, row
 * counts, the audit chain. Opens without migrating, on either backend; an SQLite file read-only, so
 * {@code check} never changes or creates a file.
 */
public final class DatabaseCheck {

    /** Tables whose row counts are reported. */
    static final List<String> COUNTED = List.of("agency", "service", "holiday", "complaint_channel",
            "complaint_category", "letter", "request_history", "operator", "audit_log",
            "complaint", "complaint_history", "request_processing",
            "outgoing_letter", "complaint_reply", "survey_response");

    /** What was found; {@code problems} empty means healthy. */
    public record Report(List<String> lines, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private DatabaseCheck() {
    }

    public static Report run(Path file) {
        return run(new DbLocation.File(file));
    }

    /** Where the anchors of an SQLite file are: its backup folder and its own folder (loket.log). */
    public static List<Path> anchorPlaces(Path file) {
        Path abs = file.toAbsolutePath();
        List<Path> places = new ArrayList<>();
        places.add(BackupStore.readSettings(abs).folder());
        if (abs.getParent() != null) {
            places.add(abs.getParent());
        }
        return places;
    }

    public static Report run(DbLocation location) {
        return run(location, location instanceof DbLocation.File f ? anchorPlaces(f.path()) : List.of());
    }

    /**
     * Checks the database at {@code location}.
     *
     * @throws DatabaseException when a server cannot be reached or refuses the user (nothing to check)
     */
    public static Report run(DbLocation location, List<Path> anchorPlaces) {
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> timings = new ArrayList<>();
        Integrity integrity = new Integrity();
        Dialect dialect;
        DataSource ds;
        if (location instanceof DbLocation.Server s) {
            dialect = PostgresDialect.INSTANCE;
            ds = ServerConnection.dataSource(s);
            try (Connection c = ds.getConnection()) {
                lines.add("server: " + c.getMetaData().getDatabaseProductName() + " "
                        + c.getMetaData().getDatabaseProductVersion() + ", database " + s.database());
            } catch (java.sql.SQLException e) {
                throw ServerConnection.translate(e, s);
            }
        } else {
            dialect = SqliteDialect.INSTANCE;
            ds = readOnly(((DbLocation.File) location).path());
        }
        try {
            try (Connection c = ds.getConnection()) {
                Database.inspect(c, dialect, location.display());
            } catch (DatabaseException e) {
                problems.add(switch (e.problem()) {
                    case TOO_NEW -> "Database ini dibuat oleh Loket versi lebih baru — perbarui Loket di komputer ini"
                            + " (skema V" + e.args().get(0) + ", Loket ini V" + e.args().get(1) + ")";
                    case NOT_LOKET -> "bukan database Loket";
                    default -> e.problem().name();
                });
                return new Report(lines, problems);
            }
            Jdbi jdbi = Database.withoutValuesInErrors(Jdbi.create(ds));
            if (dialect == SqliteDialect.INSTANCE) {
                integrity.start(jdbi, dialect, lines.size());
            }
            // Flyway's info once: each call reads the history table again (on a server, a connection each)
            org.flywaydb.core.api.MigrationInfoService migrations = Flyway.configure().dataSource(ds)
                    .locations(dialect.migrations()).load().info();
            MigrationInfo current = migrations.current();
            lines.add("migrasi: versi " + (current == null ? "-" : current.getVersion()));
            for (MigrationInfo m : migrations.all()) {
                if (m.getState() == MigrationState.PENDING) {
                    problems.add("migrasi belum dijalankan: V" + m.getVersion() + " " + m.getDescription());
                } else if (m.getState().isFailed()) {
                    problems.add("migrasi gagal: V" + m.getVersion() + " " + m.getDescription());
                }
            }
            if (dialect == SqliteDialect.INSTANCE && jdbi.withHandle(LoadIndexes::pending)) {
                problems.add("demo-data berhenti sebelum selesai: indeks tabel " + String.join(", ", LoadIndexes.TABLES)
                        + " belum dibuat ulang (dibuat ulang saat database ini dibuka lagi oleh Loket)");
            }
            // The counts on one connection (a server connection costs about 20 ms to open); each count is
            // its own statement in autocommit, so a table that cannot be read spoils none of the others.
            jdbi.useHandle(h -> {
                for (String table : COUNTED) {
                    try {
                        int n = h.createQuery("SELECT count(*) FROM " + table).mapTo(Integer.class).one();
                        lines.add(table + ": " + n);
                    } catch (RuntimeException e) {
                        problems.add("tabel tidak terbaca: " + table);
                    }
                }
            });
            List<String> scripts = new ArrayList<>();
            for (MigrationInfo m : migrations.applied()) {
                if (m.getState().isApplied() && !m.getState().isFailed() && m.getScript() != null) {
                    scripts.add(m.getScript());
                }
            }
            // One read-only snapshot for the chain and the rows; on PostgreSQL a transaction, so that the
            // rows stream 2,000 at a time instead of arriving all at once.
            try (Connection c = ds.getConnection()) {
                c.setAutoCommit(false);
                if (dialect == PostgresDialect.INSTANCE) {
                    c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                    c.setReadOnly(true);
                }
                try (org.jdbi.v3.core.Handle h = Jdbi.open(c)) {
                    try {
                        long t1 = System.nanoTime();
                        AuditLog.Verification audit = AuditLog.verify(h, 0, AuditLog.GENESIS, 0);
                        lines.add("audit_log: rantai hash " + (audit.ok() ? "utuh" : "RUSAK mulai baris " + audit.brokenAt()));
                        timings.add("rantai audit" + ms(t1));
                        if (!audit.ok()) {
                            problems.add("audit_log diubah di luar aplikasi (baris " + audit.brokenAt() + ")");
                        }
                        java.util.Optional<AuditAnchor> inside = AuditAnchor.embedded(h, hasTable(h, dialect, "audit_anchor"));
                        // A backup file (its own <file>.anchor beside it) is held to its own anchors: the
                        // newer backups in its folder hold longer chains than it ever had.
                        java.util.Optional<Path> own = location instanceof DbLocation.File f
                                ? java.util.Optional.of(f.path().resolveSibling(f.path().getFileName() + ".anchor"))
                                        .filter(java.nio.file.Files::isRegularFile) : java.util.Optional.empty();
                        // Only this database's anchors count: other databases may be backed up into the same folder.
                        String identity = AuditAnchor.identity(h);
                        List<AuditAnchor> outside = own.isPresent() ? AuditAnchor.read(own.get())
                                : AuditAnchor.find(anchorPlaces);
                        List<AuditAnchor> ours = AuditAnchor.of(identity, outside, location instanceof DbLocation.File f
                                ? f.path().getFileName().toString() : null);
                        java.util.Optional<AuditAnchor> anchor = AuditAnchor.newest(ours);
                        if (!identity.isEmpty()) {
                            lines.add("identitas database: " + identity);
                        }
                        if (outside.size() > ours.size()) {
                            lines.add("jangkar audit: " + (outside.size() - ours.size())
                                    + " jangkar lain tidak dibandingkan (milik database lain di folder yang sama, atau tanpa identitas: dari Loket sebelum V71)");
                        }
                        if (anchor.isEmpty() && inside.isEmpty()) {
                            lines.add("jangkar audit: tidak ditemukan untuk database ini di " + anchorPlaces
                                    + " (belum ada cadangan): rantai yang dihitung ulang tidak dapat dikenali");
                        }
                        for (AuditAnchor a : java.util.stream.Stream.of(inside, anchor).flatMap(java.util.Optional::stream).toList()) {
                            lines.add("jangkar audit: " + a.rows() + " baris, " + a.at() + " (" + a.source() + ")");
                            a.problemWith(h).ifPresent(problems::add);
                        }
                        long t2 = System.nanoTime();
                        List<String> rows = RecordCheck.run(h, dialect, scripts);
                        lines.add("baris tercatat: " + (rows.isEmpty() ? "sesuai audit" : rows.size() + " temuan"));
                        timings.add("baris" + ms(t2));
                        integrity.report(lines, problems, timings);
                        lines.add("waktu: " + String.join(", ", timings));
                        problems.addAll(rows);
                    } finally {
                        c.rollback(); // read-only: nothing to keep; before the handle closes
                    }
                }
            }
            attachments(jdbi, lines, problems);
        } catch (java.sql.SQLException | RuntimeException e) {
            integrity.report(lines, problems, timings);
            if (location instanceof DbLocation.Server s) {
                DatabaseException d = ServerConnection.translate(e, s);
                if (d.problem() != id.kalbarprov.loket.core.database.DatabaseProblem.MIGRATION_FAILED) {
                    throw d; // the server went away or refused: a message of its own
                }
            }
            org.slf4j.LoggerFactory.getLogger(DatabaseCheck.class).warn("check: the database did not open", e);
            problems.add("database tidak dapat dibuka: " + Failures.classify(e, "")
                    .map(d -> why(d.problem())).orElseGet(() -> rootMessage(e)));
        }
        return new Report(lines, problems);
    }

    /**
     * integrity_check on a connection and thread of its own, beside the chain and the rows (a third of
     * check's time at 100,000 letters): check takes the longer of the two, not their sum.
     */
    private static final class Integrity {
        private java.util.concurrent.CompletableFuture<List<String>> result;
        private int line;
        private long ms;

        void start(Jdbi jdbi, Dialect dialect, int line) {
            this.line = line;
            result = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                long t0 = System.nanoTime();
                try {
                    return jdbi.withHandle(dialect::integrityCheck);
                } finally {
                    ms = (System.nanoTime() - t0) / 1_000_000;
                }
            }, r -> {
                Thread t = new Thread(r, "check-integrity");
                t.setDaemon(true);
                t.start();
            });
        }

        /** Waits for it (once) and puts its line, time and problem where they always were. */
        void report(List<String> lines, List<String> problems, List<String> timings) {
            if (result == null) {
                return;
            }
            List<String> integrity;
            try {
                integrity = result.join();
            } catch (RuntimeException e) {
                integrity = List.of(String.valueOf(rootMessage(e)));
            }
            result = null;
            lines.add(Math.min(line, lines.size()), "integrity_check: " + String.join("; ", integrity));
            timings.add(0, "integrity_check (" + ms + " ms, bersamaan)");
            if (!(integrity.size() == 1 && integrity.get(0).equals("ok"))) {
                problems.add(0, "integrity_check melaporkan kerusakan");
            }
        }
    }

    private static boolean hasTable(org.jdbi.v3.core.Handle h, Dialect dialect, String table) {
        String sql = dialect instanceof PostgresDialect
                ? "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = ?"
                : "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = ?";
        return h.createQuery(sql).bind(0, table).mapTo(Integer.class).one() > 0;
    }

    /** Scanned letters (issue 14): how many, and every blob's bytes against its SHA-256 key. */
    private static void attachments(Jdbi jdbi, List<String> lines, List<String> problems) {
        try {
            AttachmentStore.Health health = jdbi.withHandle(AttachmentStore::health);
            lines.add("lampiran: " + health.links() + " (" + health.blobs() + " berkas berbeda), isi "
                    + (health.damaged().isEmpty() ? "utuh" : "RUSAK: " + health.damaged().size() + " berkas"));
            for (String sha : health.damaged()) {
                problems.add("isi lampiran tidak cocok dengan SHA-256-nya: " + sha);
            }
            problems.addAll(health.unaudited());
        } catch (RuntimeException e) {
            problems.add("tabel tidak terbaca: letter_attachment/attachment_blob");
        }
    }

    /**
     * A connection that cannot write: no journal-mode switch (a DELETE-mode file stays one), no
     * migration, no new file (a missing or empty file is not created or filled).
     */
    static DataSource readOnly(Path file) {
        org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(Database.BUSY_TIMEOUT_MS);
        // Pages read through a memory map instead of a read() and a copy each: integrity_check, the chain
        // and the rows read the whole file (at 100,000 letters integrity_check took about half as long).
        config.setPragma(org.sqlite.SQLiteConfig.Pragma.MMAP_SIZE, String.valueOf(MMAP_BYTES));
        org.sqlite.SQLiteDataSource ds = new org.sqlite.SQLiteDataSource(config);
        ds.setUrl(Database.sqliteUrl(file));
        return ds;
    }

    /** Up to 2 GiB of the file mapped (SQLite's own cap on most builds); the rest is read as before. */
    static final long MMAP_BYTES = 2_147_418_112L;

    private static String ms(long since) {
        return " (" + (System.nanoTime() - since) / 1_000_000 + " ms)";
    }

    /** Why the file could not be read, in the report's words (the driver's own text goes to loket.log). */
    private static String why(id.kalbarprov.loket.core.database.DatabaseProblem p) {
        return switch (p) {
            case DISK_FULL -> "disk penuh";
            case READ_ONLY -> "berkas atau foldernya tidak boleh dibaca oleh pengguna ini";
            case NOT_LOKET -> "berkas ini bukan database (SQLite)";
            case DAMAGED -> "berkas rusak atau disk gagal membacanya; pulihkan dari cadangan (loket restore --from <cadangan>)";
            case BUSY -> "komputer lain menguncinya terlalu lama; coba lagi sebentar lagi";
            default -> p.name();
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
