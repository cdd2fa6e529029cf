package id.kalbarprov.loket;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.core.database.ServerAddress;
import id.kalbarprov.loket.store.TestServer;
import id.kalbarprov.loket.ui.FxTestSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first screen on a new workstation (docs/decisions/0020), started as the app starts with neither
 * --db nor LOKET_DB: "Hanya komputer ini" opens the default file; "Server kantor" is kept only once it
 * works and never with its password; later starts go straight in with PGPASSWORD or the password file,
 * and without either the screen asks only for the password. Then, on a new database, the first
 * administrator is made.
 */
@ExtendWith(ApplicationExtension.class)
class WorkstationFxTest {

    static final String ROLE = "meja_depan"; // not ServerProblemsTest's role: TestServer.role keeps the first password
    static final String PASSWORD = "Sandi-Kantor-Rahasia-2026";

    @TempDir
    Path dir;
    Stage stage;
    final List<LoketApp> started = new ArrayList<>();
    final List<String> databases = new ArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(() -> started.forEach(LoketApp::stop));
        LoketApp.workstation = null;
        System.clearProperty("org.postgresql.pgpassfile");
        databases.forEach(TestServer::drop);
        robot.interact(() -> {
            stage.setMinWidth(0);
            stage.setMinHeight(0);
            FxTestSupport.restore(stage);
        });
    }

    Path choiceFile() {
        return dir.resolve("workstation.properties");
    }

    /** Starts the app as with no --db and no LOKET_DB, on this test's user folder, with {@code env}. */
    void launch(FxRobot robot, Map<String, String> env) {
        robot.interact(() -> started.forEach(LoketApp::stop));
        started.clear();
        LoketApp.database = null;
        LoketApp.workstation = new Workstation(choiceFile(), dir.resolve("loket.db"), env);
        LoketApp app = new LoketApp();
        started.add(app);
        robot.interact(() -> app.start(stage));
    }

    void waitFor(FxRobot robot, String wanted) throws Exception {
        String id = wanted.equals("#workstation-view") ? "#workstation-title" : wanted; // its card is laid out
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(id).tryQuery()
                .map(n -> n.getScene() == stage.getScene()).orElse(false));
    }

    String signInTitle(FxRobot robot) throws Exception {
        waitFor(robot, "#signin-title");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#signin-title").queryLabeled()
                .getText().isEmpty());
        return robot.lookup("#signin-title").queryLabeled().getText();
    }

    String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    void fill(FxRobot robot, String id, String value) {
        robot.interact(() -> robot.lookup(id).queryAs(javafx.scene.control.TextInputControl.class).setText(value));
    }

    /** An empty database owned by the office's role, which must give its password (scram). */
    String officeDatabase() {
        TestServer.role(ROLE, PASSWORD);
        String name = TestServer.emptyDatabase().database();
        databases.add(name);
        TestServer.admin("ALTER DATABASE " + name + " OWNER TO " + ROLE);
        return name;
    }

    void fillServer(FxRobot robot, String database, String password) {
        robot.clickOn("#workstation-server");
        fill(robot, "#workstation-host", "localhost");
        fill(robot, "#workstation-port", String.valueOf(TestServer.port()));
        fill(robot, "#workstation-database", database);
        fill(robot, "#workstation-user", ROLE);
        fill(robot, "#workstation-password", password);
    }

    /** Every file under {@code folder} whose bytes hold {@code secret}. */
    static List<Path> filesHolding(Path folder, String secret) throws IOException {
        byte[] needle = secret.getBytes(StandardCharsets.UTF_8);
        List<Path> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] all = Files.readAllBytes(f);
                outer:
                for (int i = 0; i + needle.length <= all.length; i++) {
                    for (int j = 0; j < needle.length; j++) {
                        if (all[i + j] != needle[j]) {
                            continue outer;
                        }
                    }
                    found.add(f);
                    break;
                }
            }
        }
        return found;
    }

    @Test
    void thisComputerOnlyOpensTheDefaultFileKeepsTheChoiceThenTheFirstAdministrator(FxRobot robot) throws Exception {
        launch(robot, Map.of());

        waitFor(robot, "#workstation-view");
        assertThat(text(robot, "#workstation-title")).isEqualTo("Database untuk komputer ini");
        assertThat(robot.lookup("#workstation-this-computer").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#workstation-host").query().isDisabled()).isTrue();
        assertThat(dir.resolve("loket.db")).doesNotExist(); // nothing opened before the choice
        robot.type(KeyCode.ENTER); // the keyboard alone: the default option, Enter confirms

        assertThat(signInTitle(robot)).isEqualTo("Buat akun Administrator");
        assertThat(dir.resolve("loket.db")).exists();
        assertThat(Files.readString(choiceFile())).contains("database=sqlite");

        launch(robot, Map.of()); // the next start goes straight in
        assertThat(signInTitle(robot)).isEqualTo("Buat akun Administrator");
        assertThat(robot.lookup("#workstation-view").tryQuery()).isEmpty();
    }

    @Test
    void aWrongPasswordIsNamedAtTheFieldAndNothingIsKeptTheRightOneOpensWithoutStoringIt(FxRobot robot)
            throws Exception {
        String db = officeDatabase();
        launch(robot, Map.of());
        waitFor(robot, "#workstation-view");
        fillServer(robot, db, "salah");

        robot.clickOn("#workstation-confirm");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(robot, "#workstation-password-error").isEmpty());
        assertThat(text(robot, "#workstation-password-error")).isEqualTo("Server localhost menolak pengguna 'meja_depan'"
                + " atau kata sandinya. Periksa nama pengguna dan kata sandi (lihat README, Beberapa komputer).");
        assertThat(robot.lookup("#workstation-password").query().isFocused()).isTrue();
        assertThat(choiceFile()).doesNotExist();
        assertThat(TestServer.tables(db)).as("nothing written on the server").isEmpty();

        fill(robot, "#workstation-password", PASSWORD);
        robot.clickOn("#workstation-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !text(robot, "#workstation-status").isEmpty());
        assertThat(text(robot, "#workstation-status")).isEqualTo("Tersambung. Database '" + db
                + "' masih kosong: Loket menyiapkannya saat pilihan ini dipakai.");
        assertThat(text(robot, "#workstation-password-error")).isEmpty();
        assertThat(choiceFile()).as("a test keeps nothing").doesNotExist();

        robot.clickOn("#workstation-confirm");

        assertThat(signInTitle(robot)).isEqualTo("Buat akun Administrator");
        assertThat(Files.readString(choiceFile())).contains(
                "database=postgresql://meja_depan@localhost:" + TestServer.port() + "/" + db);
        assertThat(TestServer.tables(db)).contains("letter", "operator");
        robot.interact(() -> started.forEach(LoketApp::stop));
        assertThat(filesHolding(dir, PASSWORD)).as("files in the user's Loket folder holding the password").isEmpty();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList()).contains("workstation.properties");
    }

    @Test
    void laterStartsTakeThePasswordFromPgpasswordOrThePasswordFileElseTheScreenAsksOnlyForIt(FxRobot robot)
            throws Exception {
        String db = officeDatabase();
        new Workstation(choiceFile(), dir.resolve("loket.db"), Map.of())
                .keepServer(new ServerAddress("localhost", TestServer.port(), db, ROLE));

        launch(robot, Map.of("PGPASSWORD", PASSWORD));
        assertThat(signInTitle(robot)).isEqualTo("Buat akun Administrator");

        Path pgpass = dir.resolve("pgpass.conf");
        Files.writeString(pgpass, "localhost:" + TestServer.port() + ":" + db + ":" + ROLE + ":" + PASSWORD + "\n");
        System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
        launch(robot, Map.of());
        assertThat(signInTitle(robot)).isEqualTo("Buat akun Administrator");
        Files.delete(pgpass);

        System.setProperty("org.postgresql.pgpassfile", dir.resolve("tidak-ada").toString());
        launch(robot, Map.of());
        waitFor(robot, "#workstation-view");
        assertThat(text(robot, "#workstation-title")).isEqualTo("Kata sandi server kantor");
        assertThat(robot.lookup("#workstation-host").queryAs(TextField.class).getText()).isEqualTo("localhost");
        assertThat(robot.lookup("#workstation-database").queryAs(TextField.class).getText()).isEqualTo(db);
        assertThat(robot.lookup("#workstation-host").query().isDisabled()).isTrue();
        assertThat(text(robot, "#workstation-password-error")).contains("meja_depan");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(stage.getScene().getFocusOwner()).as("the keyboard is in the password field")
                .isSameAs(robot.lookup("#workstation-password").query());
        robot.write(PASSWORD);
        robot.type(KeyCode.ENTER);

        assertThat(signInTitle(robot)).isEqualTo("Buat akun Administrator");
        assertThat(Files.readString(choiceFile())).contains("postgresql://meja_depan@localhost");
        robot.interact(() -> started.forEach(LoketApp::stop));
        assertThat(filesHolding(dir, PASSWORD)).isEmpty();
    }
}
