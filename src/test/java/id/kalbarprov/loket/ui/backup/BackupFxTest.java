package id.kalbarprov.loket.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Pengaturan › Cadangan as an administrator uses it. */
@ExtendWith(ApplicationExtension.class)
class BackupFxTest {

    @TempDir
    static Path dir;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Loket loket = FxTestSupport.open(dir);
        DemoData.write(loket.database(), 30, 2, LocalDate.of(2026, 11, 20));
        MainWindow main = FxTestSupport.show(stage, loket, dialogs);
        main.show(NavItem.PENGATURAN);
    }

    @Test
    void backUpNowWritesAndListsTheBackupAndRestoreAsksFirst(FxRobot robot) throws Exception {
        var tabs = robot.lookup("#settings-tabs").queryAs(javafx.scene.control.TabPane.class);
        var backupTab = tabs.getTabs().stream().filter(t -> "settings-backup".equals(t.getId())).findFirst();
        assertThat(backupTab).isPresent();
        robot.interact(() -> tabs.getSelectionModel().select(backupTab.get()));
        assertThat(robot.lookup("#backup-folder").queryAs(TextField.class).getText())
                .isEqualTo(dir.resolve("cadangan").toString());
        assertThat(robot.lookup("#backup-keep").queryAs(TextField.class).getText()).isEqualTo("14");
        assertThat(robot.lookup("#backup-restore").queryAs(Button.class).isDisabled()).isTrue();

        robot.clickOn("#backup-now");
        assertThat(dialogs.shown).isEmpty();
        assertThat(robot.lookup("#backup-status").queryAs(Label.class).getText())
                .startsWith("Cadangan dibuat dan diperiksa: loket-20261123-100000.db");
        TableView<?> table = robot.lookup("#backup-list").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        robot.clickOn("23-11-2026 10.00");
        assertThat(robot.lookup("#backup-restore").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "backup"));

        dialogs.answer = false;
        robot.clickOn("#backup-restore");
        assertThat(dialogs.shown.get(dialogs.shown.size() - 1)).startsWith("confirm: Pulihkan database?");
        assertThat(dir).isDirectoryNotContaining("glob:**before-restore*");
    }
}
