package id.kalbarprov.loket.ui.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.IntakeService;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Set;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class DashboardFxTest {

    @TempDir
    Path dir;
    Stage stage;
    int seq;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    Loket open(String name) throws IOException {
        return FxTestSupport.open(Files.createDirectories(dir.resolve(name)));
    }

    void register(Loket loket, ServiceKind kind, LocalDateTime received, boolean complete) {
        ServiceStandard s = loket.reference().services().stream().filter(x -> x.kind() == kind).findFirst().orElseThrow();
        Set<Long> done = new HashSet<>();
        if (complete) {
            s.requirements().forEach(r -> done.add(r.id()));
        }
        var outcome = loket.intake().register(new LetterDraft(received, 5L, "005/" + (++seq) + "/Dinkes",
                received.toLocalDate(), "Permohonan layanan", s.id(), SignerRole.KEPALA_PD, "dr. Erna Yulianti", done,
                null, null, null), loket.actor(), true);
        assertThat(outcome).isInstanceOf(IntakeService.Done.class);
    }

    MainWindow showMain(FxRobot robot, Loket loket) {
        java.util.concurrent.atomic.AtomicReference<MainWindow> ref = new java.util.concurrent.atomic.AtomicReference<>();
        robot.interact(() -> ref.set(FxTestSupport.show(stage, loket, new FxTestSupport.RecordingDialogs())));
        return ref.get();
    }

    String value(FxRobot robot, String id) {
        return robot.lookup("#" + id + "-value").queryAs(Label.class).getText();
    }

    @Test
    void berandaShowsTheNumbersOfASmallRegisterAndEachOpensTheRegister(FxRobot robot) throws IOException {
        Loket loket = open("small");
        // Now: Monday 23 Nov 2026 10:00. E-mail takes 1 working day.
        register(loket, ServiceKind.EMAIL, LocalDateTime.of(2026, 11, 18, 9, 0), true);   // due 19 Nov: overdue
        register(loket, ServiceKind.EMAIL, LocalDateTime.of(2026, 11, 20, 9, 0), true);   // due 23 Nov: today
        register(loket, ServiceKind.HOSTING, LocalDateTime.of(2026, 11, 23, 9, 0), true); // due 26 Nov
        register(loket, ServiceKind.HOSTING, LocalDateTime.of(2026, 11, 23, 9, 30), false); // incomplete
        MainWindow main = showMain(robot, loket);
        robot.interact(() -> main.show(NavItem.BERANDA));

        assertThat(value(robot, "count-overdue")).isEqualTo("1");
        assertThat(value(robot, "count-due-today")).isEqualTo("1");
        assertThat(value(robot, "count-state-DITERIMA")).isEqualTo("3");
        assertThat(value(robot, "count-state-BERKAS_BELUM_LENGKAP")).isEqualTo("1");
        assertThat(value(robot, "count-state-SELESAI")).isEqualTo("0");
        // The words are there, not only the colour.
        assertThat(robot.lookup("#count-overdue").queryAs(Button.class).getStyleClass()).contains("count-overdue");
        assertThat(robot.lookup("#count-overdue").lookup(".count-words").queryAs(Label.class).getText())
                .isEqualTo("Terlambat");
        long email = loket.reference().services().stream().filter(s -> s.kind() == ServiceKind.EMAIL)
                .findFirst().orElseThrow().id();
        assertThat(robot.lookup("#count-service-" + email + "-open").queryButton().getText()).isEqualTo("2 terbuka");
        assertThat(robot.lookup("#count-service-" + email + "-overdue").queryButton().getText())
                .isEqualTo("1 terlambat");
        assertThat(robot.lookup("#holiday-banner").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#dashboard-today").queryAs(Label.class).getText()).contains("Senin, 23 November 2026");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "dashboard-small"));

        robot.clickOn("#count-overdue");
        assertThat(main.current()).isEqualTo(NavItem.SURAT_MASUK);

        // Back on Beranda the numbers are read again: a new letter today shows up.
        register(loket, ServiceKind.EMAIL, LocalDateTime.of(2026, 11, 23, 9, 45), true);
        robot.interact(() -> main.show(NavItem.BERANDA));
        assertThat(value(robot, "count-state-DITERIMA")).isEqualTo("4");

        // Keyboard: a focused count opens with Enter.
        robot.interact(() -> robot.lookup("#count-state-DITERIMA").queryButton().requestFocus());
        robot.type(KeyCode.ENTER);
        assertThat(main.current()).isEqualTo(NavItem.SURAT_MASUK);

        // A running request (1 working day) starting on the last day of 2027 (a Friday) falls due in 2028, a year with no holiday list: the banner says so.
        loket.database().jdbi().useHandle(h -> h.createUpdate(
                "UPDATE letter SET clock_start = '2027-12-31' WHERE id = (SELECT max(id) FROM letter)").execute());
        robot.interact(() -> main.show(NavItem.BERANDA));
        Label banner = robot.lookup("#holiday-banner").queryAs(Label.class);
        assertThat(banner.isVisible()).isTrue();
        assertThat(banner.getText()).isEqualTo("Daftar hari libur tahun 2028 belum diisi. Batas waktu hanya "
                + "menghitung Sabtu dan Minggu. Isi di Pengaturan → Hari Libur.");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "dashboard-banner"));
    }

    @Test
    void berandaOnDemoData(FxRobot robot) throws IOException {
        Loket loket = open("demo");
        DemoData.write(loket.database(), 3_000, 7, FxTestSupport.NOW.toLocalDate());
        MainWindow main = showMain(robot, loket);
        robot.interact(() -> main.show(NavItem.BERANDA));
        int total = 0;
        for (var state : id.kalbarprov.loket.core.request.RequestState.values()) {
            total += Integer.parseInt(value(robot, "count-state-" + state.name()));
        }
        assertThat(total).isEqualTo(3_000);
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "dashboard"));
    }
}
