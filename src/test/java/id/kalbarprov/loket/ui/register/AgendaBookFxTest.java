package id.kalbarprov.loket.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.LayoutCheck;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Surat Masuk → Buku Agenda: a month saved as PDF and as XLSX through the save dialog; a backwards range is refused. */
@ExtendWith(ApplicationExtension.class)
class AgendaBookFxTest {

    @TempDir
    Path dir;
    Loket loket;
    MainWindow main;
    Stage stage;
    final List<String> offered = new ArrayList<>();
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Loket.chooseSave = i18n -> (owner, name) -> {
            offered.add(name);
            return Optional.of(dir.resolve(name));
        };
        loket = FxTestSupport.open(dir);
        main = FxTestSupport.show(stage, loket, dialogs, 1024, 768);
    }

    @AfterEach
    void giveBack(FxRobot robot) {
        Loket.chooseSave = LetterPaperView::saveChooser;
        robot.interact(() -> FxTestSupport.restore(stage));
    }

    void register(String number, LocalDateTime received) {
        var s = loket.reference().services().stream().filter(x -> x.kind() == ServiceKind.EMAIL).findFirst().orElseThrow();
        Set<Long> done = new HashSet<>();
        s.requirements().forEach(r -> done.add(r.id()));
        loket.intake().register(new LetterDraft(received, 5L, number, received.toLocalDate().minusDays(2),
                "Permohonan akun email " + number, s.id(), SignerRole.KEPALA_PD, "dr. Erna", done, null, null, null),
                loket.actor(), true);
    }

    @Test
    void theBookOfAMonthIsSavedAsPdfAndXlsxWhereTheClerkChooses(FxRobot robot) throws Exception {
        register("800/1/Dinkes", LocalDateTime.of(2026, 10, 30, 9, 0));
        register("800/2/Dinkes", LocalDateTime.of(2026, 11, 2, 9, 0));
        register("800/3/Dinkes", LocalDateTime.of(2026, 11, 20, 9, 0));
        robot.interact(() -> main.show(NavItem.SURAT_MASUK));
        robot.clickOn("#agenda-book-open");
        assertThat(robot.lookup("#agenda-book-month").queryComboBox().getSelectionModel().getSelectedItem()).isEqualTo(11);
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "agenda-book-1024"));
        assertThat(LayoutCheck.problems(robot, stage)).isEmpty();
        robot.clickOn("#agenda-book-pdf");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        Path pdf = dir.resolve("buku-agenda-2026-11.pdf");
        assertThat(offered).containsExactly("buku-agenda-2026-11.pdf");
        assertThat(robot.lookup("#agenda-book-status").queryLabeled().getText()).isEqualTo(
                "2 surat yang diterima 1 November 2026 s.d. 30 November 2026 disimpan ke " + pdf + ".");
        try (var doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(new PDFTextStripper().getText(doc)).contains("BUKU AGENDA SURAT MASUK", "800/2/Dinkes",
                    "800/3/Dinkes").doesNotContain("800/1/Dinkes");
        }
        robot.clickOn("#agenda-book-xlsx");
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        assertThat(dir.resolve("buku-agenda-2026-11.xlsx")).exists();

        robot.interact(() -> {
            robot.lookup("#agenda-book-kind").queryComboBox().getSelectionModel().select(2);
            ((javafx.scene.control.DatePicker) robot.lookup("#agenda-book-from").query()).setValue(LocalDate.of(2026, 11, 20));
            ((javafx.scene.control.DatePicker) robot.lookup("#agenda-book-to").query()).setValue(LocalDate.of(2026, 11, 1));
        });
        robot.clickOn("#agenda-book-pdf");
        assertThat(robot.lookup("#agenda-book-status").queryLabeled().getText())
                .isEqualTo("Tanggal sampai tidak boleh sebelum tanggal dari.");
        assertThat(offered).hasSize(2);
        assertThat(dialogs.shown).isEmpty();
        assertThat(Files.size(pdf)).isPositive();
    }
}
