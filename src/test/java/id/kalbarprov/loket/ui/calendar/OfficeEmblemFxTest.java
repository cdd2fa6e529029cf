package id.kalbarprov.loket.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.office.OfficeSettingsService;
import id.kalbarprov.loket.store.OfficeSettingsStore;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.Optional;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Pengaturan → Kantor: the office's emblem is chosen, shown as the kop will show it, and refused when it is no picture. */
@ExtendWith(ApplicationExtension.class)
class OfficeEmblemFxTest {

    @TempDir
    static Path dir;
    Stage stage;
    Loket loket;
    OfficeSettingsService service;
    final Deque<Path> chosen = new ArrayDeque<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        loket = FxTestSupport.open(dir.resolve("db-" + System.nanoTime()));
        service = new OfficeSettingsService(new OfficeSettingsStore(loket.database()));
        Actor admin = new Actor(0, "admin", "Admin Kantor", EnumSet.of(Role.ADMIN));
        I18n i18n = new I18n(I18n.INDONESIAN);
        OfficeSettingsViewModel vm = new OfficeSettingsViewModel(service, () -> admin, TaskRunner.direct(),
                new FxTestSupport.RecordingDialogs(), i18n);
        OfficeSettingsView view = new OfficeSettingsView(i18n, vm, owner -> Optional.ofNullable(chosen.poll()));
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        Scene scene = new Scene(new javafx.scene.layout.StackPane(view.view()), 1024, 768);
        stage.setScene(scene);
        stage.show();
        view.onShow();
    }

    @AfterEach
    void giveBack(FxRobot robot) {
        robot.interact(() -> FxTestSupport.restore(stage));
    }

    boolean pictureShown(FxRobot robot) {
        ImageView v = robot.lookup("#office-emblem-picture").queryAs(ImageView.class);
        return v.isVisible() && v.getImage() != null && !v.getImage().isError();
    }

    @Test
    void aPictureIsTakenShownAndCanBeRemoved(FxRobot robot) throws Exception {
        assertThat(pictureShown(robot)).isFalse();
        assertThat(robot.lookup("#office-emblem-none").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#office-emblem-remove").queryAs(Button.class).isDisabled()).isTrue();

        Path png = dir.resolve("lambang.png");
        Files.write(png, id.kalbarprov.loket.documents.LetterPdfTestAccess.emblemPng());
        chosen.add(png);
        robot.clickOn("#office-emblem-choose");
        assertThat(pictureShown(robot)).isTrue();
        assertThat(robot.lookup("#office-status").queryAs(Label.class).getText())
                .isEqualTo("Lambang kantor diganti dengan lambang.png.");
        assertThat(service.emblem()).isEqualTo(Files.readAllBytes(png));
        assertThat(loket.outgoing().settings().letterhead().emblem()).isEqualTo(Files.readAllBytes(png));
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "office-emblem"));

        robot.clickOn("#office-emblem-remove");
        assertThat(pictureShown(robot)).isFalse();
        assertThat(service.emblem()).isNull();
    }

    @Test
    void aFileThatIsNoPictureIsRefusedAtTheEmblemAndNothingIsSaved(FxRobot robot) throws Exception {
        Path fake = dir.resolve("lambang-palsu.png");
        Files.writeString(fake, "ini bukan gambar", StandardCharsets.UTF_8);
        chosen.add(fake);
        robot.clickOn("#office-emblem-choose");
        assertThat(robot.lookup("#office-emblem-error").queryAs(Label.class).getText())
                .isEqualTo("Berkas ini bukan gambar PNG atau JPEG.");
        assertThat(service.emblem()).isNull();

        Path broken = dir.resolve("rusak.png");
        byte[] png = id.kalbarprov.loket.documents.LetterPdfTestAccess.emblemPng();
        Files.write(broken, java.util.Arrays.copyOf(png, 60));
        chosen.add(broken);
        robot.clickOn("#office-emblem-choose");
        assertThat(robot.lookup("#office-emblem-error").queryAs(Label.class).getText())
                .isEqualTo("Gambar ini rusak atau tidak dapat dibaca.");
        assertThat(service.emblem()).isNull();
        assertThat(pictureShown(robot)).isFalse();
    }
}
