package id.kalbarprov.loket.ui.backup;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.store.Backup;
import id.kalbarprov.loket.store.Database;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.store.StartupCheck;
import id.kalbarprov.loket.store.StartupStore;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.startup.StartupGate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A database overwritten by a Word document: the guided restore, never an empty database. */
@ExtendWith(ApplicationExtension.class)
class StartupRestoreFxTest {

    @TempDir
    static Path dir;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();
    final AtomicBoolean reopened = new AtomicBoolean();
    Stage stage;

    @Start
    void start(Stage stage) throws Exception {
        this.stage = stage;
        Path file = dir.resolve("loket.db");
        Database db = Database.open(file);
        DemoData.write(db, 42, 5, LocalDate.of(2026, 11, 20));
        db.close(); // Loket was closed when the file was overwritten
        Files.createDirectories(dir.resolve("cadangan"));
        Backup.write(file, dir.resolve("cadangan/loket-20261122-163000.db"), LocalDateTime.of(2026, 11, 22, 16, 30));
        Files.writeString(file, "PK\u0003\u0004 dokumen Word yang tertimpa".repeat(100));
        var broken = ((StartupCheck.Broken) StartupCheck.run(file)).diagnosis();
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        new StartupGate(new StartupStore()).show(stage, broken, new I18n(I18n.INDONESIAN), TaskRunner.direct(), dialogs,
                FxTestSupport.clock(), () -> reopened.set(true));
    }

    @Test
    void offersTheNewestGoodBackupAndRestoresIt(FxRobot robot) {
        assertThat(robot.lookup("#startup-problem").queryAs(Label.class).getText())
                .isEqualTo("Berkas database bukan database SQLite (mungkin tertimpa berkas lain).");
        assertThat(robot.lookup("#startup-newest").queryAs(Label.class).getText())
                .startsWith("Cadangan baik terbaru: 22-11-2026 16.30 — 42 surat masuk");
        assertThat(robot.lookup("#startup-restore-newest").queryAs(Button.class).isDisabled()).isFalse();
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "startup-restore"));

        robot.clickOn("#startup-restore-newest");

        assertThat(dialogs.shown).singleElement().asString().startsWith("info: Database dipulihkan: Database "
                + "dipulihkan dari " + dir.resolve("cadangan/loket-20261122-163000.db"));
        assertThat(reopened).isTrue();
        assertThat(StartupCheck.run(dir.resolve("loket.db"))).isInstanceOf(StartupCheck.Ready.class);
        assertThat(dir.resolve("loket.db.before-restore-20261123-100000")).exists();
    }
}
