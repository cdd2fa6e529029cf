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

    /** Issue 13 item 5: the correction form of a letter under review, with its errors, at both sizes. */
    @Test
    void theCorrectionFormOfALetterWithItsErrors(FxRobot robot) {
        List<String> found = new ArrayList<>();
        show(robot, NavItem.SURAT_MASUK);
        robot.interact(() -> ((SuratMasukScreen) main.screen(NavItem.SURAT_MASUK)).openDetail(desk.underReview));
        robot.interact(() -> robot.lookup("#detail-correct").queryButton().fire());
        assertThat(robot.lookup("#correct-subject").queryTextInputControl().getText())
                .isEqualTo("Permohonan reset password email kedinasan");
        for (int width : new int[] {1024, 1366}) {
            size(robot, width, 768);
            problems(robot, "letter-correction").forEach(p -> found.add(width + " form: " + p));
        }
        robot.interact(() -> robot.lookup("#correct-subject").queryTextInputControl().clear());
        robot.interact(() -> robot.lookup("#correct-save").queryButton().fire());
        assertThat(robot.lookup("#correct-reason-error").queryLabeled().isVisible()).isTrue();
        for (int width : new int[] {1024, 1366}) {
            size(robot, width, 768);
            problems(robot, "letter-correction-errors").forEach(p -> found.add(width + " errors: " + p));
        }
        robot.interact(() -> {
            robot.lookup("#correct-subject").queryTextInputControl().setText("Permohonan reset kata sandi email kedinasan");
            robot.lookup("#correct-reason").queryTextInputControl().setText("Perihal disalin keliru dari surat");
            robot.lookup("#correct-save").queryButton().fire();
        });
        assertThat(robot.lookup("#detail-correction-0").queryLabeled().getText()).startsWith("Dikoreksi oleh");
        for (int width : new int[] {1024, 1366}) {
            size(robot, width, 768);
            robot.interact(() -> {
                var history = robot.lookup("#detail-history").query();
                var scroll = (javafx.scene.control.ScrollPane) history.getParent().getParent().getParent()
                        .getParent().getParent();
                scroll.setVvalue(1);
            });
            problems(robot, "letter-corrected").forEach(p -> found.add(width + " detail: " + p));
        }
        show(robot, NavItem.PENGATURAN);
        TabPane tabs = robot.lookup("#settings-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getId().contains("audit")).findFirst().orElseThrow()));
        selectFirst(robot, "#audit-table");
        assertThat(robot.lookup("#audit-detail").queryLabeled().getText()).contains("Dikoreksi")
                .contains("perihal: Permohonan reset password email kedinasan → Permohonan reset kata sandi email");
        for (int width : new int[] {1024, 1366}) {
            size(robot, width, 768);
            problems(robot, "audit-correction").forEach(p -> found.add(width + " audit: " + p));
        }
        size(robot, 1024, 768);
        assertThat(found).isEmpty();
    }

    /**
     * The first screen of a new workstation (docs/decisions/0020) with the server chosen, a wrong
     * password named at its field and the longest message under the port, at both sizes.
     */
    @Test
    void theFirstScreenOfANewWorkstationWithItsMessages(FxRobot robot) {
        var setup = new id.kalbarprov.loket.core.database.WorkstationSetup() {
            @Override
            public id.kalbarprov.loket.core.database.ServerCheck test(
                    id.kalbarprov.loket.core.database.ServerAddress address, String password) {
                throw new id.kalbarprov.loket.core.database.DatabaseException(
                        id.kalbarprov.loket.core.database.DatabaseProblem.AUTH_FAILED, null, address.user(),
                        address.host());
            }

            @Override
            public void keepThisComputer() {
            }

            @Override
            public void keepServer(id.kalbarprov.loket.core.database.ServerAddress address) {
            }

            @Override
            public void forget() {
            }
        };
        var i18n = new id.kalbarprov.loket.ui.common.I18n(id.kalbarprov.loket.ui.common.I18n.INDONESIAN);
        var vm = new id.kalbarprov.loket.ui.workstation.WorkstationViewModel(setup,
                id.kalbarprov.loket.ui.common.TaskRunner.direct(), i18n, chosen -> { });
        var view = new id.kalbarprov.loket.ui.workstation.WorkstationView(i18n, vm, () -> { });
        robot.interact(() -> stage.getScene().setRoot(view.root()));
        List<String> found = new ArrayList<>();
        for (int width : new int[] {1024, 1366}) {
            size(robot, width, 768);
            robot.interact(() -> {
                vm.server().set(false);
                vm.host().set("");
            });
            problems(robot, "workstation-first").forEach(p -> found.add(width + " first: " + p));
            robot.interact(() -> {
                vm.server().set(true);
                vm.host().set("server-kantor.diskominfo.local");
                vm.password().set("salah");
                vm.confirm();
            });
            assertThat(robot.lookup("#workstation-password-error").queryLabeled().getText()).startsWith("Server ");
            problems(robot, "workstation-server").forEach(p -> found.add(width + " server: " + p));
            robot.interact(() -> {
                vm.error(id.kalbarprov.loket.ui.workstation.WorkstationViewModel.Field.PASSWORD).set("");
                vm.error(id.kalbarprov.loket.ui.workstation.WorkstationViewModel.Field.PORT).set(i18n.t(
                        "dbProblem.SERVER_UNREACHABLE", "server-kantor.diskominfo.local", "5432"));
            });
            LayoutCheck.problems(robot, stage).forEach(p -> found.add(width + " port: " + p));
            robot.interact(() -> {
                vm.error(id.kalbarprov.loket.ui.workstation.WorkstationViewModel.Field.PORT).set("");
                vm.status().set(i18n.t("workstation.found.older", "loket", 58, 60));
            });
            LayoutCheck.problems(robot, stage).forEach(p -> found.add(width + " older: " + p));
            robot.interact(() -> vm.status().set(""));
        }
        assertThat(found).isEmpty();
    }
}
