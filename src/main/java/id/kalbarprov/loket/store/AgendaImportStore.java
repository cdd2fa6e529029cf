package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.agendaimport.AgendaImportPort;
import id.kalbarprov.loket.core.agendaimport.AgendaRow;
import id.kalbarprov.loket.core.numbering.NumberPattern;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Imported letters of the old agenda book (V65 letter.imported), in one transaction. */
public final class AgendaImportStore implements AgendaImportPort {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private final Jdbi jdbi;

    public AgendaImportStore(Database db) {
        this.jdbi = db.jdbi();
    }

    @Override
    public Set<String> existing(Collection<String> numbers) {
        Set<String> found = new HashSet<>();
        List<String> all = new ArrayList<>(numbers);
        jdbi.useHandle(h -> {
            for (int i = 0; i < all.size(); i += 500) {
                found.addAll(h.createQuery("SELECT agenda_number FROM letter WHERE agenda_number IN (<n>)")
                        .bindList("n", all.subList(i, Math.min(all.size(), i + 500))).mapTo(String.class).list());
            }
        });
        return found;
    }

    @Override
    public int store(List<AgendaRow> rows, Map<String, Long> mapped, String actor, String source, LocalDateTime at) {
        return jdbi.inTransaction(h -> {
            Map<Integer, Long> lowest = new HashMap<>();
            String pattern = LetterStore.agendaPattern(h);
            Map<Integer, Long> counters = new HashMap<>();
            // one prepared batch for the letters, then one for their history rows (10,000 rows in one transaction)
            org.jdbi.v3.core.statement.PreparedBatch letters = h.prepareBatch("""
                    INSERT INTO letter (agenda_year, agenda_seq, agenda_number, received_at, agency_id,
                        letter_number, letter_number_key, letter_date, subject, service_id, signer_role,
                        signer_name, notes, state, clock_start, created_by, created_at, imported)
                    VALUES (:year, :seq, :agenda, :received, :agency, :number, :key, :date, :subject, :service,
                        'KEPALA_PD', '-', :notes, 'SELESAI', NULL, :by, :at, 1)""");
            Map<String, Integer> lineOf = new HashMap<>();
            for (AgendaRow r : rows) {
                int year = r.received().getYear();
                long seq = lowest.computeIfAbsent(year, y -> Math.min(0L, h.createQuery(
                        "SELECT coalesce(min(agenda_seq), 0) FROM letter WHERE agenda_year = ?").bind(0, y)
                        .mapTo(Long.class).one())) - 1;
                lowest.put(year, seq);
                letters.bind("year", year).bind("seq", seq).bind("agenda", r.agendaNumber())
                        .bind("received", r.received().atStartOfDay().toString()).bind("agency", r.agencyId())
                        .bind("number", r.letterNumber()).bind("key", LetterStore.numberKey(r.letterNumber()))
                        .bind("date", r.letterDate().toString()).bind("subject", r.subject())
                        .bind("service", r.serviceId()).bind("notes", r.notes()).bind("by", actor)
                        .bind("at", at.toString()).add();
                lineOf.put(r.agendaNumber(), r.line());
                ownSerial(pattern, r).ifPresent(s -> counters.merge(year, s, Math::max));
            }
            letters.execute();
            org.jdbi.v3.core.statement.PreparedBatch history = h.prepareBatch("""
                    INSERT INTO request_history (letter_id, at, actor, from_state, to_state, note)
                    VALUES (:id, :at, :by, NULL, 'SELESAI', :note)""");
            List<Map.Entry<Long, String>> stored = h.createQuery(
                            "SELECT id, agenda_number FROM letter WHERE imported = 1 AND created_at = ? AND created_by = ?")
                    .bind(0, at.toString()).bind(1, actor)
                    .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2))).list();
            Map<String, AgendaRow> rowOf = new HashMap<>();
            rows.forEach(r -> rowOf.put(r.agendaNumber(), r));
            AuditBatch audit = auditBatch(h);
            for (Map.Entry<Long, String> e : stored) {
                Integer line = lineOf.get(e.getValue());
                AgendaRow r = rowOf.get(e.getValue());
                if (r != null) {
                    // one entry per imported letter, as registration writes: check proves each row (issue 12)
                    Map<String, Object> row = new LinkedHashMap<>();
                    row.put("agendaNumber", r.agendaNumber());
                    row.put("receivedAt", r.received().atStartOfDay().toString());
                    row.put("agencyId", r.agencyId());
                    row.put("letterNumber", r.letterNumber());
                    row.put("letterDate", r.letterDate().toString());
                    row.put("subject", r.subject());
                    row.put("serviceId", r.serviceId());
                    row.put("state", "SELESAI");
                    row.put("imported", 1);
                    if (line != null) {
                        HistoryAudit.put(row, 0, at.toString(), actor, null, "SELESAI", note(source, line));
                    }
                    try {
                        audit.append(actor, "letter", e.getKey(), "import", null, row);
                    } catch (java.sql.SQLException failed) {
                        throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(failed, null);
                    }
                }
                if (line != null) {
                    history.bind("id", e.getKey()).bind("at", at.toString()).bind("by", actor)
                            .bind("note", note(source, line)).add();
                }
            }
            history.execute();
            for (var c : counters.entrySet()) {
                h.createUpdate("""
                                INSERT INTO agenda_counter (year, last_seq) VALUES (?, ?)
                                ON CONFLICT (year) DO UPDATE SET last_seq = CASE WHEN agenda_counter.last_seq < excluded.last_seq
                                    THEN excluded.last_seq ELSE agenda_counter.last_seq END""")
                        .bind(0, c.getKey()).bind(1, c.getValue()).execute();
            }
            try (audit) {
                audit.flush();
            } catch (java.sql.SQLException failed) {
                throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(failed, null);
            }
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("rows", rows.size());
            after.put("first", rows.get(0).agendaNumber());
            after.put("last", rows.get(rows.size() - 1).agendaNumber());
            if (!mapped.isEmpty()) {
                after.put("agencyMap", String.join("; ", new java.util.TreeMap<>(mapped).entrySet().stream()
                        .map(m -> m.getKey() + "=" + m.getValue()).toList()));
            }
            AuditLog.append(h, actor, "agenda_import", "import", "import " + source, null, after);
            return rows.size();
        });
    }

    private static AuditBatch auditBatch(Handle h) {
        try {
            AuditBatch audit = new AuditBatch(h.getConnection());
            audit.begin();
            return audit;
        } catch (java.sql.SQLException failed) {
            throw new org.jdbi.v3.core.statement.UnableToExecuteStatementException(failed, null);
        }
    }

    /** The serial of Loket's own series an imported number would be, if it is written in Loket's pattern. */
    static java.util.Optional<Long> ownSerial(String pattern, AgendaRow r) {
        Matcher m = DIGITS.matcher(r.agendaNumber());
        NumberPattern p = new NumberPattern(pattern);
        while (m.find()) {
            if (m.group().length() > 9) {
                continue;
            }
            long seq = Long.parseLong(m.group());
            if (p.format(seq, r.received().getYear(), r.received().getMonthValue(), null).equals(r.agendaNumber())) {
                return java.util.Optional.of(seq);
            }
        }
        return java.util.Optional.empty();
    }

    /** For tests: whether letter {@code id} is marked imported. */
    static boolean imported(Handle h, long id) {
        return h.createQuery("SELECT imported FROM letter WHERE id = ?").bind(0, id).mapTo(Integer.class).one() == 1;
    }

    private static String note(String source, int line) {
        return "Diimpor dari buku agenda lama (" + source + ", baris " + line + ")";
    }
}
