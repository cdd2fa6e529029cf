package id.kalbarprov.loket.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.jdbi.v3.core.Jdbi;

/** The {@code check} command's work: integrity_check, migrations current, row counts. Opens without migrating. */
public final class DatabaseCheck {

    /** Tables whose row counts are reported. */
    static final List<String> COUNTED = List.of("agency", "service", "holiday", "complaint_channel",
            "complaint_category", "letter", "request_history", "operator", "audit_log",
            "complaint", "complaint_history", "request_processing",
            "outgoing_letter", "complaint_reply");

    /** What was found; {@code problems} empty means healthy. */
    public record Report(List<String> lines, List<String> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private DatabaseCheck() {
    }

    public static Report run(Path file) {
        List<String> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try {
            var ds = Database.dataSource(file);
            Jdbi jdbi = Jdbi.create(ds);
            List<String> integrity = jdbi.withHandle(h -> h.createQuery("PRAGMA integrity_check")
                    .mapTo(String.class).list());
            lines.add("integrity_check: " + String.join("; ", integrity));
            if (!(integrity.size() == 1 && integrity.get(0).equals("ok"))) {
                problems.add("integrity_check melaporkan kerusakan");
            }
            Flyway flyway = Flyway.configure().dataSource(ds).locations(Database.SQLITE_MIGRATIONS).load();
            MigrationInfo current = flyway.info().current();
            lines.add("migrasi: versi " + (current == null ? "-" : current.getVersion()));
            for (MigrationInfo m : flyway.info().all()) {
                if (m.getState() == MigrationState.PENDING) {
                    problems.add("migrasi belum dijalankan: V" + m.getVersion() + " " + m.getDescription());
                } else if (m.getState().isFailed()) {
                    problems.add("migrasi gagal: V" + m.getVersion() + " " + m.getDescription());
                }
            }
            for (String table : COUNTED) {
                try {
                    int n = jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM " + table)
                            .mapTo(Integer.class).one());
                    lines.add(table + ": " + n);
                } catch (RuntimeException e) {
                    problems.add("tabel tidak terbaca: " + table);
                }
            }
            AuditLog.Verification audit = AuditLog.verify(jdbi);
            lines.add("audit_log: rantai hash " + (audit.ok() ? "utuh" : "RUSAK mulai baris " + audit.brokenAt()));
            if (!audit.ok()) {
                problems.add("audit_log diubah di luar aplikasi (baris " + audit.brokenAt() + ")");
            }
        } catch (RuntimeException e) {
            problems.add("database tidak dapat dibuka: " + rootMessage(e));
        }
        return new Report(lines, problems);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
