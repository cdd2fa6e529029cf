package id.kalbarprov.loket.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import id.kalbarprov.loket.Loket;
import id.kalbarprov.loket.store.DatabaseCheck;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random and malformed values through every form's ViewModel, by the path its Save (or action) button
 * takes, each on a real SQLite file: no exception escapes, no "unexpected error" dialog, a visible
 * message (under a field the View shows, in a dialog, or on the form's message line) for each refusal,
 * nothing written on a refusal, and what is accepted reads back as typed. {@link RobustnessTest} does the
 * same one level lower, through the core services. A new form: write a {@link FormVm} and one test here.
 */
class FormViewModelRobustnessTest {

    static final long SEED = 20261123L;

    @TempDir
    Path dir;
    Path fast;
    Loket loket;

    @BeforeEach
    void open() {
        fast = FastDir.create(dir);
        loket = Loket.open(id.kalbarprov.loket.store.TempDb.copyOfMigrated(fast.resolve("loket.db")), RobustnessTest.CLOCK);
    }

    @AfterEach
    void cleanUp() {
        FastDir.delete(fast);
    }

    private void healthy() {
        // The fixtures put their letters in with plain SQL (agenda numbers 7001…, 9001…, no audit entry):
        // check rightly names those rows; anything else is a finding of the run itself.
        assertThat(DatabaseCheck.run(loket.database().file()).problems())
                .filteredOn(p -> !p.matches("Surat \\S+ \\(id \\d+\\) tidak punya catatan audit: .*")
                        && !p.matches("nomor agenda \\d+: nomor 1–\\d+ (sudah diberikan tetapi )?tidak ada lagi.*")
                        && !p.matches("Riwayat Surat .*")
                        && !p.matches("… dan \\d+ temuan lain: (surat tanpa audit|nomor agenda hilang|riwayat hilang|riwayat tanpa audit)"))
                .isEmpty();
    }

    @Test
    void operators() {
        enough(hammer(new OperatorsForm(loket.database(), RobustnessTest.CLOCK), 200, SEED), 200);
        healthy();
    }

    @Test
    void signInFirstAdministratorOwnPasswordAndIdleUnlock() {
        enough(hammer(new SignInForm(loket.database(), new StepClock(RobustnessTest.CLOCK)), 250, SEED), 250);
        healthy();
    }

    @Test
    void holidaysAddAndImport() {
        enough(hammer(new HolidaysForm(loket, fast), 250, SEED), 250);
        healthy();
    }

    @Test
    void officeSettings() {
        enough(hammer(new OfficeForm(loket), 300, SEED), 300);
        healthy();
    }

    @Test
    void signerNumberPatternAndCodes() {
        enough(hammer(new SignerForm(loket), 300, SEED), 300);
        healthy();
    }

    @Test
    void letterTemplates() {
        enough(hammer(new TemplatesForm(loket), 150, SEED), 150);
        healthy();
    }

    @Test
    void backupSettings() {
        enough(hammer(new BackupForm(loket, fast), 200, SEED), 200);
        healthy();
    }

    @Test
    void reviewDecisions() {
        enough(hammer(new ReviewForm(loket), 100, SEED), 100);
        healthy();
    }

    @Test
    void intakeForm() {
        enough(hammer(new IntakeForm(loket), 150, SEED), 150);
        healthy();
    }

    @Test
    void complaintForm() {
        enough(hammer(new ComplaintForm(loket), 150, SEED), 150);
        healthy();
    }

    @Test
    void processingFinish() {
        enough(hammer(new ProcessingForm(loket), 100, SEED), 100);
        healthy();
    }

    @Test
    void complaintSteps() {
        enough(hammer(new ComplaintStepsForm(loket), 120, SEED), 120);
        healthy();
    }

    @Test
    void complaintReplyLetter() {
        enough(hammer(new ComplaintReplyForm(loket), 80, SEED), 80);
        healthy();
    }

    @Test
    void letterDeliveryAndCancel() {
        enough(hammer(new LettersForm(loket), 60, SEED), 60);
        healthy();
    }

    @Test
    void restoreFromAChosenFileAndRecapExport() {
        enough(hammer(new FilesForm(loket, fast, new StepClock(RobustnessTest.CLOCK)), 100, SEED), 100);
        healthy();
    }

    @Test
    void searchFilters() {
        Stats s = hammer(new FiltersForm(loket), 80, SEED);
        assertThat(s.refused).as("a search is never refused").isZero();
        healthy();
    }

    /** Outcome counts of one run. */
    static final class Stats {
        int saved;
        int refused;
    }

    static Stats hammer(FormVm form, int attempts, long seed) {
        Random random = new Random(seed);
        Stats stats = new Stats();
        long started = System.nanoTime();
        long[] ns = new long[4];
        for (int i = 0; i < attempts; i++) {
            long t0 = System.nanoTime();
            FormVm.Filled filled = form.next(random); // may first set up what the form works on
            form.dialogs().shown.clear();
            long t1 = System.nanoTime();
            Map<String, Object> before = form.state();
            long t2 = System.nanoTime();
            String where = form.name() + " #" + i + " (seed " + seed + "): " + filled.description();
            try {
                form.submit();
            } catch (RuntimeException | Error e) {
                fail("crash instead of a message: " + where, e);
            }
            long t3 = System.nanoTime();
            ns[0] += t2 - t1;
            ns[1] += t1 - t0;
            ns[2] += t3 - t2;
            List<String> dialogs = new ArrayList<>(form.dialogs().shown);
            assertThat(dialogs).as("no unexpected-error dialog: " + where).noneMatch(d -> d.startsWith("unexpected"));
            Map<String, String> messages = new LinkedHashMap<>(form.fieldMessages());
            String line = form.lineMessage() == null ? "" : form.lineMessage();
            List<String> errors = dialogs.stream().filter(d -> d.startsWith("error:")).toList();
            assertThat(messages.keySet()).as("every message has a place on screen: " + where)
                    .isSubsetOf(form.shownFields());
            List<String> texts = new ArrayList<>(messages.values());
            texts.addAll(errors);
            texts.add(line);
            assertThat(texts).as("no message is blank or a missing text key: " + where)
                    .allSatisfy(t -> assertThat(t).doesNotContainPattern("!\\w+(\\.\\w+)+!"));
            assertThat(messages.values()).as(where).allSatisfy(t -> assertThat(t).isNotBlank());
            boolean refused = !messages.isEmpty() || !errors.isEmpty() || !line.isBlank();
            Map<String, Object> after = form.state();
            if (refused) {
                assertThat(after).as("nothing saved on refusal: " + where).isEqualTo(before);
                assertThat(filled.bad()).as("refused although good (" + messages + errors + line + "): " + where)
                        .isNotEmpty();
                for (String field : filled.bad()) {
                    switch (field) {
                        case FormVm.DIALOG -> assertThat(errors).as("an error dialog: " + where).isNotEmpty();
                        case FormVm.LINE -> assertThat(line).as("the message line: " + where).isNotBlank();
                        default -> assertThat(messages).as("a message under " + field + ": " + where)
                                .containsKey(field);
                    }
                }
                stats.refused++;
            } else {
                assertThat(filled.bad()).as("accepted although bad: " + where).isEmpty();
                form.checkSaved(filled);
                stats.saved++;
            }
        }
        System.out.printf("ROBUSTNESS %s: %d attempts, %d saved, %d refused in %d ms (state %d, fill %d, submit %d)%n",
                form.name(), attempts, stats.saved, stats.refused, (System.nanoTime() - started) / 1_000_000,
                ns[0] / 1_000_000, ns[1] / 1_000_000, ns[2] / 1_000_000);
        return stats;
    }

    static void enough(Stats s, int attempts) {
        assertThat(s.saved).as("some random fills are good and saved").isGreaterThan(attempts / 20);
        assertThat(s.refused).as("many are refused").isGreaterThan(attempts / 4);
    }
}
