package id.kalbarprov.loket.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.auth.Actor;
import id.kalbarprov.loket.core.auth.Role;
import id.kalbarprov.loket.core.report.ReportPeriod;
import id.kalbarprov.loket.core.report.ServiceLine;
import id.kalbarprov.loket.core.report.ServiceReport;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.store.DemoFeedback;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.ScreenFit;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Laporan through the real screen on demo data: the figures shown are the report's, per tab. */
@ExtendWith(ApplicationExtension.class)
class ReportFxTest {

    @TempDir
    static Path dir;
    static Path db;
    Stage stage;
    Loket loket;
    MainWindow main;

    @BeforeAll
    static void data() throws Exception {
        db = Files.createDirectories(dir.resolve("demo"));
        Loket l = FxTestSupport.open(db);
        DemoData.write(l.database(), 600, 7, FxTestSupport.NOW.toLocalDate());
        DemoFeedback.complaints(l.database(), 2400, 7, FxTestSupport.NOW.toLocalDate());
        DemoFeedback.surveys(l.database(), 7, FxTestSupport.NOW.toLocalDate());
        l.database().close();
    }

    @AfterEach
    void restoreStage(FxRobot robot) {
        robot.interact(() -> FxTestSupport.restore(stage));
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        loket = FxTestSupport.open(db);
        main = FxTestSupport.show(stage, loket, new FxTestSupport.RecordingDialogs());
    }

    @Test
    void aMonthPerServiceInTotalWithChartsComplaintsAndTheIndex(FxRobot robot) {
        robot.interact(() -> main.show(NavItem.LAPORAN));
        // opens on the last complete month (the clock says 23 November 2026)
        assertThat(robot.lookup("#report-heading").queryAs(Label.class).getText()).contains("Oktober 2026");
        TableView<?> services = robot.lookup("#report-services").queryAs(TableView.class);
        assertThat(services.getItems()).hasSize(6);
        ServiceReport expected = loket.reports().report(ReportPeriod.month(2026, 10),
                new Actor(9, "kabid", "Kabid", EnumSet.of(Role.KEPALA_BIDANG)));
        ServiceLine total = (ServiceLine) services.getItems().get(5);
        assertThat(total.isTotal()).isTrue();
        assertThat(total.received()).isEqualTo(expected.total().received()).isPositive();
        assertThat(total.completed()).isEqualTo(expected.total().completed()).isPositive();
        assertThat(robot.lookup("#report-flow").tryQuery()).isPresent();
        snap(robot, "laporan-layanan");

        // a quarter, chosen by keyboard and mouse as a user would
        robot.interact(() -> robot.lookup("#report-kind").queryAs(ComboBox.class).getSelectionModel()
                .select(ReportPeriod.Kind.QUARTER));
        robot.interact(() -> robot.lookup("#report-number").queryAs(ComboBox.class).setValue(3));
        robot.clickOn("#report-show");
        assertThat(robot.lookup("#report-heading").queryAs(Label.class).getText()).contains("Triwulan III 2026")
                .contains("1 Juli 2026 s.d. 30 September 2026");

        TabPane tabs = robot.lookup("#report-tabs").queryAs(TabPane.class);
        robot.interact(() -> tabs.getSelectionModel().select(1));
        assertThat(robot.lookup("#report-chart-trend").tryQuery()).isPresent();
        snap(robot, "laporan-grafik");
        robot.interact(() -> tabs.getSelectionModel().select(2));
        TableView<?> channels = robot.lookup("#report-complaints-channel").queryAs(TableView.class);
        assertThat(channels.getItems()).hasSize(9); // eight channels and the total
        robot.interact(() -> tabs.getSelectionModel().select(3));
        TableView<?> ikm = robot.lookup("#report-ikm").queryAs(TableView.class);
        assertThat(ikm.getItems()).hasSize(6);
        assertThat(robot.lookup("#report-nrr").queryAs(TableView.class).getItems()).hasSize(9);
        assertThat(robot.lookup("#report-ikm-samples").tryQuery()).isPresent();
        snap(robot, "laporan-ikm");
    }

    @Test
    void aYearByKeyboardAndTheCurrentYearSaysItIsProvisional(FxRobot robot) {
        robot.interact(() -> main.show(NavItem.LAPORAN));
        robot.interact(() -> robot.lookup("#report-kind").queryAs(ComboBox.class).getSelectionModel()
                .select(ReportPeriod.Kind.YEAR));
        assertThat(robot.lookup("#report-number").query().isVisible()).isFalse();
        robot.interact(() -> robot.lookup("#report-year").queryAs(ComboBox.class).setValue(2026));
        robot.interact(() -> robot.lookup("#report-show").query().requestFocus());
        robot.type(KeyCode.ENTER);
        assertThat(robot.lookup("#report-heading").queryAs(Label.class).getText()).contains("Tahun 2026");
        assertThat(robot.lookup("#report-status").queryAs(Label.class).getText())
                .contains("sementara").contains("23 November 2026");
    }

    /** At 1024 × 768, the smallest desk screen (Monocle's headless screen is 1280 × 800; 1366 comes from Xvfb). */
    private void snap(FxRobot robot, String name) {
        robot.interact(() -> {
            stage.setWidth(1024);
            stage.setHeight(768);
        });
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), name + "-1024"));
        robot.interact(() -> assertThat(ScreenFit.problems(stage.getScene().getRoot())).as(name).isEmpty());
    }
}
