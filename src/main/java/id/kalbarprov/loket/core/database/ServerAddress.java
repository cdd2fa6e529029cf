package id.kalbarprov.loket.core.database;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Where a desk finds the office's PostgreSQL server, without the password: what the first screen on a
 * new workstation asks for and what the workstation keeps (docs/decisions/0020).
 */
public record ServerAddress(String host, int port, String database, String user) {

    public static final int DEFAULT_PORT = 5432;
    public static final String DEFAULT_DATABASE = "loket";
    public static final String DEFAULT_USER = "loket";

    /** {@code postgresql://user@host:port/database}, never with a password. */
    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "postgresql://" + encode(user) + "@" + h + ":" + port + "/" + encode(database);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
