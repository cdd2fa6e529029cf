package id.kalbarprov.loket.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.calendar.Holiday;
import id.kalbarprov.loket.core.calendar.HolidayService;
import id.kalbarprov.loket.store.AuditLog;
import id.kalbarprov.loket.store.HolidayStore;
import id.kalbarprov.loket.store.SettingsStore;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.common.I18n;
import id.kalbarprov.loket.ui.common.TaskRunner;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class CalendarSettingsFxTest {

    @TempDir
    Path dir;
    Stage stage;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    MainWindow showMain(FxRobot robot, Loket loket) {
        AtomicReference<MainWindow> ref = new AtomicReference<>();
        robot.interact(() -> ref.set(FxTestSupport.show(stage, loket, dialogs)));
        return ref.get();
    }

    @SuppressWarnings("unchecked")
    TableView<Holiday> table(FxRobot robot) {
        return robot.lookup("#holiday-table").queryAs(TableView.class);
    }

    @Test
    void addsAndRemovesAHolidayInPengaturan(FxRobot robot) {
        Loket loket = FxTestSupport.open(dir);
        MainWindow main = showMain(robot, loket);
        robot.interact(() -> main.show(NavItem.PENGATURAN));
        robot.clickOn("Hari Libur");
        int before = new HolidayStore(loket.database()).inYear(2026).size();
        assertThat(table(robot).getItems()).hasSize(before);
        assertThat(robot.lookup("#holiday-count").queryAs(Label.class).getText())
                .isEqualTo(before + " hari libur dan cuti bersama tahun 2026");

        robot.clickOn("#holiday-date").write("31-12-2026");
        robot.clickOn("#holiday-name").write("Cuti bersama akhir tahun");
        robot.clickOn("#holiday-basis").write("Keppres 9/2026");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "holidays"));
        robot.clickOn("#holiday-add");

        assertThat(table(robot).getItems()).hasSize(before + 1);
        assertThat(robot.lookup("#holiday-status").queryAs(Label.class).getText())
                .isEqualTo("Ditambahkan: Kamis, 31 Desember 2026, Cuti bersama akhir tahun.");
        assertThat(loket.calendar().isWorkingDay(LocalDate.of(2026, 12, 31))).isFalse();
        assertThat(robot.lookup("#holiday-name").queryTextInputControl().getText()).isEmpty();

        // The same date again is refused under its field.
        robot.clickOn("#holiday-date").write("31-12-2026");
        robot.clickOn("#holiday-name").write("Lagi");
        robot.clickOn("#holiday-add");
        assertThat(robot.lookup("#holiday-date-error").queryAs(Label.class).getText())
                .isEqualTo("Tanggal ini sudah ada di daftar hari libur.");
        assertThat(table(robot).getItems()).hasSize(before + 1);

        robot.interact(() -> table(robot).scrollTo(table(robot).getItems().size() - 1));
        robot.clickOn("Cuti bersama akhir tahun");
        dialogs.answer = false;
        robot.clickOn("#holiday-remove");
        assertThat(table(robot).getItems()).hasSize(before + 1);
        dialogs.answer = true;
        robot.clickOn("#holiday-remove");
        assertThat(dialogs.shown).last().asString()
                .startsWith("confirm: Hapus hari libur: Hapus Kamis, 31 Desember 2026 (Cuti bersama akhir tahun)");
        assertThat(table(robot).getItems()).hasSize(before);
        assertThat(loket.calendar().isWorkingDay(LocalDate.of(2026, 12, 31))).isTrue();
        assertThat(AuditLog.forEntity(loket.database().jdbi(), "holiday", "2026-12-31"))
                .extracting(AuditLog.Entry::action).containsExactly("add", "remove");
    }

    @Test
    void anImportWithBadLinesShowsTheirNumbersAndImportsNothing(FxRobot robot) throws IOException {
        Loket loket = FxTestSupport.open(dir);
        Path bad = dir.resolve("libur-2028.csv");
        Files.writeString(bad, "date,kind,name,basis\n"
                + "2028-01-01,libur,Tahun Baru 2028 Masehi,SKB 2026\n"
                + "2028-02-30,libur,Tanggal salah,SKB 2026\n"
                + "2028-03-10,cuti,Jenis salah,SKB 2026\n"
                + "2026-12-25,libur,Hari Raya Natal,SKB 2025\n", StandardCharsets.UTF_8);
        Path good = dir.resolve("libur-2028-benar.csv");
        Files.writeString(good, "date,kind,name,basis\n"
                + "2028-01-01,libur,Tahun Baru 2028 Masehi,SKB 2026\n"
                + "2028-02-06,libur,Tahun Baru Imlek 2579 Kongzili,SKB 2026\n", StandardCharsets.UTF_8);
        AtomicReference<Path> chosen = new AtomicReference<>(bad);
        I18n i18n = new I18n(I18n.INDONESIAN);
        HolidaysView view = new HolidaysView(i18n, new HolidaysViewModel(
                loket.holidays(), loket::actor, TaskRunner.direct(), dialogs,
                i18n, FxTestSupport.clock()), owner -> Optional.of(chosen.get()));
        robot.interact(() -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            VBox root = new VBox(view.view());
            root.getStyleClass().add("screen");
            Scene scene = new Scene(root, 1100, 800);
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource("/css/loket.css"))
                    .toExternalForm());
            stage.setScene(scene);
            stage.show();
            view.onShow();
        });

        robot.clickOn("#holiday-import");
        ListView<?> problems = robot.lookup("#import-problems").queryListView();
        assertThat(problems.getParent().isVisible()).isTrue();
        assertThat(problems.getItems()).extracting(Object::toString).containsExactly(
                "Baris 3: Tanggal tidak valid: \"2028-02-30\" (tulis TTTT-BB-HH, misalnya 2027-01-01).",
                "Baris 4: Jenis tidak dikenal: \"cuti\" (harus libur atau cuti_bersama).",
                "Baris 5: Tanggal 2026-12-25 sudah ada di daftar hari libur. Hapus dulu tanggal itu bila ingin "
                        + "menggantinya.");
        assertThat(dialogs.shown).last().asString()
                .startsWith("error: Impor dibatalkan: 3 baris bermasalah di libur-2028.csv. Tidak ada yang diimpor.");
        assertThat(loket.calendar().hasHolidayListFor(2028)).isFalse();
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "holidays-import-errors"));

        chosen.set(good);
        robot.clickOn("#holiday-import");
        assertThat(dialogs.shown).last().asString().isEqualTo("info: Impor hari libur: 2 hari libur tahun 2028 diimpor.");
        assertThat(loket.calendar().hasHolidayListFor(2028)).isTrue();
        assertThat(robot.lookup("#holiday-year").queryComboBox().getValue()).isEqualTo(2028);
        assertThat(table(robot).getItems()).hasSize(2);
        assertThat(problems.getItems()).isEmpty();
        assertThat(problems.getParent().isVisible()).isFalse();
    }

    @Test
    void theClosingTimeRefuses2500AndSavesAValidTime(FxRobot robot) {
        Loket loket = FxTestSupport.open(dir);
        MainWindow main = showMain(robot, loket);
        robot.interact(() -> main.show(NavItem.PENGATURAN));
        robot.clickOn("Kantor");
        assertThat(robot.lookup("#office-closing").queryTextInputControl().getText()).isEqualTo("16.00");
        assertThat(robot.lookup("#office-place").queryTextInputControl().getText()).isEqualTo("Pontianak");

        robot.doubleClickOn("#office-closing").eraseText(5).write("25:00");
        robot.clickOn("#office-save");
        assertThat(robot.lookup("#office-closing-error").queryAs(Label.class).getText())
                .isEqualTo("Jam tidak valid. Tulis JJ.MM, misalnya 16.00.");
        assertThat(robot.lookup("#office-closing").queryTextInputControl().isFocused()).isTrue();
        assertThat(new SettingsStore(loket.database()).get(SettingsStore.CLOSING_TIME)).contains("16:00");
        assertThat(loket.calendar().closingTime()).hasToString("16:00");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "office-error"));

        robot.eraseText(5).write("15.30");
        robot.clickOn("#office-save");
        assertThat(robot.lookup("#office-closing-error").queryAs(Label.class).getText()).isEmpty();
        assertThat(robot.lookup("#office-status").queryAs(Label.class).getText())
                .isEqualTo("Tersimpan: jam tutup 15.30, tempat Pontianak.");
        assertThat(loket.calendar().closingTime()).hasToString("15:30");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "office"));
    }
}
