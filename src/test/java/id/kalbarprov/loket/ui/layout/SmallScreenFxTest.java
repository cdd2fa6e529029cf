package id.kalbarprov.loket.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.LayoutCheck;
import id.kalbarprov.loket.ui.register.SuratMasukScreen;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * Every screen in a 1024×768 window (and 1366×768), in the states a clerk meets: nothing cut, nothing
 * scrolling sideways, nothing outside the window ({@link LayoutCheck}). With -Dloket.screenshots=DIR
 * each state is also saved as a picture (docs/screenshots/*-1024.png, *-1366.png).
 */
@ExtendWith(ApplicationExtension.class)
class SmallScreenFxTest {

    @TempDir
    static Path dir;
    static Loket loket;
    static DeskFixture desk;

    Stage stage;
    MainWindow main;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @BeforeAll
    static void aDeskAfterAWhile() {
        loket = FxTestSupport.open(dir);
        desk = new DeskFixture(loket);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        main = FxTestSupport.show(stage, loket, dialogs, 1024, 768);
    }

    /** The checker's findings for the window as it is now, drop-downs opened once; saved as {@code name}. */
    List<String> problems(FxRobot robot, String name) {
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), name + "-" + (int) stage.getWidth()));
        List<String> all = new ArrayList<>(LayoutCheck.problems(robot, stage));
        all.addAll(LayoutCheck.popupProblems(robot, stage));
        return all;
    }

    void size(FxRobot robot, double width, double height) {
        robot.interact(() -> {
            stage.setX(0);
            stage.setY(0);
            stage.setWidth(width);
            stage.setHeight(height);
        });
    }

    void show(FxRobot robot, NavItem item) {
        robot.interact(() -> main.show(item));
    }

    void selectFirst(FxRobot robot, String table) {
        robot.interact(() -> robot.lookup(table).queryAs(TableView.class).getSelectionModel().select(0));
    }

    @Test
    void everyRoomFitsA1024And1366PixelWideWindow(FxRobot robot) {
        List<String> found = new ArrayList<>();
        for (int width : new int[] {1024, 1366}) {
            size(robot, width, 768);
            for (NavItem item : NavItem.values()) {
                show(robot, item);
                if (item == NavItem.KAJIAN) {
                    selectFirst(robot, "#review-list");
                } else if (item == NavItem.PROSES) {
                    selectFirst(robot, "#processing-list");
                }
                problems(robot, item.buttonId().substring(4)).forEach(p -> found.add(width + " " + item + ": " + p));
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void kajianWithTheReturnAndTheRefusalFormOpen(FxRobot robot) {
        show(robot, NavItem.KAJIAN);
        selectFirst(robot, "#review-list");
        robot.clickOn("#review-return-open");
        assertThat(robot.lookup("#review-return").queryButton().isVisible()).isTrue();
        assertThat(problems(robot, "kajian-return")).isEmpty();
        robot.clickOn("#review-return-cancel");
        robot.clickOn("#review-refuse-open");
        assertThat(problems(robot, "kajian-refuse")).isEmpty();
        robot.clickOn("#review-section-waiting");
        selectFirst(robot, "#review-list");
        assertThat(problems(robot, "kajian-waiting")).isEmpty();
    }

    @Test
    void theRegistrationFormAfterAnIncompleteSaveAndALetterWithASixDigitAgendaNumber(FxRobot robot) {
        show(robot, NavItem.SURAT_MASUK);
        robot.interact(() -> ((SuratMasukScreen) main.screen(NavItem.SURAT_MASUK)).openNew());
        robot.clickOn("#intake-save");
        assertThat(robot.lookup("#agency-error").queryLabeled().getText()).isNotBlank();
        assertThat(problems(robot, "intake-errors")).isEmpty();
        robot.interact(() -> ((SuratMasukScreen) main.screen(NavItem.SURAT_MASUK)).openDetail(desk.processing));
        assertThat(robot.lookup("#detail-agenda").queryLabeled().getText()).contains("100000/SM/2026");
        assertThat(problems(robot, "letter-detail")).isEmpty();
        // its scans (issue 14), at the bottom of the detail: thumbnails with their names
        assertThat(robot.lookup("#attachment-2").queryButton().getText()).startsWith("lampiran-jadwal-rapat");
        robot.interact(() -> {
            javafx.scene.Parent p = robot.lookup("#detail-attachments").query().getParent();
            while (!(p instanceof javafx.scene.control.ScrollPane)) {
                p = p.getParent();
            }
            ((javafx.scene.control.ScrollPane) p).setVvalue(1);
        });
        assertThat(problems(robot, "letter-scans")).isEmpty();
    }

    @Test
    void theRegistrationFormWithScansGoingWithTheLetter(FxRobot robot) throws Exception {
        java.nio.file.Path scan = java.nio.file.Files.write(dir.resolve("pindaian-surat-dinas-pendidikan-2026.pdf"),
                id.kalbarprov.loket.documents.ScanSamples.pdf(1, 9));
        java.nio.file.Path photo = java.nio.file.Files.write(dir.resolve("foto.png"),
                id.kalbarprov.loket.documents.ScanSamples.png(9));
        Loket.chooseScans = i18n -> owner -> List.of(scan, photo);
        try {
            show(robot, NavItem.SURAT_MASUK);
            robot.interact(() -> ((SuratMasukScreen) main.screen(NavItem.SURAT_MASUK)).openNew());
            robot.interact(() -> robot.lookup("#intake-attach").queryButton().fire());
            assertThat(robot.lookup("#intake-scan-2").queryLabeled().getText()).contains("foto.png");
            robot.interact(() -> robot.lookup("#intake-attach").query().requestFocus());
            assertThat(problems(robot, "intake-scans")).isEmpty();
        } finally {
            Loket.chooseScans = id.kalbarprov.loket.ui.register.AttachmentsView::fileChooser;
        }
    }

    @Test
    void theComplaintFormAndAComplaintsDetail(FxRobot robot) {
        show(robot, NavItem.PENGADUAN);
        robot.clickOn("#complaints-new");
        assertThat(problems(robot, "complaint-form")).isEmpty();
        robot.interact(() -> robot.lookup("#complaint-cancel").queryButton().fire());
        selectFirst(robot, "#complaints-table");
        robot.interact(() -> robot.lookup("#complaints-table").query().requestFocus());
        robot.type(javafx.scene.input.KeyCode.ENTER);
        assertThat(robot.lookup("#complaint-title").queryLabeled().getText()).isNotBlank();
        assertThat(problems(robot, "complaint-detail")).isEmpty();
    }

    @Test
    void everyAreaOfPengaturan(FxRobot robot) {
        show(robot, NavItem.PENGATURAN);
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        List<String> found = new ArrayList<>();
        for (var tab : tabs.getTabs()) {
            robot.interact(() -> tabs.getSelectionModel().select(tab));
            problems(robot, "settings-" + tab.getId().replace("settings-", "").replace("tab-", ""))
                    .forEach(p -> found.add(tab.getId() + ": " + p));
        }
        assertThat(found).isEmpty();
    }

    @Test
    void everyStandardIsReadableInFullAtBothSizes(FxRobot robot) {
        show(robot, NavItem.STANDAR_PELAYANAN);
        ListView<?> list = robot.lookup("#standards-list").queryListView();
        List<String> found = new ArrayList<>();
        for (int width : new int[] {1024, 1366}) {
            size(robot, width, 768);
            for (int i = 0; i < list.getItems().size(); i++) {
                int n = i;
                robot.interact(() -> list.getSelectionModel().select(n));
                if (n == 0) {
                    robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "standard-" + width));
                }
                LayoutCheck.problems(robot, stage).forEach(p -> found.add(width + " standard " + n + ": " + p));
                robot.interact(() -> {
                    var subtitle = robot.lookup("#standards-subtitle").query();
                    var name = robot.lookup("#standard-name").query();
                    double below = subtitle.localToScene(subtitle.getLayoutBounds()).getMaxY();
                    double top = name.localToScene(name.getLayoutBounds()).getMinY();
                    if (top < below - 1) {
                        found.add(width + " standard " + n + ": its name lies over the subtitle (" + (int) top + " < "
                                + (int) below + ")");
                    }
                });
            }
        }
        assertThat(found).isEmpty();
    }
}
