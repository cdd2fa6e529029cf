package id.kalbarprov.loket.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The app as a user meets it: create the administrator, sign in, the idle lock, the audit. */
@ExtendWith(ApplicationExtension.class)
class SignInFxTest {

    @TempDir
    Path dir;
    Stage stage;
    Loket loket;
    Session session;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        id.kalbarprov.loket.ui.FxTestSupport.restore(stage);
    }

    private void open(Duration idle) {
        loket = FxTestSupport.open(dir);
        I18n i18n = new I18n(I18n.INDONESIAN);
        session = new Session(i18n, loket.operators(), loket.audit(), TaskRunner.direct(), dialogs, actor -> {
            loket.signIn(actor);
            return loket.mainWindow(i18n, TaskRunner.direct(), dialogs, i18n.t("shell.database", "loket.db"));
        }, idle);
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(session.root(), 1280, 800);
        scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/css/loket.css")).toExternalForm());
        stage.setScene(scene);
        stage.show();
        session.start();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup("#" + id).queryAs(TextInputControl.class).setText(text));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup("#" + id).queryAs(Label.class).getText();
    }

    private static boolean visible(FxRobot robot, String id) {
        return robot.lookup("#" + id).tryQuery().map(n -> {
            for (Node x = n; x != null; x = x.getParent()) {
                if (!x.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    private void createAdministrator(FxRobot robot) {
        type(robot, "signin-username", "siti");
        type(robot, "signin-fullname", "Siti Rahmawati");
        type(robot, "signin-password", "rahasia-kantor");
        type(robot, "signin-confirm", "rahasia-kantor");
        robot.clickOn("#signin-submit");
    }

    private void signIn(FxRobot robot, String user, String password) {
        type(robot, "signin-username", user);
        type(robot, "signin-password", password);
        robot.clickOn("#signin-submit");
    }

    @Test
    void freshDatabaseCreatesTheAdministratorThenWrongAndRightSignIn(FxRobot robot) {
        robot.interact(() -> open(Duration.ofMinutes(10)));
        assertThat(text(robot, "signin-title")).isEqualTo("Buat akun Administrator");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "signin-first-admin"));
        type(robot, "signin-username", "siti");
        type(robot, "signin-fullname", "Siti Rahmawati");
        type(robot, "signin-password", "rahasia-kantor");
        type(robot, "signin-confirm", "rahasia-lain");
        robot.clickOn("#signin-submit");
        assertThat(text(robot, "signin-confirm-error")).isEqualTo("Kedua kata sandi tidak sama.");
        assertThat(loket.operators().needsFirstAdministrator()).isTrue();
        createAdministrator(robot);
        assertThat(text(robot, "shell-operator-name")).isEqualTo("Siti Rahmawati");
        assertThat(text(robot, "shell-operator-roles")).isEqualTo("Admin");
        assertThat(robot.lookup("#" + NavItem.PENGATURAN.buttonId()).tryQuery()).isPresent();

        robot.clickOn("#shell-signout");
        assertThat(text(robot, "signin-title")).isEqualTo("Masuk");
        assertThat(robot.lookup("#shell-operator-name").tryQuery()).isEmpty();
        signIn(robot, "siti", "salah-sandi");
        assertThat(text(robot, "signin-message")).isEqualTo("Nama pengguna atau kata sandi salah.");
        assertThat(robot.lookup("#signin-password").queryAs(TextInputControl.class).getText()).isEmpty();
        signIn(robot, "tidak-ada", "salah-sandi");
        assertThat(text(robot, "signin-message")).isEqualTo("Nama pengguna atau kata sandi salah.");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "signin"));
        signIn(robot, "SITI", "rahasia-kantor");
        assertThat(text(robot, "shell-operator-name")).isEqualTo("Siti Rahmawati");
        assertThat(loket.actor().username()).isEqualTo("siti");
    }

    @Test
    void anOperatorWithOneRoleSeesOnlyTheirRoomsAndMustChangeTheResetPassword(FxRobot robot) {
        robot.interact(() -> open(Duration.ofMinutes(10)));
        createAdministrator(robot);
        robot.clickOn("#" + NavItem.PENGATURAN.buttonId());
        robot.clickOn("Operator");
        robot.clickOn("#operators-new");
        type(robot, "operator-username", "budi");
        type(robot, "operator-fullname", "Budi Santoso");
        robot.clickOn("#role-PETUGAS_LOKET");
        robot.clickOn("#role-PELAKSANA");
        robot.clickOn("#operators-save");
        String shown = dialogs.shown.get(dialogs.shown.size() - 1);
        assertThat(shown).startsWith("info: Kata sandi sementara: Kata sandi sementara untuk Budi Santoso (budi): ");
        String temporary = shown.replaceAll("(?s).*\\(budi\\): (\\S+)\\n.*", "$1");
        assertThat(temporary).hasSize(10);
        TableView<?> table = robot.lookup("#operators-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(2);
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "operators"));

        robot.clickOn("#shell-signout");
        signIn(robot, "budi", temporary);
        assertThat(text(robot, "password-title")).isEqualTo("Buat kata sandi baru");
        type(robot, "password-new", "sandi-budi-baru");
        type(robot, "password-confirm", "sandi-budi-baru");
        robot.clickOn("#password-save");
        assertThat(text(robot, "shell-operator-roles")).isEqualTo("Petugas Loket, Pelaksana");
        assertThat(robot.lookup("#" + NavItem.KAJIAN.buttonId()).query()
                .isDisabled()).isTrue();
        assertThat(robot.lookup("#" + NavItem.PROSES.buttonId()).query().isDisabled()).isFalse();
        robot.clickOn("#" + NavItem.PENGATURAN.buttonId());
        assertThat(robot.lookup("#tab-operators").tryQuery()).isEmpty();
        var tabs = robot.lookup("#settings-tabs").queryAs(javafx.scene.control.TabPane.class).getTabs();
        assertThat(tabs).extracting(javafx.scene.control.Tab::getText)
                .containsExactly("Pemindai", "Verifikasi surat", "Kata sandi saya", "Tentang");
        robot.clickOn("#tab-own-password-button");
        type(robot, "password-old", "sandi-budi-baru");
        type(robot, "password-new", "budi");
        type(robot, "password-confirm", "budi");
        robot.clickOn("#password-save");
        assertThat(text(robot, "password-new-error")).isEqualTo("Kata sandi paling sedikit 8 karakter.");
        type(robot, "password-old", "sandi-budi-baru");
        type(robot, "password-new", "sandi-budi-ketiga");
        type(robot, "password-confirm", "sandi-budi-ketiga");
        robot.clickOn("#password-save");
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1)).isEqualTo(
                "info: Ganti kata sandi: Kata sandi Anda sudah diganti.");
        assertThat(loket.operators().signIn("budi", "sandi-budi-ketiga").actor().username()).isEqualTo("budi");
    }

    @Test
    void theIdleLockCoversTheWindowAndOpensWithTheSamePassword(FxRobot robot) throws Exception {
        robot.interact(() -> open(Duration.ofMillis(1500)));
        createAdministrator(robot);
        assertThat(visible(robot, "shell-operator-name")).isTrue();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#lock-view").tryQuery().isPresent());
        assertThat(visible(robot, "navigation")).isFalse();
        assertThat(text(robot, "lock-title")).isEqualTo("Layar terkunci");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "idle-lock"));
        type(robot, "lock-password", "salah-sandi");
        robot.clickOn("#lock-unlock");
        assertThat(text(robot, "lock-message")).isEqualTo("Nama pengguna atau kata sandi salah.");
        assertThat(visible(robot, "navigation")).isFalse();
        type(robot, "lock-password", "rahasia-kantor");
        robot.clickOn("#lock-unlock");
        assertThat(robot.lookup("#lock-view").tryQuery()).isEmpty();
        assertThat(visible(robot, "navigation")).isTrue();
        assertThat(text(robot, "shell-operator-name")).isEqualTo("Siti Rahmawati");
    }

    @Test
    void aLetterChangedBehindTheAppsBackIsNamedToTheAdministratorOnBeranda(FxRobot robot) {
        robot.interact(() -> open(Duration.ofMinutes(10)));
        createAdministrator(robot);
        robot.clickOn("#shell-signout");
        id.kalbarprov.loket.store.DemoData.write(loket.database(), 3, 5, java.time.LocalDate.of(2026, 11, 20));
        var letter = loket.database().jdbi().withHandle(h -> h.createQuery(
                "SELECT id, agenda_number FROM letter ORDER BY id LIMIT 1").mapToMap().one());
        loket.database().jdbi().useHandle(h -> h.execute(
                "UPDATE letter SET received_at = '2026-01-02T08:00' WHERE id = " + letter.get("id")));
        signIn(robot, "siti", "rahasia-kantor");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "audit-changed-records")).startsWith("Data diubah di luar aplikasi: 1 temuan pemeriksaan.")
                .endsWith("Data yang disebut tidak dapat dipercaya; laporkan kepada pimpinan dan periksa cadangan database.");
        robot.clickOn("#audit-changed-open");
        assertThat(text(robot, "audit-changed-title")).isEqualTo("Data diubah di luar aplikasi (1 temuan pemeriksaan):");
        assertThat(text(robot, "audit-changed-item-0")).startsWith("• Surat " + letter.get("agenda_number") + " (id "
                + letter.get("id") + "): tanggal terima (received_at) tercatat").contains("sekarang \"2026-01-02T08:00\"");
        assertThat(robot.lookup("#audit-changed-more").tryQuery()).isEmpty();
        robot.interact(() -> FxTestSupport.snapshot(robot.lookup("#audit-changed-panel").query().getScene(), "changed-records"));
        robot.clickOn("#audit-changed-close");
        assertThat(robot.lookup("#audit-changed-panel").tryQuery()).isEmpty();
        assertThat(visible(robot, "audit-changed-open")).isTrue();
    }

    @Test
    void anEditBehindTheAppsBackShowsTheBrokenChainToTheAdministrator(FxRobot robot) {
        robot.interact(() -> open(Duration.ofMinutes(10)));
        createAdministrator(robot);
        var admin = loket.actor();
        loket.operators().create(admin, "budi", "Budi Santoso", EnumSet.of(Role.ANALIS), null);
        loket.operators().create(admin, "dewi", "Dewi Lestari", EnumSet.of(Role.KEPALA_BIDANG), null);
        robot.clickOn("#shell-signout");
        loket.database().jdbi().useHandle(h -> {
            h.execute("DROP TRIGGER audit_log_no_update");
            h.execute("UPDATE audit_log SET after = replace(after, 'Budi Santoso', 'Budi Palsu') WHERE id = 2");
        });
        signIn(robot, "siti", "rahasia-kantor");
        assertThat(text(robot, "audit-broken-banner"))
                .startsWith("Log audit telah diubah di luar aplikasi mulai baris 2.");
        robot.clickOn("#" + NavItem.PENGATURAN.buttonId());
        robot.clickOn("Log Audit");
        assertThat(text(robot, "audit-chain-status"))
                .startsWith("Log audit telah diubah di luar aplikasi mulai baris 2.");
        assertThat(robot.lookup("#audit-chain-status").query().getStyleClass()).contains("banner-danger");
        TableView<?> table = robot.lookup("#audit-table").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        assertThat(((id.kalbarprov.loket.ui.audit.AuditViewModel.Row) table.getItems().get(0)).what())
                .isEqualTo("Operator Dewi Lestari");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "audit"));
        type(robot, "audit-actor", "nobody");
        robot.clickOn("#audit-search");
        assertThat(table.getItems()).isEmpty();
    }
}
