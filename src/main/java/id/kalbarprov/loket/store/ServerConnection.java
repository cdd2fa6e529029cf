package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * How Loket connects to a PostgreSQL server, and what a failure means in words. The password is
 * the URL's if it had one; otherwise the driver reads PGPASSWORD or the password file (~/.pgpass;
 * on Windows %APPDATA%\postgresql\pgpass.conf). Loket itself never writes a password anywhere.
 */
final class ServerConnection {

    static final int CONNECT_TIMEOUT_S = 5;
    /** A statement without an answer this long means the server or the network is gone. */
    static final int SOCKET_TIMEOUT_S = 60;

    private ServerConnection() {
    }

    static PGSimpleDataSource dataSource(DbLocation.Server s) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(s.jdbcUrl());
        ds.setUser(s.effectiveUser());
        // The driver reads the password file itself, but not PGPASSWORD: Loket passes that on.
        String password = s.password() != null ? s.password() : System.getenv("PGPASSWORD");
        if (password != null && !password.isEmpty()) {
            ds.setPassword(password);
        }
        ds.setApplicationName("Loket");
        ds.setConnectTimeout(CONNECT_TIMEOUT_S);
        ds.setLoginTimeout(CONNECT_TIMEOUT_S * 2);
        ds.setSocketTimeout(SOCKET_TIMEOUT_S);
        ds.setTcpKeepAlive(true);
        ds.setLogServerErrorDetail(false); // "Key (nip)=(19870…) already exists" would reach loket.log
        return ds;
    }

    /** The failure in words: which of host, port, user, password, database or rights is wrong. */
    static DatabaseException translate(Throwable e, DbLocation.Server s) {
        SQLException sql = find(e, SQLException.class);
        String state = sql == null || sql.getSQLState() == null ? "" : sql.getSQLState();
        String message = sql == null || sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
        String user = s.effectiveUser();
        if (find(e, UnknownHostException.class) != null) {
            return new DatabaseException(DatabaseProblem.HOST_UNKNOWN, e, s.host());
        }
        if (message.contains("no password was provided") || message.contains("password authentication failed")
                && s.password() == null && System.getenv("PGPASSWORD") == null && !pgpassExists()) {
            return new DatabaseException(DatabaseProblem.PASSWORD_MISSING, e, user, s.host());
        }
        return switch (state) {
            case "28P01", "28000" -> new DatabaseException(DatabaseProblem.AUTH_FAILED, e, user, s.host());
            case "3D000" -> new DatabaseException(DatabaseProblem.DATABASE_MISSING, e, s.database(), s.host());
            case "42501" -> new DatabaseException(DatabaseProblem.NO_PRIVILEGE, e, user, s.database());
            case "55P03", "57014" -> new DatabaseException(DatabaseProblem.BUSY, e);
            default -> {
                if (find(e, ConnectException.class) != null || find(e, NoRouteToHostException.class) != null
                        || find(e, SocketTimeoutException.class) != null || state.equals("08001")) {
                    yield new DatabaseException(DatabaseProblem.SERVER_UNREACHABLE, e, s.host(),
                            String.valueOf(s.port()));
                }
                if (state.startsWith("08") || state.startsWith("57P")) {
                    yield new DatabaseException(DatabaseProblem.CONNECTION_LOST, e, s.host());
                }
                yield new DatabaseException(DatabaseProblem.MIGRATION_FAILED, e, s.display());
            }
        };
    }

    private static boolean pgpassExists() {
        String file = System.getenv("PGPASSFILE");
        if (file != null) {
            return java.nio.file.Files.isRegularFile(java.nio.file.Path.of(file));
        }
        String appData = System.getenv("APPDATA");
        java.nio.file.Path p = appData != null && System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")
                ? java.nio.file.Path.of(appData, "postgresql", "pgpass.conf")
                : java.nio.file.Path.of(System.getProperty("user.home"), ".pgpass");
        return java.nio.file.Files.isRegularFile(p);
    }

    static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
