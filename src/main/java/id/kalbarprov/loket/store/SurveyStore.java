package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.survey.Answers;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import id.kalbarprov.loket.core.survey.Ikm;
import id.kalbarprov.loket.core.survey.Profile;
import id.kalbarprov.loket.core.survey.SurveyElement;
import id.kalbarprov.loket.core.survey.SurveyResponse;
import id.kalbarprov.loket.core.survey.SurveySource;
import id.kalbarprov.loket.core.survey.SurveyStorePort;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.statement.Update;

/**
 * Satisfaction questionnaires (table {@code survey_response}, V50). Each insert, update and delete is
 * one transaction with its audit entry (entity {@code survey_response}) holding the full row as stored.
 */
public final class SurveyStore implements SurveyStorePort {

    static final String ENTITY = "survey_response";
    private static final String ANSWER_COLUMNS = "u1, u2, u3, u4, u5, u6, u7, u8, u9";

    private final Jdbi jdbi;

    public SurveyStore(Database db) {
        this.jdbi = db.jdbi();
    }

    @Override
    public long insert(NewResponse r, String actor, LocalDateTime at) {
        return jdbi.inTransaction(h -> insert(h, r, actor, at));
    }

    /** Inserts one row and its audit entry inside the caller's transaction (demo data uses it too). */
    static long insert(Handle h, NewResponse r, String actor, LocalDateTime at) {
        Update u = h.createUpdate("INSERT INTO survey_response (answered_on, service_id, " + ANSWER_COLUMNS
                + ", sex, age_band, education, occupation, letter_id, source, created_by, created_at) VALUES "
                + "(:on, :service, :u1, :u2, :u3, :u4, :u5, :u6, :u7, :u8, :u9, :sex, :age, :edu, :job, :letter,"
                + " :source, :by, :at)");
        bindFields(u, r);
        long id = u.bind("source", r.source().name()).bind("by", actor).bind("at", at.toString())
                .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
        AuditLog.append(h, actor, ENTITY, id, "create", null, AuditedRow.read(h, "survey_response", id).orElseThrow());
        return id;
    }

    @Override
    public void update(long id, int expectedVersion, NewResponse r, String actor, LocalDateTime at) {
        jdbi.useTransaction(h -> {
            Map<String, Object> before = AuditedRow.read(h, "survey_response", id)
                    .orElseThrow(() -> new ConcurrentChangeException("survey_response", id));
            Update u = h.createUpdate("""
                    UPDATE survey_response SET answered_on = :on, service_id = :service, u1 = :u1, u2 = :u2,
                        u3 = :u3, u4 = :u4, u5 = :u5, u6 = :u6, u7 = :u7, u8 = :u8, u9 = :u9, sex = :sex,
                        age_band = :age, education = :edu, occupation = :job, letter_id = :letter,
                        updated_by = :by, updated_at = :at, version = version + 1
                    WHERE id = :id AND version = :version""");
            bindFields(u, r);
            int n = u.bind("by", actor).bind("at", at.toString()).bind("id", id).bind("version", expectedVersion)
                    .execute();
            if (n != 1) {
                throw new ConcurrentChangeException("survey_response", id);
            }
            AuditLog.append(h, actor, ENTITY, id, "update", before,
                    AuditedRow.read(h, "survey_response", id).orElseThrow());
        });
    }

    @Override
    public void delete(long id, int expectedVersion, String actor, LocalDateTime at) {
        jdbi.useTransaction(h -> {
            Map<String, Object> before = AuditedRow.read(h, "survey_response", id)
                    .orElseThrow(() -> new ConcurrentChangeException("survey_response", id));
            int n = h.createUpdate("DELETE FROM survey_response WHERE id = ? AND version = ?")
                    .bind(0, id).bind(1, expectedVersion).execute();
            if (n != 1) {
                throw new ConcurrentChangeException("survey_response", id);
            }
            AuditLog.append(h, actor, ENTITY, id, "delete", before, null);
        });
    }

    @Override
    public int insertAll(List<NewResponse> rows, String actor, LocalDateTime at) {
        return jdbi.inTransaction(h -> {
            for (NewResponse r : rows) {
                insert(h, r, actor, at);
            }
            return rows.size();
        });
    }

    private static void bindFields(Update u, NewResponse r) {
        u.bind("on", r.answeredOn().toString()).bind("service", r.serviceId());
        for (SurveyElement e : SurveyElement.values()) {
            u.bind(e.column(), r.answers().get(e));
        }
        Profile p = r.profile();
        u.bind("sex", name(p.sex())).bind("age", name(p.age())).bind("edu", name(p.education()))
                .bind("job", name(p.occupation())).bind("letter", r.letterId());
    }

