package id.kalbarprov.loket;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Label;
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
 * The app's start as a clerk sees it (docs/decisions/0015): the window first, with the app's name and
 * "Membuka database…", then the sign-in screen once the database is open, or the guided restore.
 */
@ExtendWith(ApplicationExtension.class)
class LoketAppFxTest {

    @TempDir
    Path dir;
    final LoketApp app = new LoketApp();
    Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        id.kalbarprov.loket.ui.FxTestSupport.restore(stage);
    }

    @AfterEach
    void stop(FxRobot robot) {
        robot.interact(app::stop);
    }

    /** Starts the app on {@code file}; the id of the window's first screen, before the worker could open anything. */
    private String launch(FxRobot robot, Path file) {
        LoketApp.database = new id.kalbarprov.loket.store.DbLocation.File(file);
        AtomicReference<String> first = new AtomicReference<>();
        robot.interact(() -> {
            app.start(stage);
            first.set(stage.getScene().getRoot().getId());
        });
        return first.get();
    }

    @Test
    void theWindowShowsBeforeTheDatabaseOpensThenTheSignInTakesIt(FxRobot robot) throws Exception {
        assertThat(launch(robot, dir.resolve("loket.db"))).isEqualTo("startup-opening-view");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#signin-title").tryQuery()
                .map(n -> "Buat akun Administrator".equals(((Label) n).getText())).orElse(false));
        assertThat(stage.getTitle()).isEqualTo("Loket — Diskominfo Provinsi Kalimantan Barat");
        assertThat(stage.getIcons()).extracting(i -> (int) i.getWidth())
                .containsExactly(16, 24, 32, 48, 64, 128, 256);
        assertThat(dir.resolve("loket.db")).exists();
    }

    @Test
    void aDamagedDatabaseFoundAfterTheFirstFrameLeadsToTheGuidedRestore(FxRobot robot) throws Exception {
        Path file = dir.resolve("loket.db");
        Files.writeString(file, "PK\u0003\u0004 dokumen Word yang tertimpa".repeat(100));

        assertThat(launch(robot, file)).isEqualTo("startup-opening-view");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#startup-problem").tryQuery().isPresent());
        assertThat(robot.lookup("#startup-problem").queryAs(Label.class).getText())
                .isEqualTo("Berkas database bukan database SQLite (mungkin tertimpa berkas lain).");
        assertThat(Files.readString(file)).startsWith("PK"); // never replaced by a new empty database
    }
}
