package id.kalbarprov.loket.ui.signin;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Operator;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.store.AuditLog;
import id.kalbarprov.loket.store.OperatorStore;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An administrator at another workstation (a second Loket on the same database file) changes what
 * the operator signed in here may do: the change shows at the operator's next screen change or
 * action, without signing in again. And the Keamanan tab where the lockout and idle minutes are set.
 */
@ExtendWith(ApplicationExtension.class)
class LivePermissionsFxTest {

    @TempDir
    Path dir;
    Stage stage;
    Loket loket;
    Loket otherDesk;
    Session session;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        id.kalbarprov.loket.ui.FxTestSupport.restore(stage);
    }

    private void open() {
        loket = FxTestSupport.open(dir);
        I18n i18n = new I18n(I18n.INDONESIAN);
        session = new Session(i18n, loket.operators(), loket.audit(), TaskRunner.direct(), dialogs, (actor, runner) -> {
            loket.signIn(actor);
            return loket.mainWindow(i18n, runner, dialogs, "loket.db");
        }, loket::signIn, () -> loket.operators().policy().idleLock());
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

    private void signIn(FxRobot robot, String user, String password) {
        type(robot, "signin-username", user);
        type(robot, "signin-password", password);
        robot.clickOn("#signin-submit");
    }

    private java.util.List<String> settingsTabs(FxRobot robot) {
        return robot.lookup("#settings-tabs").queryAs(TabPane.class).getTabs().stream().map(Tab::getId).toList();
    }

    private String lastDialog() {
        return dialogs.shown.get(dialogs.shown.size() - 1);
    }

    /** Siti (Admin) exists; budi holds {@code roles}, has chosen his own password, and nobody is signed in. */
    private Actor prepare(FxRobot robot, Set<Role> roles) {
        robot.interact(this::open);
        Actor siti = loket.operators().createFirstAdministrator("siti", "Siti Rahmawati", "rahasia-kantor");
        var budi = loket.operators().create(siti, "budi", "Budi Santoso", roles, "sandi-budi-1");
        loket.operators().changeOwnPassword(budi.operator().actor(), "sandi-budi-1", "sandi-budi-2");
        robot.interact(() -> session.start());
        otherDesk = FxTestSupport.open(dir);
        return otherDesk.operators().signIn("siti", "rahasia-kantor").actor();
    }

    private Operator budi() {
        return new OperatorStore(otherDesk.database()).findByUsername("budi").orElseThrow();
    }

    @Test
    void rolesChangedAtAnotherDeskFollowAtTheNextScreenAndADeactivatedOperatorIsSignedOut(FxRobot robot) {
        Actor sitiElsewhere = prepare(robot, EnumSet.of(Role.PETUGAS_LOKET));
        signIn(robot, "budi", "sandi-budi-2");
        assertThat(text(robot, "shell-operator-roles")).isEqualTo("Petugas Loket");
        assertThat(robot.lookup("#" + NavItem.KAJIAN.buttonId()).query().isDisabled()).isTrue();

        // a role given at the other desk: Kajian opens at the next change of screen
        otherDesk.operators().update(sitiElsewhere, budi().id(), budi().version(), "Budi Santoso",
                EnumSet.of(Role.PETUGAS_LOKET, Role.ANALIS));
        robot.clickOn("#" + NavItem.SURAT_MASUK.buttonId());
        assertThat(robot.lookup("#" + NavItem.KAJIAN.buttonId()).query().isDisabled()).isFalse();
        assertThat(text(robot, "shell-operator-roles")).isEqualTo("Petugas Loket, Analis");
        robot.clickOn("#" + NavItem.KAJIAN.buttonId());

        // Analis taken away while budi is in Kajian: back to Beranda at the next screen change
        otherDesk.operators().update(sitiElsewhere, budi().id(), budi().version(), "Budi Santoso",
                EnumSet.of(Role.PETUGAS_LOKET));
        robot.clickOn("#" + NavItem.STANDAR_PELAYANAN.buttonId());
        assertThat(robot.lookup("#" + NavItem.KAJIAN.buttonId()).query().isDisabled()).isTrue();

        // deactivated at the other desk: the next screen change signs budi out, with the reason
        otherDesk.operators().setActive(sitiElsewhere, budi().id(), budi().version(), false);
        int before = dialogs.shown.size();
        robot.clickOn("#" + NavItem.BERANDA.buttonId());
        assertThat(text(robot, "signin-title")).isEqualTo("Masuk");
        assertThat(robot.lookup("#shell-operator-name").tryQuery()).isEmpty();
        assertThat(dialogs.shown.subList(before, dialogs.shown.size())).containsExactly(
                "error: Akun dinonaktifkan: Akun Anda baru saja dinonaktifkan oleh Administrator, sehingga Anda "
                        + "dikeluarkan. Sejak itu tidak ada yang disimpan atas nama Anda. Hubungi Administrator bila ini keliru.");
        assertThat(loket.actor().username()).isEqualTo("budi"); // services keep the last actor, but it is live:
        assertThat(loket.operators().refresh(loket.actor())).isEmpty();
    }

    @Test
    void anActionRefusedAfterTheAdminRoleWasRemovedNamesTheRightSavesNothingAndDropsTheTabs(FxRobot robot) {
        Actor sitiElsewhere = prepare(robot, EnumSet.of(Role.PETUGAS_LOKET, Role.ADMIN));
        signIn(robot, "budi", "sandi-budi-2");
        robot.clickOn("#" + NavItem.PENGATURAN.buttonId());
        assertThat(settingsTabs(robot)).contains("tab-operators", "tab-security");
        robot.clickOn("Keamanan");
        assertThat(robot.lookup("#security-idle-minutes").queryAs(TextInputControl.class).getText()).isEqualTo("10");

        otherDesk.operators().update(sitiElsewhere, budi().id(), budi().version(), "Budi Santoso",
                EnumSet.of(Role.PETUGAS_LOKET));
        type(robot, "security-idle-minutes", "3");
        robot.clickOn("#security-save");

        assertThat(lastDialog()).isEqualTo("error: Tidak berwenang: Anda tidak berwenang mengubah pengaturan keamanan. "
                + "Tidak ada yang disimpan.\nHak yang diperlukan: Mengubah pengaturan. Bila peran Anda baru saja diubah "
                + "oleh Administrator, menu sudah disesuaikan dengan peran Anda sekarang.");
        assertThat(otherDesk.operators().policy().idleLock()).isEqualTo(Duration.ofMinutes(10));
        assertThat(AuditLog.forEntity(otherDesk.database().jdbi(), "setting", "security")).isEmpty();
        // the refusal re-read the rights: Pengaturan is rebuilt without the administrator's tabs
        assertThat(settingsTabs(robot)).containsExactly("settings-scanner", "settings-verify", "tab-own-password", "tab-about");
        assertThat(text(robot, "shell-operator-roles")).isEqualTo("Petugas Loket");
    }

    @Test
    void theAdministratorSetsLockoutAndIdleMinutesWithAMessageUnderEachBadField(FxRobot robot) {
        prepare(robot, EnumSet.of(Role.PETUGAS_LOKET));
        signIn(robot, "siti", "rahasia-kantor");
        robot.clickOn("#" + NavItem.PENGATURAN.buttonId());
        robot.clickOn("Keamanan");
        assertThat(robot.lookup("#security-attempts").queryAs(TextInputControl.class).getText()).isEqualTo("5");
        assertThat(robot.lookup("#security-lockout-minutes").queryAs(TextInputControl.class).getText()).isEqualTo("15");

        type(robot, "security-attempts", "2");
        type(robot, "security-lockout-minutes", "lima belas");
        type(robot, "security-idle-minutes", "");
        robot.clickOn("#security-save");
        assertThat(text(robot, "security-attempts-error")).isEqualTo("Harus antara 3 dan 10.");
        assertThat(text(robot, "security-lockout-minutes-error")).isEqualTo("Isi dengan bilangan bulat, misalnya 5.");
        assertThat(text(robot, "security-idle-minutes-error")).isEqualTo("Wajib diisi.");
        assertThat(robot.lookup("#security-attempts").query().isFocused()).isTrue();
        assertThat(text(robot, "security-status")).isEqualTo("Belum disimpan: periksa isian yang ditandai.");
        assertThat(loket.operators().policy().maxFailures()).isEqualTo(5);
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "settings-security-errors"));

        type(robot, "security-attempts", "4");
        type(robot, "security-lockout-minutes", "30");
        type(robot, "security-idle-minutes", "5");
        robot.clickOn("#security-idle-minutes").type(javafx.scene.input.KeyCode.ENTER);
        assertThat(text(robot, "security-status")).isEqualTo(
                "Tersimpan: terkunci sesudah 4 kali salah selama 30 menit; layar terkunci sesudah 5 menit tidak aktif.");
        assertThat(text(robot, "security-attempts-error")).isEmpty();
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "settings-security"));
        // the other desk's next sign-in uses them, no restart
        assertThat(otherDesk.operators().policy().maxFailures()).isEqualTo(4);
        assertThat(otherDesk.operators().policy().lockout()).isEqualTo(Duration.ofMinutes(30));
        var audit = AuditLog.forEntity(loket.database().jdbi(), "setting", "security");
        assertThat(audit).hasSize(1);
        assertThat(audit.get(0).actor()).isEqualTo("Siti Rahmawati (siti)");

        // Esc puts back what is saved
        type(robot, "security-attempts", "9");
        robot.clickOn("#security-attempts").type(javafx.scene.input.KeyCode.ESCAPE);
        assertThat(robot.lookup("#security-attempts").queryAs(TextInputControl.class).getText()).isEqualTo("4");
    }
}