    private static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    private static final String SELECT = "SELECT r.*, l.agenda_number FROM survey_response r "
            + "LEFT JOIN letter l ON l.id = r.letter_id";

    @Override
    public Optional<SurveyResponse> find(long id) {
        return jdbi.withHandle(h -> h.createQuery(SELECT + " WHERE r.id = ?").bind(0, id)
                .map((rs, ctx) -> response(rs)).findOne());
    }

    @Override
    public Optional<LetterRef> letterByAgenda(String agendaNumber) {
        return jdbi.withHandle(h -> h.createQuery(
                        "SELECT id, agenda_number, service_id FROM letter WHERE upper(agenda_number) = ?")
                .bind(0, agendaNumber.strip().toUpperCase(Locale.ROOT))
                .map((rs, ctx) -> new LetterRef(rs.getLong(1), rs.getString(2), rs.getLong(3))).findOne());
    }

    @Override
    public Map<String, Long> serviceIds() {
        return jdbi.withHandle(h -> {
            Map<String, Long> out = new LinkedHashMap<>();
            h.createQuery("SELECT kind, id FROM service ORDER BY position")
                    .map((rs, ctx) -> out.put(rs.getString(1), rs.getLong(2))).list();
            return out;
        });
    }

    @Override
    public List<SurveyResponse> enteredOn(LocalDate day, int limit) {
        return jdbi.withHandle(h -> h.createQuery(SELECT
                        + " WHERE r.created_at >= ? AND r.created_at < ? ORDER BY r.id DESC LIMIT ?")
                .bind(0, day.atStartOfDay().toString()).bind(1, day.plusDays(1).atStartOfDay().toString())
                .bind(2, limit).map((rs, ctx) -> response(rs)).list());
    }

    @Override
    public Map<Long, Ikm> sums(LocalDate from, LocalDate to) {
        return jdbi.withHandle(h -> sums(h, from, to));
    }

    /** Per service: respondents and answer sums of the questionnaires answered on the days [from, to]. */
    static Map<Long, Ikm> sums(Handle h, LocalDate from, LocalDate to) {
        Map<Long, Ikm> out = new LinkedHashMap<>();
        h.createQuery("""
                        SELECT service_id, count(*), sum(u1), sum(u2), sum(u3), sum(u4), sum(u5), sum(u6),
                               sum(u7), sum(u8), sum(u9)
                        FROM survey_response WHERE answered_on >= ? AND answered_on <= ?
                        GROUP BY service_id""")
                .bind(0, from.toString()).bind(1, to.toString())
                .map((rs, ctx) -> {
                    long[] s = new long[SurveyElement.COUNT];
                    for (int i = 0; i < s.length; i++) {
                        s[i] = rs.getLong(3 + i);
                    }
                    return out.put(rs.getLong(1), new Ikm(rs.getInt(2), s));
                }).list();
        return out;
    }

    @Override
    public int requestsReceived(LocalDate from, LocalDate to, Long serviceId) {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM letter WHERE received_at >= :from"
                        + " AND received_at < :to" + (serviceId == null ? "" : " AND service_id = :service"))
                .bind("from", from.toString()).bind("to", to.plusDays(1).toString())
                .bindMap(serviceId == null ? Map.of() : Map.of("service", serviceId))
                .mapTo(Integer.class).one());
    }

    private static SurveyResponse response(ResultSet rs) throws SQLException {
        int[] a = new int[SurveyElement.COUNT];
        for (SurveyElement e : SurveyElement.values()) {
            a[e.ordinal()] = rs.getInt(e.column());
        }
        Profile p = new Profile(Profile.code(Profile.Sex.class, rs.getString("sex")).orElse(null),
                Profile.code(Profile.AgeBand.class, rs.getString("age_band")).orElse(null),
                Profile.code(Profile.Education.class, rs.getString("education")).orElse(null),
                Profile.code(Profile.Occupation.class, rs.getString("occupation")).orElse(null));
        Object letter = rs.getObject("letter_id");
        return new SurveyResponse(rs.getLong("id"), LocalDate.parse(rs.getString("answered_on")),
                rs.getLong("service_id"), Answers.of(a), p, letter == null ? null : ((Number) letter).longValue(),
                rs.getString("agenda_number"), SurveySource.valueOf(rs.getString("source")),
                rs.getString("created_by"), LocalDateTime.parse(rs.getString("created_at")), rs.getInt("version"));
    }
}
