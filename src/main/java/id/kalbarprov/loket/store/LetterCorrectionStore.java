package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.intake.Correction;
import id.kalbarprov.loket.core.intake.LetterCorrection;
import id.kalbarprov.loket.core.intake.LetterCorrectionPort;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.report.ClockReplay;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Corrections of registered letters (V61, docs/decisions/0021), the same SQL on SQLite and
 * PostgreSQL: one transaction writes the letter's fields and clock, the correction with its changed
 * fields, and the audit entry. The register's search index and tallies follow the letter row by their
 * triggers; other desks see the commit through {@link ChangeWatcher}.
 */
public final class LetterCorrectionStore implements LetterCorrectionPort {

    private final Jdbi jdbi;

    public LetterCorrectionStore(Database db) {
        this.jdbi = db.jdbi();
    }

    @Override
    public Optional<Current> find(long id) {
        return jdbi.withHandle(h -> current(h, id));
    }

    private static Optional<Current> current(Handle h, long id) {
        List<ClockReplay.Step> steps = h.createQuery(
                        "SELECT at, from_state, to_state FROM request_history WHERE letter_id = ? ORDER BY id")
                .bind(0, id)
                .map((rs, ctx) -> new ClockReplay.Step(LocalDateTime.parse(rs.getString(1)),
                        rs.getString(2) == null ? null : RequestState.valueOf(rs.getString(2)),
                        RequestState.valueOf(rs.getString(3))))
                .list();
        return h.createQuery("""
                        SELECT l.id, l.version, l.agenda_number, l.agenda_year, l.service_id, l.state, l.received_at,
                               l.agency_id, l.letter_number, l.letter_date, l.subject, l.signer_role, l.signer_name,
                               l.contact_name, l.contact_phone, l.notes, a.name AS agency_name, l.clock_start,
                               l.clock_days_used, coalesce(l.updated_by, l.created_by) AS changed_by,
                               coalesce(l.updated_at, l.created_at) AS changed_at
                        FROM letter l JOIN agency a ON a.id = l.agency_id WHERE l.id = ?""")
                .bind(0, id)
                .map((rs, ctx) -> new Current(rs.getLong("id"), rs.getInt("version"), rs.getString("agenda_number"),
                        rs.getInt("agenda_year"), rs.getLong("service_id"), RequestState.valueOf(rs.getString("state")),
                        new LetterCorrection(LocalDateTime.parse(rs.getString("received_at")), rs.getLong("agency_id"),
                                rs.getString("letter_number"), LocalDate.parse(rs.getString("letter_date")),
                                rs.getString("subject"), SignerRole.valueOf(rs.getString("signer_role")),
                                rs.getString("signer_name"), rs.getString("contact_name"),
                                rs.getString("contact_phone"), rs.getString("notes")),
                        rs.getString("agency_name"),
                        rs.getString("clock_start") == null ? null : LocalDate.parse(rs.getString("clock_start")),
                        rs.getInt("clock_days_used"), steps, rs.getString("changed_by"),
                        LocalDateTime.parse(rs.getString("changed_at"))))
                .findOne();
    }

    @Override
    public Optional<String> sameNumber(long agencyId, String letterNumber, long exceptId) {
        return jdbi.withHandle(h -> h.createQuery("""
                        SELECT agenda_number FROM letter WHERE agency_id = ? AND letter_number_key = ? AND id <> ?
                        ORDER BY id LIMIT 1""")
                .bind(0, agencyId).bind(1, LetterStore.numberKey(letterNumber)).bind(2, exceptId)
                .mapTo(String.class).findOne());
    }

