package id.kalbarprov.loket.ui.register;

import static org.assertj.core.api.Assertions.assertThat;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.core.catalog.Agency;
import id.kalbarprov.loket.core.catalog.ServiceKind;
import id.kalbarprov.loket.core.catalog.ServiceStandard;
import id.kalbarprov.loket.core.intake.LetterDraft;
import id.kalbarprov.loket.core.intake.SignerRole;
import id.kalbarprov.loket.core.register.LetterFilter;
import id.kalbarprov.loket.core.request.RequestState;
import id.kalbarprov.loket.store.DemoData;
import id.kalbarprov.loket.ui.FxTestSupport;
import id.kalbarprov.loket.ui.shell.MainWindow;
import id.kalbarprov.loket.ui.shell.NavItem;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Surat Masuk driven like a clerk does: keyboard first, the real form, the real register, a real database. */
@ExtendWith(ApplicationExtension.class)
class SuratMasukFxTest {

    @TempDir
    Path dir;
    Loket loket;
    MainWindow main;
    Stage stage;
    final FxTestSupport.RecordingDialogs dialogs = new FxTestSupport.RecordingDialogs();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        loket = FxTestSupport.open(dir);
        main = FxTestSupport.show(stage, loket, dialogs);
        main.show(NavItem.BERANDA);
    }

    void ctrl(FxRobot robot, KeyCode key) {
        robot.press(KeyCode.CONTROL, key).release(key, KeyCode.CONTROL);
    }

    void type(FxRobot robot, String text) {
        robot.write(text);
    }

    void tab(FxRobot robot, int times) {
        for (int i = 0; i < times; i++) {
            robot.type(KeyCode.TAB);
        }
    }

    String text(FxRobot robot, String query) {
        Node n = robot.lookup(query).query();
        return n instanceof Label l ? l.getText() : ((TextField) n).getText();
    }

    boolean errorShown(FxRobot robot, String field) {
        Label l = robot.lookup("#" + field + "-error").queryAs(Label.class);
        return l.isVisible() && !l.getText().isBlank();
    }

    Node focused(FxRobot robot) {
        return stage.getScene().getFocusOwner();
    }

    int letters() {
        return loket.letters().count(LetterFilter.ALL).value();
    }

    /**
     * The clerk's window is the active one, as on a real desk: windows other test classes left behind
     * (pop-ups included) are closed, so the keys reach this one.
     */
    void activate(FxRobot robot) {
        robot.interact(() -> {
            for (javafx.stage.Window w : new java.util.ArrayList<>(javafx.stage.Window.getWindows())) {
                if (w != stage) {
                    w.hide();
                }
            }
            stage.toFront();
            stage.requestFocus();
        });
    }

    boolean isAgencyFocused() {
        Node f = stage.getScene().getFocusOwner();
        return f != null && "agency".equals(f.getId()) && stage.isFocused();
    }

    /** Waits up to five seconds (a loaded CI machine) for {@code condition}; false when it did not come. */
    static boolean waitUpTo5s(java.util.concurrent.Callable<Boolean> condition) {
        try {
            org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS, condition);
            return true;
        } catch (java.util.concurrent.TimeoutException notYet) {
            return false; // sent again by the caller
        }
    }

    /** Ctrl+2, Ctrl+N, then the whole letter by keyboard; {@code tickChecklist} decides completeness. */
    void typeLetter(FxRobot robot, String agency, String number, boolean tickChecklist) {
        // Headless, the window can take focus a moment after the test starts: the shortcuts are sent
        // again (at most three times) until the form has the focus, then everything is typed once.
        // Each shortcut waits for what it does (screen shown, form focused) before the next is sent.
        for (int attempt = 0; attempt < 4 && !isAgencyFocused(); attempt++) {
            activate(robot);
            waitUpTo5s(stage::isFocused);
            if (main.current() != NavItem.SURAT_MASUK) {
                ctrl(robot, KeyCode.DIGIT2);
                if (!waitUpTo5s(() -> main.current() == NavItem.SURAT_MASUK)) {
                    continue;
                }
            }
            ctrl(robot, KeyCode.N);
            waitUpTo5s(this::isAgencyFocused);
        }
        assertThat(main.current()).as("Ctrl+2 opened Surat Masuk").isEqualTo(NavItem.SURAT_MASUK);
        assertThat(focused(robot).getId()).isEqualTo("agency");
        type(robot, agency);
        assertThat(robot.lookup("#agency-suggestions").tryQuery()).isPresent();
        tab(robot, 1); // picks the first suggestion
        type(robot, number);
        tab(robot, 1);
        type(robot, "20-11-2026");
        tab(robot, 1);
        type(robot, "Permohonan reset password email kedinasan");
        tab(robot, 1);
        assertThat(focused(robot).getId()).isEqualTo("service");
        robot.type(KeyCode.DOWN, 3); // Jaringan, Video Conference, Email
        tab(robot, 2); // signer role (set from the agency), signer name
        type(robot, "dr. Erna Yulianti");
        tab(robot, 1);
        if (tickChecklist) {
            robot.type(KeyCode.SPACE);
        }
        tab(robot, 1);
        type(robot, "Budi");
        tab(robot, 1);
        type(robot, "0812 3456 7890");
    }

    @Test
    void registersALetterByKeyboardOnlyAndFindsItInTheRegister(FxRobot robot) {
        typeLetter(robot, "dinkes", "445/12/Dinkes/2026", true);
        robot.type(KeyCode.ENTER);

        assertThat(letters()).isEqualTo(1);
        var row = loket.letters().search(LetterFilter.ALL, 0, 10).items().get(0);
        assertThat(row.agency()).isEqualTo("Dinkes");
        assertThat(row.service()).isEqualTo("Pelayanan Email Kedinasan");
        assertThat(row.state()).isEqualTo(RequestState.DITERIMA);
        assertThat(row.receivedAt()).isEqualTo(FxTestSupport.NOW);
        assertThat(text(robot, "#intake-status")).contains("0001/SM/2026");
        // Ready for the next letter: empty form, focus where the clerk types next.
        assertThat(text(robot, "#agency")).isEmpty();
        assertThat(text(robot, "#letterNumber")).isEmpty();
        assertThat(focused(robot).getId()).isEqualTo("agency");

        robot.type(KeyCode.ESCAPE); // nothing typed: back to the register without asking
        assertThat(dialogs.shown).isEmpty();
        TableView<?> table = robot.lookup("#register-table").queryTableView();
        assertThat(table.getItems()).hasSize(1);
        RegisterRow shown = (RegisterRow) table.getItems().get(0);
        assertThat(shown.letter().letterNumber()).isEqualTo("445/12/Dinkes/2026");
        assertThat(shown.dueStatus()).isNotNull();
        assertThat(text(robot, "#register-total")).isEqualTo("1 surat");

        // Enter on the selected letter opens its detail with checklist and history.
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.ENTER);
        assertThat(text(robot, "#detail-agenda")).isEqualTo("Surat masuk 0001/SM/2026");
        assertThat(text(robot, "#detail-state")).isEqualTo("Diterima");
        assertThat(text(robot, "#detail-signer")).isEqualTo("Kepala Perangkat Daerah (Kepala PD) — dr. Erna Yulianti");
        assertThat(text(robot, "#detail-complete")).isEqualTo("Berkas lengkap.");
        assertThat(robot.lookup("#detail-history").lookup((Label l) -> "Siti".equals(l.getText()) || l.getText()
                .startsWith("Surat masuk diregistrasi")).tryQuery()).isPresent();
    }

    @Test
    void ctrlNOnBerandaPutsTheCaretInTheFirstFieldSoNoKeystrokeIsLost(FxRobot robot) {
        activate(robot);
        waitUpTo5s(stage::isFocused);
        assertThat(main.current()).isEqualTo(NavItem.BERANDA);
        // Ctrl+N and the clerk types at once: no wait for the form in between.
        robot.press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        robot.write("dinkes");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(main.current()).isEqualTo(NavItem.SURAT_MASUK);
        assertThat(focused(robot).getId()).isEqualTo("agency");
        assertThat(robot.lookup("#agency").queryAs(TextField.class).getText()).isEqualTo("dinkes");
    }

    /**
     * A real keyboard queues the keys typed right after Ctrl+N behind it: whatever owns the focus when
     * Ctrl+N has been handled gets them. So the caret must be in the first field at the end of that very
     * event, not one pulse later (keys typed in between were lost on Beranda).
     */
    @Test
    void theFocusIsInTheFirstFieldAsSoonAsCtrlNHasBeenHandled(FxRobot robot) {
        String[] owner = new String[1];
        robot.interact(() -> {
            stage.getScene().getAccelerators()
                    .get(new javafx.scene.input.KeyCodeCombination(KeyCode.N, javafx.scene.input.KeyCombination.SHORTCUT_DOWN))
                    .run();
            Node f = stage.getScene().getFocusOwner();
            owner[0] = f == null ? null : f.getId();
        });
        assertThat(main.current()).isEqualTo(NavItem.SURAT_MASUK);
        assertThat(owner[0]).as("focus owner right after Ctrl+N").isEqualTo("agency");
    }

    @Test
    void badInputShowsItsMessagesAndSavesNothing(FxRobot robot) {
        ctrl(robot, KeyCode.DIGIT2);
        ctrl(robot, KeyCode.N);
        robot.type(KeyCode.ENTER);
        assertThat(letters()).isZero();
        assertThat(errorShown(robot, "agency")).isTrue();
        assertThat(text(robot, "#agency-error")).isEqualTo("Wajib diisi.");
        assertThat(errorShown(robot, "letterNumber")).isTrue();
        assertThat(errorShown(robot, "letterDate")).isTrue();
        assertThat(errorShown(robot, "subject")).isTrue();
        assertThat(errorShown(robot, "service")).isTrue();
        assertThat(errorShown(robot, "signerName")).isTrue();
        assertThat(errorShown(robot, "receivedAt")).isFalse();
        assertThat(focused(robot).getId()).isEqualTo("agency");

        typeLetter(robot, "dinkes", "445/13/Dinkes", true);
        // Their letter dated after we received it, and a phone that is not one.
        robot.interact(() -> {
            robot.lookup("#letterDate").queryAs(javafx.scene.control.DatePicker.class).getEditor().setText("24-11-2026");
            robot.lookup("#contactPhone").queryAs(TextField.class).setText("12ab");
        });
        ctrl(robot, KeyCode.S);
        assertThat(letters()).isZero();
        assertThat(text(robot, "#letterDate-error")).isEqualTo("Tanggal surat tidak boleh sesudah tanggal diterima.");
        assertThat(text(robot, "#contactPhone-error")).startsWith("Nomor telepon/WhatsApp tidak valid.");
        assertThat(errorShown(robot, "agency")).isFalse();
        assertThat(focused(robot).getId()).isEqualTo("letterDate");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "intake"));

        // Esc with something typed asks first; "no" keeps the form.
        dialogs.answer = false;
        robot.interact(() -> robot.lookup("#letterNumber").query().requestFocus());
        robot.type(KeyCode.ESCAPE);
        assertThat(dialogs.shown).singleElement().asString().startsWith("confirm: Batalkan registrasi?");
        assertThat(text(robot, "#letterNumber")).isEqualTo("445/13/Dinkes");
        assertThat(letters()).isZero();
    }

    @Test
    void theSameAgencyAndNumberAsksAndSavesOnlyWhenConfirmed(FxRobot robot) {
        Agency dinkes = loket.reference().agencies().stream().filter(a -> "Dinkes".equals(a.abbreviation()))
                .findFirst().orElseThrow();
        ServiceStandard email = loket.reference().services().stream().filter(s -> s.kind() == ServiceKind.EMAIL)
                .findFirst().orElseThrow();
        loket.intake().register(new LetterDraft(LocalDateTime.of(2026, 11, 23, 8, 0), dinkes.id(), "445/12/Dinkes",
                LocalDate.of(2026, 11, 19), "Permohonan akun email", email.id(), SignerRole.KEPALA_PD, "dr. Erna",
                Set.of(), null, null, null), loket.actor(), false);

        typeLetter(robot, "dinkes", "445/12/DINKES", true);
        dialogs.answer = false;
        robot.type(KeyCode.ENTER);
        assertThat(dialogs.shown).singleElement().asString()
                .contains("0001/SM/2026", "19 November 2026", "Permohonan akun email");
        assertThat(letters()).isEqualTo(1);
        assertThat(text(robot, "#letterNumber-error")).contains("0001/SM/2026");
        assertThat(focused(robot).getId()).isEqualTo("letterNumber");

        dialogs.answer = true;
        robot.type(KeyCode.ENTER);
        assertThat(dialogs.shown).hasSize(2);
        assertThat(letters()).isEqualTo(2);
        assertThat(text(robot, "#intake-status")).contains("0002/SM/2026");
    }

    @Test
    void anIncompleteChecklistIsRegisteredAsBerkasBelumLengkap(FxRobot robot) {
        typeLetter(robot, "kesehatan", "445/14/Dinkes", false);
        assertThat(text(robot, "#checklist-hint")).contains("Berkas belum lengkap", "belum mulai dihitung");
        robot.type(KeyCode.ENTER);
        assertThat(letters()).isEqualTo(1);
        assertThat(text(robot, "#intake-status")).contains("0001/SM/2026", "Berkas belum lengkap");
        var row = loket.letters().search(LetterFilter.ALL, 0, 10).items().get(0);
        assertThat(row.state()).isEqualTo(RequestState.BERKAS_BELUM_LENGKAP);
        assertThat(row.clockStart()).isNull();
        robot.type(KeyCode.ESCAPE);
        TableView<?> table = robot.lookup("#register-table").queryTableView();
        assertThat(robot.lookup("#register-table").lookup((Label l) -> "Berkas belum lengkap".equals(l.getText()))
                .tryQuery().or(() -> robot.lookup(".table-cell").lookup((javafx.scene.control.TableCell<?, ?> c) ->
                        "Berkas belum lengkap".equals(c.getText())).tryQuery())).isPresent();
        assertThat(table.getItems()).hasSize(1);
    }

    @Test
    void theFilterNarrowsTheRegister(FxRobot robot) {
        DemoData.write(loket.database(), 400, 7, LocalDate.of(2026, 11, 23));
        ctrl(robot, KeyCode.DIGIT2);
        TableView<?> table = robot.lookup("#register-table").queryTableView();
        assertThat(table.getItems()).hasSize(RegisterViewModel.PAGE_SIZE);
        assertThat(text(robot, "#register-total")).isEqualTo("1–100 dari 400 surat");
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "register"));

        robot.clickOn("#filter-text").write("reset password").type(KeyCode.ENTER);
        int matching = loket.letters().count(LetterFilter.ALL.withText("reset password")).value();
        assertThat(matching).isBetween(1, 399);
        assertThat(table.getItems()).allSatisfy(r -> assertThat(((RegisterRow) r).letter().subject())
                .containsIgnoringCase("reset password"));
        assertThat(text(robot, "#register-total")).endsWith(matching + " surat");

        ComboBox<RequestState> state = robot.lookup("#filter-state").queryComboBox();
        robot.interact(() -> state.setValue(RequestState.SELESAI));
        int both = loket.letters().count(LetterFilter.ALL.withText("reset password").withState(RequestState.SELESAI)).value();
        assertThat(both).isLessThan(matching);
        assertThat(table.getItems()).hasSize(Math.min(both, RegisterViewModel.PAGE_SIZE))
                .allSatisfy(r -> assertThat(((RegisterRow) r).letter().state()).isEqualTo(RequestState.SELESAI));

        robot.clickOn("#filter-clear");
        assertThat(text(robot, "#register-total")).isEqualTo("1–100 dari 400 surat");

        // Sorting is done by the store: clicking "Asal surat" orders the whole register by agency.
        robot.clickOn("#col-agency");
        WaitForAsyncUtils.waitForFxEvents();
        String firstAgency = ((RegisterRow) table.getItems().get(0)).letter().agency();
        String expected = loket.letters().search(LetterFilter.ALL.sortedBy(LetterFilter.SortKey.AGENCY, true), 0, 1)
                .items().get(0).agency();
        assertThat(firstAgency).isEqualTo(expected);

        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        // A double click on the row (fired as one event: a loaded CI machine splits real clicks in two).
        Node firstRow = robot.lookup("#register-table .table-row-cell").nth(0).queryAs(Node.class);
        robot.interact(() -> firstRow.fireEvent(new javafx.scene.input.MouseEvent(
                javafx.scene.input.MouseEvent.MOUSE_CLICKED, 5, 5, 5, 5, javafx.scene.input.MouseButton.PRIMARY, 2,
                false, false, false, false, true, false, false, true, false, false, null)));
        assertThat(robot.lookup("#letter-detail").tryQuery()).isPresent();
        robot.interact(() -> FxTestSupport.snapshot(stage.getScene(), "letter-detail"));
    }
}
