package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.LastAdminException;
import id.kalbarprov.loket.core.auth.LiveRights;
import id.kalbarprov.loket.core.auth.Operator;
import id.kalbarprov.loket.core.auth.OperatorStorePort;
import id.kalbarprov.loket.core.auth.Permission;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.auth.SecurityPolicy;
import id.kalbarprov.loket.core.validation.ConcurrentChangeException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Operators on SQLite; every change with its audit entry in the same transaction. */
public final class OperatorStore implements OperatorStorePort {

    public static final String LOCKOUT_ATTEMPTS = "security.lockoutAttempts";
    public static final String LOCKOUT_MINUTES = "security.lockoutMinutes";
    public static final String IDLE_MINUTES = "security.idleMinutes";

    private static final String COLUMNS = """
            id, username, full_name, roles, active, failed_attempts, locked_until, must_change_password,
            created_at, version""";

    private final Jdbi jdbi;

    /**
     * SQL for who {@code column} names, as people read it: a bare username (demo-data's rows, rows from
     * before actors were recorded with their name) becomes that operator's full name; the app's own
     * "Full Name (username)" matches no username and stays as it is.
     */
    static String personSql(String column) {
        return "coalesce((SELECT nullif(o.full_name, '') FROM operator o WHERE o.username = " + column + "), "
                + column + ")";
    }

    public OperatorStore(Database db) {
        this.jdbi = db.jdbi();
    }

    /** The sign-in settings; a missing or unreadable value falls back to its default. */
    public static SecurityPolicy policy(SettingsStore settings) {
        SecurityPolicy d = SecurityPolicy.DEFAULT;
        int attempts = positive(settings.get(LOCKOUT_ATTEMPTS, ""), d.maxFailures());
        int lockMinutes = positive(settings.get(LOCKOUT_MINUTES, ""), (int) d.lockout().toMinutes());
        int idleMinutes = positive(settings.get(IDLE_MINUTES, ""), (int) d.idleLock().toMinutes());
        return new SecurityPolicy(attempts, Duration.ofMinutes(lockMinutes), Duration.ofMinutes(idleMinutes));
    }