    @Override
    public Optional<String> agencyName(long agencyId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT name FROM agency WHERE id = ?").bind(0, agencyId)
                .mapTo(String.class).findOne());
    }

    @Override
    public void apply(Apply c) {
        jdbi.useTransaction(h -> {
            LetterCorrection f = c.after();
            Correction corr = c.correction();
            int updated = h.createUpdate("""
                            UPDATE letter SET received_at = :received, agency_id = :agency, letter_number = :number,
                                letter_number_key = :key, letter_date = :date, subject = :subject,
                                signer_role = :role, signer_name = :signer, contact_name = :contact,
                                contact_phone = :phone, notes = :notes, clock_start = :start,
                                clock_days_used = :used, updated_at = :at, updated_by = :by, version = version + 1
                            WHERE id = :id AND version = :version""")
                    .bind("received", f.receivedAt().toString()).bind("agency", f.agencyId())
                    .bind("number", f.letterNumber()).bind("key", LetterStore.numberKey(f.letterNumber()))
                    .bind("date", f.letterDate().toString()).bind("subject", f.subject())
                    .bind("role", f.signerRole().name()).bind("signer", f.signerName())
                    .bind("contact", f.contactName()).bind("phone", f.contactPhone()).bind("notes", f.notes())
                    .bind("start", c.clockStart() == null ? null : c.clockStart().toString())
                    .bind("used", c.clockDaysUsed()).bind("at", corr.at().toString()).bind("by", corr.actor())
                    .bind("id", c.id()).bind("version", c.expectedVersion())
                    .execute();
            if (updated == 0) {
                Current now = current(h, c.id()).orElseThrow(() -> new IllegalArgumentException("no letter " + c.id()));
                throw new ConcurrentChangeException("letter", c.id(), now.updatedBy(), now.updatedAt());
            }
            long correctionId = h.createUpdate("""
                            INSERT INTO letter_correction (letter_id, at, actor, reason) VALUES (?, ?, ?, ?)""")
                    .bind(0, c.id()).bind(1, corr.at().toString()).bind(2, corr.actor()).bind(3, corr.reason())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            int position = 0;
            for (Correction.Change ch : corr.changes()) {
                h.createUpdate("""
                                INSERT INTO letter_correction_change (correction_id, position, field, before_value,
                                    after_value) VALUES (?, ?, ?, ?, ?)""")
                        .bind(0, correctionId).bind(1, position++).bind(2, ch.field()).bind(3, ch.before())
                        .bind(4, ch.after()).execute();
            }
            // The clock as it now stands, for check (issue 12): a corrected received time moves it.
            Map<String, Object> after = new java.util.LinkedHashMap<>(c.auditAfter());
            after.put("clockStart", c.clockStart() == null ? null : c.clockStart().toString());
            after.put("clockDaysUsed", c.clockDaysUsed());
            AuditLog.append(h, corr.actor(), "letter", c.id(), "correct", c.auditBefore(), after);
        });
    }

    /** The corrections of letter {@code letterId}, oldest first (the letter's detail shows them in its history). */
    static List<Correction> corrections(Handle h, long letterId) {
        Map<Long, Correction> byId = new LinkedHashMap<>();
        Map<Long, List<Correction.Change>> changes = new LinkedHashMap<>();
        h.createQuery("SELECT id, at, actor, reason FROM letter_correction WHERE letter_id = ? ORDER BY id")
                .bind(0, letterId)
                .map((rs, ctx) -> {
                    long id = rs.getLong(1);
                    List<Correction.Change> list = new ArrayList<>();
                    changes.put(id, list);
                    byId.put(id, new Correction(LocalDateTime.parse(rs.getString(2)), rs.getString(3),
                            rs.getString(4), list));
                    return id;
                }).list();
        if (byId.isEmpty()) {
            return List.of();
        }
        h.createQuery("""
                        SELECT correction_id, field, before_value, after_value FROM letter_correction_change
                        WHERE correction_id IN (<ids>) ORDER BY correction_id, position""")
                .bindList("ids", List.copyOf(byId.keySet()))
                .map((rs, ctx) -> changes.get(rs.getLong(1)).add(
                        new Correction.Change(rs.getString(2), rs.getString(3), rs.getString(4))))
                .list();
        List<Correction> out = new ArrayList<>();
        byId.forEach((id, c) -> out.add(new Correction(c.at(), c.actor(), c.reason(), changes.get(id))));
        return out;
    }
}
