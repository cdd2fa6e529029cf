package id.kalbarprov.loket.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.util.EnumSet;
import javafx.scene.control.Button;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * An administrator without the Petugas Loket role reads the register but gets no registration form
 * (found in a real window: the form could be filled in full and was refused only at Simpan).
 */
@ExtendWith(ApplicationExtension.class)
class SuratMasukRightsFxTest {

    @TempDir
    Path dir;
    MainWindow main;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @Start
    void start(Stage stage) {
        Loket loket = FxTestSupport.open(dir);
        main = FxTestSupport.show(stage, loket, dialogs); // signs in an all-roles operator
        loket.signIn(new Actor(7, "admin", "Siti Rahmawati", EnumSet.of(Role.ADMIN)));
        main.show(NavItem.SURAT_MASUK);
    }

    @Test
    void withoutThePetugasLoketRoleTheFormIsNotOfferedAndCtrlNDoesNothing(FxRobot robot) {
        assertThat(robot.lookup("#new-letter").queryAs(Button.class).isDisabled()).isTrue();
        TabPane tabs = robot.lookup("#surat-masuk-tabs").queryAs(TabPane.class);
        assertThat(tabs.getTabs().get(1).isDisable()).as("Registrasi surat masuk tab").isTrue();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isZero();

        robot.interact(() -> ((SuratMasukScreen) main.screen(NavItem.SURAT_MASUK)).openNew());
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);

        assertThat(tabs.getSelectionModel().getSelectedIndex()).as("still the register").isZero();
        assertThat(dialogs.shown).isEmpty();
    }
}
