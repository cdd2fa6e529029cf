package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.letters.VerificationPort;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The outgoing register as verification reads it (V64: codes; outgoing_letter.sha256 indexed): through
 * an open {@link Database}, or on one read-only connection of its own ({@link #readOnly}) for the
 * {@code verify} command, which then starts without Jdbi.
 */
public final class VerificationStore implements VerificationPort, AutoCloseable {

    private static final String SELECT = """
            SELECT o.number, o.letter_date, o.subject, o.addressee, v.code, o.status, o.cancel_reason, o.sha256
            FROM outgoing_letter o LEFT JOIN outgoing_verification v ON v.outgoing_id = o.id""";

    /** Runs one read on a connection. */
    @FunctionalInterface
    private interface Read {
        Optional<Issued> on(Connection c) throws SQLException;
    }

    /** Gives a read its connection. */
    @FunctionalInterface
    private interface Reader {
        Optional<Issued> run(Read read) throws SQLException;
    }

    private final Reader reader;
    private final AutoCloseable closer;

    public VerificationStore(Database db) {
        this(read -> db.jdbi().withHandle(h -> read.on(h.getConnection())), () -> {
        });
    }

    private VerificationStore(Reader reader, AutoCloseable closer) {
        this.reader = reader;
        this.closer = closer;
    }

    /**
     * The register of the database at {@code location} on one read-only connection, when the database
     * needs nothing done before it is used (see {@link CurrentDatabase}); empty when it must be opened
     * with {@link Database#open} first. Close it.
     *
     * @throws id.kalbarprov.loket.core.database.DatabaseException when a server cannot be reached or refuses
     *         the user, in the words {@link Database#open} gives
     */
    public static Optional<VerificationStore> readOnly(DbLocation location) {
        return CurrentDatabase.readOnly(location).map(c -> new VerificationStore(read -> read.on(c), c));
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
        try {
            return reader.run(c -> {
                try (PreparedStatement st = c.prepareStatement(sql)) {
                    st.setString(1, value);
                    try (ResultSet rs = st.executeQuery()) {
                        return rs.next() ? Optional.of(new Issued(rs.getString(1), LocalDate.parse(rs.getString(2)),
                                rs.getString(3), rs.getString(4), rs.getString(5), "DIBATALKAN".equals(rs.getString(6)),
                                rs.getString(7), rs.getString(8))) : Optional.empty();
                    }
                }
            });
        } catch (SQLException e) {
            throw new StoreException("Cannot read the outgoing register [statement: \"" + sql + "\"; values not logged]",
                    e);
        }
    }

    /** Closes its own connection ({@link #readOnly}); nothing for one through a {@link Database}. */
    @Override
    public void close() {
        try {
            closer.close();
        } catch (Exception e) {
            // read-only: nothing to lose
        }
    }
}
