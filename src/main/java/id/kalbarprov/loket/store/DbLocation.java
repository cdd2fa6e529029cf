package id.kalbarprov.loket.store;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a Loket database is: an SQLite file on this computer, or a database on the office's
 * PostgreSQL server. What {@code --db} and {@code LOKET_DB} accept is exactly a file path or a
 * {@code postgresql://[user[:password]@]host[:port]/dbname} URL: a URL is never taken as a file name,
 * and nothing in a value becomes a driver option (a path with '?' is refused: the SQLite driver would
 * read what follows as settings such as {@code synchronous=OFF}).
 */
public sealed interface DbLocation permits DbLocation.File, DbLocation.Server {

    int DEFAULT_PORT = 5432;

    /** Text for messages and the log: the path, or the URL without its password. */
    String display();

    /** An SQLite file. */
    record File(Path path) implements DbLocation {
        @Override
        public String display() {
            return path.toString();
        }
    }

    /**
     * A database on a PostgreSQL server. {@code user} is null for the operating-system user (as psql);
     * {@code password} is null unless the URL held one: the driver then reads PGPASSWORD or the
     * password file (~/.pgpass, on Windows %APPDATA%\postgresql\pgpass.conf).
     */
    record Server(String host, int port, String database, String user, String password) implements DbLocation {

        /** The user the server sees: the URL's, else PGUSER, else the operating-system user. */
        public String effectiveUser() {
            if (user != null) {
                return user;
            }
            String env = System.getenv("PGUSER");
            return env != null && !env.isBlank() ? env : System.getProperty("user.name");
        }

        /** The URL as typed, without the password. */
        @Override
        public String display() {
            return "postgresql://" + (user == null ? "" : user + "@") + hostForUrl() + ":" + port + "/" + database;
        }

        String jdbcUrl() {
            return "jdbc:postgresql://" + hostForUrl() + ":" + port + "/"
                    + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20");
        }

        private String hostForUrl() {
            return host.contains(":") ? "[" + host + "]" : host;
        }

        @Override
        public String toString() {
            return display(); // never the password, also not in a log line
        }
    }

    /** Only the literal forms: {@code postgresql://} (or {@code postgres://}), else a file path. */
    Pattern URL = Pattern.compile("(?i)postgres(?:ql)?://(?:([^:@/]*)(?::([^@/]*))?@)?(\\[[^\\]]+\\]|[^:/?#\\[\\]]*)"
            + "(?::([0-9]*))?(?:/([^?#]*))?(\\?.*)?(#.*)?");
    Pattern SCHEME = Pattern.compile("(?i)[a-z][a-z0-9+.-]*:(//.*|[^\\\\/].*)");

    /**
     * Reads a {@code --db} value.
     *
     * @throws DatabaseException {@link DatabaseProblem#BAD_LOCATION} with the value and the reason
     */
    static DbLocation parse(String text) {
        if (text == null || text.isBlank()) {
            throw bad(String.valueOf(text), "kosong");
        }
        String s = text.strip();
        if (s.regionMatches(true, 0, "postgres", 0, 8) && s.contains("://")) {
            return server(s);
        }
        if (s.regionMatches(true, 0, "jdbc:", 0, 5)) {
            throw bad(s, "tulis alamat server sebagai postgresql://pengguna@server:5432/nama_database");
        }
        // "C:\..." and "D:/..." are Windows drives, not schemes.
        if (SCHEME.matcher(s).matches() && !s.matches("(?i)[a-z]:[\\\\/].*")) {
            throw bad(s, "hanya berkas database atau alamat postgresql:// yang diterima");
        }
        if (text.indexOf('?') >= 0) {
            throw bad(text, "nama berkas database tidak boleh memuat '?'");
        }
        Path file;
        try {
            file = Path.of(text);
        } catch (InvalidPathException e) {
            throw bad(text, "bukan nama berkas yang sah");
        }
        if (java.nio.file.Files.isDirectory(file)) {
            throw bad(text, "itu sebuah folder, bukan berkas database");
        }
        return new File(file);
    }

    private static Server server(String s) {
        Matcher m = URL.matcher(s);
        if (!m.matches()) {
            throw bad(masked(s), "bentuknya postgresql://pengguna@server:5432/nama_database");
        }
        String user = decode(m.group(1));
        String password = m.group(2) == null ? null : decode(m.group(2));
        String host = m.group(3);
        if (host.startsWith("[")) {
            host = host.substring(1, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw bad(masked(s), "nama server belum diisi");
        }
        int port = DEFAULT_PORT;
        if (m.group(4) != null) {
            if (m.group(4).isEmpty()) {
                throw bad(masked(s), "nomor port kosong");
            }
            try {
                port = Integer.parseInt(m.group(4));
            } catch (NumberFormatException e) {
                port = -1;
            }
            if (port < 1 || port > 65535) {
                throw bad(masked(s), "nomor port harus 1–65535");
            }
        }
        String database = m.group(5) == null ? "" : decode(m.group(5));
        if (database.isEmpty() || database.contains("/")) {
            throw bad(masked(s), "nama database belum diisi (…/nama_database)");
        }
        if (m.group(6) != null) {
            throw bad(masked(s), "pengaturan setelah '?' tidak diterima");
        }
        if (m.group(7) != null) {
            throw bad(masked(s), "tanda '#' tidak diterima");
        }
        return new Server(host.toLowerCase(Locale.ROOT), port, database, user == null || user.isEmpty() ? null : user,
                password);
    }

    private static String decode(String s) {
        if (s == null) {
            return null;
        }
        try {
            return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw bad(s, "penulisan %XX tidak sah");
        }
    }

    /** The URL with its password replaced by "***" (messages and the log never show it). */
    static String masked(String url) {
        return url.replaceFirst("(?i)^(postgres(?:ql)?://[^:@/]*):[^@/]*@", "$1:***@");
    }

    private static DatabaseException bad(String value, String reason) {
        return new DatabaseException(DatabaseProblem.BAD_LOCATION, null, value, reason);
    }
}
