package id.kalbarprov.loket.ui.about;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.BuildInfo;
import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.input.Clipboard;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Pengaturan → Tentang in the real main window. */
@ExtendWith(ApplicationExtension.class)
class AboutFxTest {

    @TempDir
    Path dir;
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @Test
    void showsVersionBuildTimeAndWhereItRunsAndCopiesThem(FxRobot robot) {
        Loket loket = FxTestSupport.open(dir);
        AtomicReference<MainWindow> main = new AtomicReference<>();
        robot.interact(() -> main.set(FxTestSupport.show(stage, loket, new FxTestSupport.RecordingDialogs())));
        robot.interact(() -> main.get().show(NavItem.PENGATURAN));
        // the last tab: at 1280 pixels it sits in the tab bar's overflow menu (▾), chosen from there
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "tab-about".equals(t.getId())).findFirst().orElseThrow()));

        BuildInfo build = BuildInfo.current();
        assertThat(text(robot, "#about-version")).isEqualTo(build.version());
        // "5 Desember 2026, 09.20": the Indonesian long date and the time with a dot
        assertThat(text(robot, "#about-built")).matches("\\d{1,2} [A-Z][a-z]+ \\d{4}, \\d{2}\\.\\d{2}");
        assertThat(text(robot, "#about-java")).startsWith(System.getProperty("java.runtime.version"));
        assertThat(text(robot, "#about-database")).isEqualTo(dir.resolve("loket.db").toAbsolutePath().toString());
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "settings-about"));

        robot.clickOn("#about-copy");

        assertThat(text(robot, "#about-copied")).startsWith("Keterangan disalin");
        AtomicReference<String> copied = new AtomicReference<>();
        robot.interact(() -> copied.set(Clipboard.getSystemClipboard().getString()));
        assertThat(copied.get()).contains("Versi: " + build.version(), "Database: " + dir.resolve("loket.db")
                .toAbsolutePath());
        loket.database().close();
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    /** A desk on its kept choice can forget it here; a desk started with --db or LOKET_DB has nothing to change. */
    @Test
    void theKeptDatabaseChoiceCanBeForgottenAfterAConfirm(FxRobot robot) throws Exception {
        Loket loket = FxTestSupport.open(dir);
        id.kalbarprov.loket.Workstation here = new id.kalbarprov.loket.Workstation(dir.resolve("workstation.properties"),
                dir.resolve("loket.db"), java.util.Map.of());
        here.keepThisComputer();
        FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
        showAbout(robot, loket, dialogs);
        assertThat(robot.lookup("#about-change-database").tryQuery().map(javafx.scene.Node::isVisible).orElse(false))
                .as("started with --db: nothing to change here").isFalse();

        loket.chosenBy(here);
        showAbout(robot, loket, dialogs);
        dialogs.answer = false;
        robot.clickOn("#about-change-database");
        assertThat(dir.resolve("workstation.properties")).exists();

        dialogs.answer = true;
        robot.clickOn("#about-change-database");
        org.testfx.util.WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> dialogs.shown.stream().anyMatch(d -> d.startsWith("info:")));
        assertThat(dir.resolve("workstation.properties")).doesNotExist();
        assertThat(dialogs.shown).last().asString().contains("Tutup Loket dan buka lagi");
        loket.database().close();
    }

    private void showAbout(FxRobot robot, Loket loket, FxTestSupport.RecordingDialogs dialogs) {
        AtomicReference<MainWindow> main = new AtomicReference<>();
        robot.interact(() -> main.set(FxTestSupport.show(stage, loket, dialogs)));
        robot.interact(() -> main.get().show(NavItem.PENGATURAN));
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(
                tabs.getTabs().stream().filter(t -> "tab-about".equals(t.getId())).findFirst().orElseThrow()));
    }
}
