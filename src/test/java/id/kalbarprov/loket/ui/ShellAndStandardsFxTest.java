package id.kalbarprov.loket.ui;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class ShellAndStandardsFxTest {

    @TempDir
    static Path dir;

    Stage stage;
    id.kalbarprov.loket.ui.shell.MainWindow main;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Loket loket = FxTestSupport.open(dir);
        main = FxTestSupport.show(stage, loket, new FxTestSupport.RecordingDialogs());
        main.show(NavItem.BERANDA);
    }

    /**
     * A room shown for the first time is whole at once, so the keyboard goes where the room puts it: after a
     * sign-in, Ctrl+2 left the focus on Beranda's button and the clerk's arrows and Enter opened another room.
     */
    @Test
    void aRoomShownTheFirstTimeTakesTheKeyboard(FxRobot robot) {
        robot.interact(() -> {
            robot.lookup("#" + NavItem.BERANDA.buttonId()).query().requestFocus();
            main.show(NavItem.SURAT_MASUK);
            assertThat(robot.lookup("#register-table").query().getScene()).as("the register's list in the window")
                    .isNotNull();
        });
        assertThat(stage.getScene().getFocusOwner().getId()).isEqualTo("register-table");
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        assertThat(main.current()).isEqualTo(NavItem.SURAT_MASUK);
    }

    @Test
    void navigationReachesEveryRoomAndStandardsShowThePublishedStandard(FxRobot robot) {
        for (NavItem item : NavItem.values()) {
            assertThat(robot.lookup("#" + item.buttonId()).tryQuery()).as(item.name()).isPresent();
        }
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT9).release(KeyCode.DIGIT9, KeyCode.CONTROL);
        ListView<?> list = robot.lookup("#standards-list").queryListView();
        assertThat(list.getItems()).hasSize(5);
        assertThat(robot.lookup("#standard-name").queryAs(Label.class).getText())
                .isEqualTo("Pelayanan Jaringan Informatika");
        assertThat(robot.lookup("#standard-time").queryAs(Label.class).getText()).isEqualTo("3 hari kerja");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "standards"));
        robot.clickOn("Pelayanan Video Conference");
        assertThat(robot.lookup("#standard-time").queryAs(Label.class).getText()).isEqualTo("1 hari kerja");
        assertThat(robot.lookup(n -> n instanceof Label l && l.getText() != null
                && l.getText().startsWith("Pengaduan berkadar pengawasan dan memerlukan pemeriksaan: selambat-lambatnya 60"))
                .tryQuery()).isPresent();
    }
}
