package id.kalbarprov.loket.ui.survey;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.survey.Answers;
import id.kalbarprov.loket.core.survey.Profile;
import id.kalbarprov.loket.core.survey.SurveyResponse;
import id.kalbarprov.loket.core.survey.SurveySource;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.ScreenFit;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Survei Kepuasan through the real screens: paper questionnaires by keyboard, and the visitors' kiosk. */
@ExtendWith(ApplicationExtension.class)
class SurveyFxTest {

    @TempDir
    Path dir;
    Stage stage;
    Loket loket;
    MainWindow main;
    FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @AfterEach
    void restoreStage(FxRobot robot) {
        robot.interact(() -> FxTestSupport.restore(stage));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        loket = FxTestSupport.open(dir);
        main = FxTestSupport.show(stage, loket, dialogs);
    }

    List<SurveyResponse> stored() {
        return loket.surveys().enteredToday(100);
    }

    void type(FxRobot robot, String digits) {
        for (char c : digits.toCharArray()) {
            robot.type(KeyCode.valueOf("DIGIT" + c));
        }
    }

    @Test
    void aPileOfPaperQuestionnairesIsTypedWithDigitsAndEnter(FxRobot robot) {
        robot.interact(() -> main.show(NavItem.SURVEI));
        @SuppressWarnings("unchecked")
        ComboBox<Object> service = robot.lookup("#survey-service").queryAs(ComboBox.class);
        robot.interact(() -> service.getSelectionModel().select(1)); // Video Conference
        robot.interact(() -> robot.lookup("#survey-answers").query().requestFocus());

        type(robot, "123443214");
        robot.type(KeyCode.ENTER);
        assertThat(stored()).hasSize(1);
        SurveyResponse first = stored().get(0);
        assertThat(first.answers()).isEqualTo(Answers.of(1, 2, 3, 4, 4, 3, 2, 1, 4));
        assertThat(first.source()).isEqualTo(SurveySource.KETIK);
        assertThat(first.answeredOn()).isEqualTo(FxTestSupport.NOW.toLocalDate());
        assertThat(robot.lookup("#survey-status").queryAs(Label.class).getText()).contains("Tersimpan");
        TableView<?> today = robot.lookup("#survey-today").queryAs(TableView.class);
        assertThat(today.getItems()).hasSize(1);

        // the next form keeps the service; a slip is taken back with Backspace
        assertThat(service.getValue()).isNotNull();
        type(robot, "4444");
        robot.type(KeyCode.BACK_SPACE);
        type(robot, "3");
        type(robot, "33334");
        robot.type(KeyCode.ENTER);
        assertThat(stored()).hasSize(2);
        assertThat(stored().get(0).answers()).as("newest first").isEqualTo(Answers.of(4, 4, 4, 3, 3, 3, 3, 3, 4));
        assertThat(stored().get(0).serviceId()).isEqualTo(first.serviceId());
    }

    @Test
    void anUnfinishedQuestionnaireNamesTheMissingElementsAndStoresNothing(FxRobot robot) {
        robot.interact(() -> main.show(NavItem.SURVEI));
        @SuppressWarnings("unchecked")
        ComboBox<Object> service = robot.lookup("#survey-service").queryAs(ComboBox.class);
        robot.interact(() -> service.getSelectionModel().select(0));
        robot.interact(() -> robot.lookup("#survey-answers").query().requestFocus());
        type(robot, "3333");
        robot.type(KeyCode.ENTER);
        assertThat(stored()).isEmpty();
        assertThat(robot.lookup("#survey-answers-error").queryAs(Label.class).getText())
                .isEqualTo("Belum dijawab: U5, U6, U7, U8, U9.");
        assertThat(robot.lookup("#survey-status").queryAs(Label.class).getText()).contains("Belum tersimpan");
        // the typing goes on where it is missing
        type(robot, "44444");
        robot.type(KeyCode.ENTER);
        assertThat(stored()).hasSize(1);
        assertThat(stored().get(0).answers()).isEqualTo(Answers.of(3, 3, 3, 3, 4, 4, 4, 4, 4));
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "survei-ketik-1024"));
        robot.interact(() -> assertThat(ScreenFit.problems(stage.getScene().getRoot())).isEmpty());
    }

    Stage kiosk(FxRobot robot) {
        robot.interact(() -> main.show(NavItem.SURVEI));
        robot.clickOn("#survey-kiosk");
        return (Stage) Window.getWindows().stream().filter(w -> w != stage && w.isShowing()
                && w.getScene().getRoot().getId() != null && w.getScene().getRoot().getId().equals("kiosk"))
                .findFirst().orElseThrow();
    }

    @Test
    void aVisitorAnswersAtTheKioskWhichOnlyAnOperatorsPasswordCloses(FxRobot robot) {
        loket.operators().createFirstAdministrator("siti", "Siti Rahmawati", "rahasia-kantor");
        Stage kiosk = kiosk(robot);
        assertThat(kiosk.isFullScreen()).isTrue();
        assertThat(kiosk.getModality()).isEqualTo(javafx.stage.Modality.APPLICATION_MODAL);
        Scene scene = kiosk.getScene();
        assertThat(scene.lookup("#" + NavItem.BERANDA.buttonId())).as("no way into the app").isNull();

        robot.clickOn("#kiosk-service-HOSTING");
        assertThat(((Label) scene.lookup("#kiosk-progress")).getText()).isEqualTo("Pertanyaan 1 dari 9");
        robot.clickOn("#kiosk-answer-4");
        type(robot, "4434443");
        assertThat(((Label) scene.lookup("#kiosk-progress")).getText()).isEqualTo("Pertanyaan 9 dari 9");
        robot.interact(() -> FxTestSupport.snapshot(scene, "survei-kios"));
        robot.clickOn("#kiosk-answer-2");
        robot.clickOn("#kiosk-sex-P");
        robot.clickOn("#kiosk-submit");
        assertThat(scene.lookup("#kiosk-thanks")).isNotNull();
        assertThat(stored()).hasSize(1);
        SurveyResponse r = stored().get(0);
        assertThat(r.source()).isEqualTo(SurveySource.KIOS);
        assertThat(r.answers()).isEqualTo(Answers.of(4, 4, 4, 3, 4, 4, 4, 3, 2));
        assertThat(r.profile()).isEqualTo(new Profile(Profile.Sex.P, null, null, null));
        robot.clickOn("#kiosk-next");
        assertThat(scene.lookup("#kiosk-service-HOSTING")).isNotNull();

        // Alt+F4 and Esc do not close it or leave full screen
        robot.interact(() -> kiosk.fireEvent(new WindowEvent(kiosk, WindowEvent.WINDOW_CLOSE_REQUEST)));
        robot.type(KeyCode.ESCAPE);
        assertThat(kiosk.isShowing()).isTrue();
        assertThat(kiosk.isFullScreen()).isTrue();

        robot.clickOn("#kiosk-operator");
        robot.clickOn("#kiosk-password").write("tebakan-salah").type(KeyCode.ENTER);
        assertThat(kiosk.isShowing()).isTrue();
        assertThat(((Label) scene.lookup("#kiosk-exit-message")).getText()).isNotBlank();
        robot.interact(() -> ((javafx.scene.control.TextField) scene.lookup("#kiosk-username")).setText("siti"));
        robot.clickOn("#kiosk-password").write("rahasia-kantor").type(KeyCode.ENTER);
        assertThat(kiosk.isShowing()).isFalse();
        // back at the desk, today's list shows the kiosk's questionnaire
        assertThat(robot.lookup("#survey-today").queryAs(TableView.class).getItems()).hasSize(1);
    }
}
