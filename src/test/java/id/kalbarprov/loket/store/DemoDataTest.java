package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * demo-data gives the same records for a seed however it writes them (issue 16: a million letters in
 * minutes): 2,000 letters compared, table by table, with what the writer of commit 5f97cf0 (a
 * statement per row) stored, and every index of the schema there afterwards.
 */
@OnBothBackends
class DemoDataTest {

    /**
     * SHA-256 per table of 2,000 letters from seed 20261123, 2 January 2024 to 5 December 2026, as
     * written by commit 5f97cf0 (before the rows went as JSON and the indexes were made after the load).
     * The audit log without its time and hashes (the time is the clock's); the chain is verified apart.
     * Both backends gave the same; SQLite's word index as its words per letter.
     */
    private static final Map<String, String> BEFORE = Map.of("letter", "f095ef90dc9b3b7d",
            "letter_requirement", "14b74c0df20cb060", "request_history", "b178dc7dc8b45431",
            "request_processing", "302b9e0777f054f5", "audit_log", "c2746ae78154618b",
            "agenda_counter", "f9e4843a35dcbc74", "letter_tally", "cb08b41544a234eb",
            "report_received", "c092cb32c9d25cbd", "report_completed", "106b209b29f1ffcf",
            "report_moved", "8a9cd904382e566e");
    private static final String BEFORE_WORDS = "568ff5a768993ef2";

    private static final Map<String, String> TABLES = new LinkedHashMap<>();

    static {
        TABLES.put("letter", "SELECT * FROM letter ORDER BY id");
        TABLES.put("letter_requirement", "SELECT * FROM letter_requirement ORDER BY letter_id, requirement_id");
        TABLES.put("request_history", "SELECT * FROM request_history ORDER BY id");
        TABLES.put("request_processing", "SELECT * FROM request_processing ORDER BY letter_id");
        TABLES.put("audit_log", "SELECT id, actor, entity, entity_id, action, before, after FROM audit_log ORDER BY id");
        TABLES.put("agenda_counter", "SELECT * FROM agenda_counter ORDER BY year");
        TABLES.put("letter_tally", "SELECT * FROM letter_tally ORDER BY agency_id, service_id, state");
        TABLES.put("report_received", "SELECT * FROM report_received ORDER BY day, service_id");
        TABLES.put("report_completed", "SELECT * FROM report_completed ORDER BY day, service_id, clock_start, days_used");
        TABLES.put("report_moved", "SELECT * FROM report_moved ORDER BY day, to_state, service_id");
    }

    @Parameter
    Backend backend;

    @TempDir
    Path dir;

    Database db;

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void aSeedGivesTheSameLettersHistoryAuditAndTalliesAsTheOneRowAtATimeWriter() {
        db = backend.open(dir);
        List<String> indexes = db.jdbi().withHandle(this::indexes);
        DemoData.write(db, 2000, 20261123, LocalDate.of(2024, 1, 2), LocalDate.of(2026, 12, 5));

        Map<String, String> digests = db.jdbi().withHandle(this::digests);
        Map<String, String> before = new java.util.HashMap<>(BEFORE);
        if (backend == Backend.SQLITE) {
            before.put("letter_fts", BEFORE_WORDS);
        }
        assertThat(digests).isEqualTo(before);
        assertThat(AuditLog.verify(db.jdbi()).ok()).as("the audit chain is whole").isTrue();
        assertThat(db.jdbi().withHandle(this::indexes)).as("every index made again after the load").isEqualTo(indexes);
        assertThat(DatabaseCheck.run(db.location(), List.of(dir)).problems()).isEmpty();
    }

    @Test
    void aLoadThatStoppedHalfWayIsRefusedByCheckAndCompletedWhenOpened() {
        db = backend.open(dir);
        if (backend != Backend.SQLITE) {
            return; // PostgreSQL keeps its indexes during a load
        }
        List<String> indexes = db.jdbi().withHandle(this::indexes);
        db.jdbi().useHandle(LoadIndexes::dropForLoad); // dropped, and the load never finishes
        db.close();
        db = null;

        assertThat(DatabaseCheck.run(backend.location(dir), List.of(dir)).problems())
                .anySatisfy(p -> assertThat(p).startsWith("demo-data berhenti sebelum selesai"));
        db = backend.open(dir);
        assertThat(db.jdbi().withHandle(this::indexes)).isEqualTo(indexes);
        assertThat(DatabaseCheck.run(db.location(), List.of(dir)).problems()).isEmpty();
    }

    private List<String> indexes(Handle h) {
        return h.createQuery(backend == Backend.SQLITE
                        ? "SELECT name || ' ' || sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name"
                        : "SELECT indexname || ' ' || indexdef FROM pg_indexes WHERE schemaname = current_schema() ORDER BY indexname")
                .mapTo(String.class).list();
    }

    private Map<String, String> digests(Handle h) {
        Map<String, String> out = new LinkedHashMap<>();
        Map<String, String> tables = new LinkedHashMap<>(TABLES);
        if (backend == Backend.SQLITE) {
            // the word index as words per letter (its pages may be laid out differently)
            h.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.demo_words USING fts5vocab(main, letter_fts, instance)");
            tables.put("letter_fts", "SELECT term, doc, col, \"offset\" FROM temp.demo_words ORDER BY term, doc, col, \"offset\"");
        }
        tables.forEach((table, sql) -> out.put(table, h.createQuery(sql).scanResultSet((rs, ctx) -> {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                var rows = rs.get();
                int columns = rows.getMetaData().getColumnCount();
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        String v = rows.getString(i);
                        md.update((v == null ? "\u0000" : v + "\u0001").getBytes(StandardCharsets.UTF_8));
                    }
                    md.update((byte) '\n');
                }
                return HexFormat.of().formatHex(md.digest()).substring(0, 16);
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        })));
        return out;
    }
}