    private static int positive(String value, int fallback) {
        try {
            int n = Integer.parseInt(value.strip());
            return n > 0 ? n : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    @Override
    public long count() {
        return jdbi.withHandle(h -> h.createQuery("SELECT count(*) FROM operator").mapTo(Long.class).one());
    }

    @Override
    public List<Operator> all() {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM operator ORDER BY id")
                .map((rs, ctx) -> map(rs)).list());
    }

    @Override
    public Optional<Operator> find(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM operator WHERE id = ?")
                .bind(0, id).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Optional<Operator> findByUsername(String username) {
        return jdbi.withHandle(h -> h.createQuery("SELECT " + COLUMNS + " FROM operator WHERE username = ?")
                .bind(0, username).map((rs, ctx) -> map(rs)).findOne());
    }

    @Override
    public Optional<String> passwordHash(long id) {
        return jdbi.withHandle(h -> h.createQuery("SELECT password_hash FROM operator WHERE id = ?")
                .bind(0, id).mapTo(String.class).findOne());
    }

    /**
     * The audit field holding the SHA-256 of the stored password hash (issue 12): {@code check} proves the
     * hash against it without the log ever holding the hash; Log Audit leaves it out of its words.
     */
    static final String PASSWORD_SHA256 = "passwordHashSha256";

    @Override
    public Operator insert(Operator op, String passwordHash, String actorLabel, String action) {
        return jdbi.inTransaction(h -> {
            long id = h.createUpdate("""
                            INSERT INTO operator (username, full_name, password_hash, roles, active, failed_attempts,
                                locked_until, must_change_password, created_at, version)
                            VALUES (:u, :n, :h, :r, :a, 0, NULL, :m, :c, 1)""")
                    .bind("u", op.username()).bind("n", op.fullName()).bind("h", passwordHash)
                    .bind("r", Operator.rolesCsv(op.roles())).bind("a", op.active() ? 1 : 0)
                    .bind("m", op.mustChangePassword() ? 1 : 0).bind("c", op.createdAt().toString())
                    .executeAndReturnGeneratedKeys("id").mapTo(Long.class).one();
            Operator stored = h.createQuery("SELECT " + COLUMNS + " FROM operator WHERE id = ?")
                    .bind(0, id).map((rs, ctx) -> map(rs)).one();
            var fields = new java.util.LinkedHashMap<>(stored.auditFields());
            fields.put(PASSWORD_SHA256, RecordCheck.sha256(passwordHash.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            AuditLog.append(h, actorLabel, "operator", id, action, null, fields);
            return stored;
        });
    }

    @Override
    public Optional<LiveRights.Standing> standing(long id) {
        return jdbi.withHandle(h -> standing(h, id));
    }

    private static Optional<LiveRights.Standing> standing(Handle h, long id) {
        return h.createQuery("SELECT active, roles FROM operator WHERE id = ?")
                .bind(0, id).map((rs, ctx) -> new LiveRights.Standing(rs.getInt("active") == 1,
                        Operator.parseRoles(rs.getString("roles")))).findOne();
    }

    @Override
    public Operator update(Operator before, Operator after, String newPasswordHash, String actorLabel,
                           String action) {
        return jdbi.inTransaction(h -> write(h, before, after, newPasswordHash, actorLabel, action));
    }

    /**
     * The write transaction is IMMEDIATE (Database): from its first statement no other workstation
     * can commit, so what is read here is the final state and the checks cannot race. The actor's
     * standing is read before the write (their own change must not count against them); the
     * last-administrator check, made after the write, is reported first.
     */
    @Override
    public Operator adminUpdate(Actor actor, Operator before, Operator after, String newPasswordHash,
                                String action) {
        return jdbi.inTransaction(h -> {
            Optional<LiveRights.Standing> actorNow = standing(h, actor.id());
            Operator stored = write(h, before, after, newPasswordHash, actor.label(), action);
            boolean anAdminRemains = h.createQuery("SELECT roles FROM operator WHERE active = 1")
                    .mapTo(String.class).stream().anyMatch(r -> Operator.parseRoles(r).contains(Role.ADMIN));
            if (!anAdminRemains) {
                throw new LastAdminException(before.id());
            }
            actor.withLive(id -> actorNow).require(Permission.MANAGE_OPERATORS);
            return stored;
        });
    }

    private Operator write(Handle h, Operator before, Operator after, String newPasswordHash, String actorLabel,
                           String action) {
        int n = h.createUpdate("""
                        UPDATE operator SET full_name = :n, roles = :r, active = :a, failed_attempts = :f,
                            locked_until = :l, must_change_password = :m,
                            password_hash = COALESCE(:h, password_hash), version = version + :bump
                        WHERE id = :id AND version = :v""")
                .bind("n", after.fullName()).bind("r", Operator.rolesCsv(after.roles()))
                .bind("a", after.active() ? 1 : 0).bind("f", after.failedAttempts())
                .bind("l", after.lockedUntil() == null ? null : after.lockedUntil().toString())
                .bind("m", after.mustChangePassword() ? 1 : 0).bind("h", newPasswordHash)
                .bind("bump", action == null ? 0 : 1)
                .bind("id", before.id()).bind("v", before.version())
                .execute();
        if (n != 1) {
            throw new ConcurrentChangeException("operator", before.id());
        }
        Operator stored = h.createQuery("SELECT " + COLUMNS + " FROM operator WHERE id = ?")
                .bind(0, before.id()).map((rs, ctx) -> map(rs)).one();
        if (action != null) {
            var afterFields = new java.util.LinkedHashMap<>(stored.auditFields());
            if (newPasswordHash != null) {
                afterFields.put("password", "diganti");
                afterFields.put(PASSWORD_SHA256, RecordCheck.sha256(newPasswordHash.getBytes(
                        java.nio.charset.StandardCharsets.UTF_8)));
            }
            AuditLog.append(h, actorLabel, "operator", before.id(), action, before.auditFields(), afterFields);
        }
        return stored;
    }

    private static Operator map(ResultSet rs) throws SQLException {
        String locked = rs.getString("locked_until");
        return new Operator(rs.getLong("id"), rs.getString("username"), rs.getString("full_name"),
                Operator.parseRoles(rs.getString("roles")), rs.getInt("active") == 1, rs.getInt("failed_attempts"),
                locked == null ? null : LocalDateTime.parse(locked), rs.getInt("must_change_password") == 1,
                LocalDateTime.parse(rs.getString("created_at")), rs.getInt("version"));
    }
}
