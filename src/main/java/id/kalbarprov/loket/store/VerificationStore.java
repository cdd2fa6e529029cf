package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.letters.VerificationPort;
import java.time.LocalDate;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/** The outgoing register as verification reads it (V64: codes; outgoing_letter.sha256 indexed). */
public final class VerificationStore implements VerificationPort {

    private static final String SELECT = """
            SELECT o.number, o.letter_date, o.subject, o.addressee, v.code, o.status, o.cancel_reason, o.sha256
            FROM outgoing_letter o LEFT JOIN outgoing_verification v ON v.outgoing_id = o.id""";

    private final Jdbi jdbi;

    public VerificationStore(Database db) {
        this.jdbi = db.jdbi();
    }

    @Override
    public Optional<Issued> bySha256(String sha256) {
        return find(SELECT + " WHERE o.sha256 = ? ORDER BY o.id LIMIT 1", sha256);
    }

    @Override
    public Optional<Issued> byCode(String code) {
        return find(SELECT + " WHERE v.code = ?", code);
    }

    private Optional<Issued> find(String sql, String value) {
        return jdbi.withHandle(h -> h.createQuery(sql).bind(0, value)
                .map((rs, ctx) -> new Issued(rs.getString(1), LocalDate.parse(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5), "DIBATALKAN".equals(rs.getString(6)), rs.getString(7),
                        rs.getString(8)))
                .findOne());
    }
}
