package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.complaints.ComplainantKind;
import id.kalbarprov.loket.core.complaints.ComplaintDraft;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.documents.LetterPdf;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An office's records survive SQLite → PostgreSQL → SQLite unchanged, and a filled target is refused. */
class DatabaseCopyTest {

    @TempDir
    Path dir;

    @AfterEach
    void drop() {
        Backend.dropCreated();
    }

    /** A database with letters in every state, issued letters with their PDFs, a complaint, an operator. */
    static Database office(Path file) {
        Database db = Database.open(file);
        DemoData.write(db, 120, 5, LocalDate.of(2026, 11, 20));
        DemoLetters.write(db, new LetterPdf(), 4, 6, 5, LocalDate.of(2026, 11, 20));
        id.kalbarprov.loket.Loket loket = id.kalbarprov.loket.Loket.open(file, LetterFixtures.clock());
        loket.operators().createFirstAdministrator("admin", "Siti Admin", "rahasia-kantor");
        long channel = loket.reference().complaintChannels().get(0).id();
        loket.complaintService().register(new ComplaintDraft(LocalDateTime.of(2026, 11, 23, 9, 0), channel, null,
                false, "Rina Marlina", ComplainantKind.MASYARAKAT, null, "0812 3456 7890", null, null,
                "Zoom belum aktif"), LetterFixtures.LOKET);
        loket.database().close();
        return db;
    }

    @Test
    void sqliteToServerAndBackGivesEqualContent() throws Exception {
        Database original = office(dir.resolve("kantor.db"));
        Database server = Database.open(Backend.POSTGRESQL.location(dir));
        DatabaseCopy.Result there = DatabaseCopy.copy(original, server);
        assertThat(there.audit().ok()).isTrue();
        assertThat(there.rows("letter")).isEqualTo(120);
        assertThat(there.rows("outgoing_letter")).isPositive();

        Database back = Database.open(dir.resolve("kembali.db"));
        DatabaseCopy.Result home = DatabaseCopy.copy(server, back);
        assertThat(home.audit().ok()).isTrue();

        Map<String, List<String>> before = dump(original);
        assertThat(dump(server)).isEqualTo(before);
        assertThat(dump(back)).isEqualTo(before);
        assertThat(before.keySet()).contains("letter", "audit_log", "outgoing_letter", "complaint", "operator");

        // The server's derived search table and id sequences are rebuilt: search finds the same, new rows go on.
        LetterFilter reset = LetterFilter.ALL.withText("reset password");
        assertThat(new LetterStore(server).count(reset)).isEqualTo(new LetterStore(original).count(reset));
        assertThat(new LetterStore(server).count(reset).value()).isPositive();
        // ... each line exactly as the trigger would have written it
        assertThat(server.jdbi().<Integer, RuntimeException>withHandle(h -> h.createQuery("""
                SELECT count(*) FROM letter l JOIN letter_search s ON s.letter_id = l.id
                WHERE s.doc IS DISTINCT FROM letter_search_text(l.agenda_number, l.letter_number, l.subject,
                                                               l.agency_id, l.signer_name)""").mapTo(Integer.class).one()))
                .isZero();
        assertThat(server.jdbi().<Integer, RuntimeException>withHandle(h -> h.createQuery("SELECT count(*) FROM letter_search")
                .mapTo(Integer.class).one())).isEqualTo(120);
        // The tally (derived, left out of the copy) is rebuilt: Beranda's counts agree with the letters.
        String tally = "SELECT agency_id || ' ' || service_id || ' ' || state || ' ' || letters FROM letter_tally"
                + " WHERE letters > 0 ORDER BY agency_id, service_id, state";
        String fromLetters = "SELECT agency_id || ' ' || service_id || ' ' || state || ' ' || count(*) FROM letter"
                + " GROUP BY agency_id, service_id, state ORDER BY agency_id, service_id, state";
        List<String> expected = original.jdbi().withHandle(h -> h.createQuery(fromLetters).mapTo(String.class).list());
        assertThat(expected).isNotEmpty();
        for (Database copy : List.of(server, back)) {
            List<String> rows = copy.jdbi().withHandle(h -> h.createQuery(tally).mapTo(String.class).list());
            assertThat(rows).isEqualTo(expected);
        }
        long maxId = server.jdbi().withHandle(h -> h.createQuery("SELECT max(id) FROM audit_log").mapTo(Long.class).one());
        new HolidayStore(server).insert(new id.kalbarprov.loket.core.calendar.Holiday(LocalDate.of(2026, 12, 31),
                "cuti_bersama", "Cuti", null), "admin");
        assertThat(AuditLog.verify(server.jdbi()).rows()).isEqualTo(maxId + 1);
    }

    @Test
    void aTargetWithRecordsIsRefusedAndLeftAsItWas() {
        Database source = office(dir.resolve("a.db"));
        Database target = office(dir.resolve("b.db"));
        Map<String, List<String>> before = dump(target);
        assertThatThrownBy(() -> DatabaseCopy.copy(source, target)).isInstanceOfSatisfying(DatabaseCopy.Refused.class,
                e -> assertThat(e.reason()).isEqualTo(DatabaseCopy.Refused.Reason.TARGET_NOT_EMPTY));
        assertThat(dump(target)).isEqualTo(before);
        Database server = Database.open(Backend.POSTGRESQL.location(dir));
        DatabaseCopy.copy(target, server);
        Map<String, List<String>> onServer = dump(server);
        assertThatThrownBy(() -> DatabaseCopy.copy(source, server)).isInstanceOf(DatabaseCopy.Refused.class);
        assertThat(dump(server)).isEqualTo(onServer);
    }

    /** Every copied table's rows as text, in key order; blobs by their SHA-256. */
    static Map<String, List<String>> dump(Database db) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = db.snapshot(); Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery(db.dialect().tablesSql())) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables.stream().filter(t -> !db.dialect().derived(t)).sorted().toList()) {
                List<String> rows = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT * FROM " + t)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder b = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            Object v = rs.getObject(i);
                            b.append(md.getColumnName(i)).append('=').append(v instanceof byte[] bytes
                                    ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes))
                                    : v instanceof Number n ? Long.toString(n.longValue()) : String.valueOf(v)).append('|');
                        }
                        rows.add(b.toString());
                    }
                }
                rows.sort(null);
                out.put(t, rows);
            }
            c.rollback();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
