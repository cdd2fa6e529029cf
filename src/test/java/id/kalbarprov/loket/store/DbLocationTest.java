package id.kalbarprov.loket.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import id.kalbarprov.loket.core.database.DatabaseException;
import id.kalbarprov.loket.core.database.DatabaseProblem;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What --db and LOKET_DB accept: a file path or a postgresql:// URL, nothing else. */
class DbLocationTest {

    @Test
    void aPathIsAnSqliteFile() {
        assertThat(DbLocation.parse("/data/loket.db")).isEqualTo(new DbLocation.File(Path.of("/data/loket.db")));
        assertThat(DbLocation.parse("loket.db")).isInstanceOf(DbLocation.File.class);
        assertThat(DbLocation.parse("C:\\Loket\\loket.db")).isInstanceOf(DbLocation.File.class);
    }

    @Test
    void aUrlIsAServerNeverAFileName() {
        assertThat(DbLocation.parse("postgresql://loket@server-kantor:5433/loket"))
                .isEqualTo(new DbLocation.Server("server-kantor", 5433, "loket", "loket", null));
        assertThat(DbLocation.parse("postgres://10.0.0.5/loket"))
                .isEqualTo(new DbLocation.Server("10.0.0.5", 5432, "loket", null, null));
        assertThat(DbLocation.parse("POSTGRESQL://[::1]/db")).isEqualTo(new DbLocation.Server("::1", 5432, "db", null, null));
        DbLocation.Server withPassword = (DbLocation.Server) DbLocation.parse("postgresql://loket:s%40ndi@srv/loket");
        assertThat(withPassword.password()).isEqualTo("s@ndi");
        assertThat(withPassword.display()).isEqualTo("postgresql://loket@srv:5432/loket").doesNotContain("ndi");
        assertThat(withPassword.toString()).doesNotContain("ndi");
    }

    @Test
    void driverOptionsAndOtherSchemesAreRefused() {
        refused("x.db?journal_mode=DELETE&synchronous=OFF", "'?'");
        refused("postgresql://srv/loket?sslmode=disable&options=-c%20x", "'?'");
        refused("jdbc:postgresql://srv/loket", "postgresql://");
        refused("jdbc:sqlite:x.db", "postgresql://");
        refused("mysql://srv/loket", "hanya berkas");
        refused("file:x.db", "hanya berkas");
        refused("postgresql://srv", "nama database");
        refused("postgresql://srv:99999/loket", "port");
        refused("postgresql://:5432/loket", "nama server");
        refused("  ", "kosong");
    }

    @Test
    void aRefusalNeverShowsThePassword() {
        assertThatThrownBy(() -> DbLocation.parse("postgresql://loket:rahasia@srv:abc/loket"))
                .isInstanceOfSatisfying(DatabaseException.class,
                        e -> assertThat(String.join(" ", e.args())).doesNotContain("rahasia").contains("***"));
    }

    private static void refused(String value, String reason) {
        assertThatThrownBy(() -> DbLocation.parse(value)).as(value)
                .isInstanceOfSatisfying(DatabaseException.class, e -> {
                    assertThat(e.problem()).isEqualTo(DatabaseProblem.BAD_LOCATION);
                    assertThat(e.args().get(1)).contains(reason);
                });
    }
}
