package id.kalbarprov.loket.robustness;

import id.kalbarprov.loket.ui.FxTestSupport;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One form's ViewModel under random input, through its real save path (what the Save button
 * calls) on a real SQLite file. {@link FormViewModelRobustnessTest#hammer} fills, submits and
 * checks: no exception escapes, no "unexpected error" dialog, a visible message for every refused
 * field, nothing written on a refusal, and an accepted value reads back as entered.
 */
interface FormVm {

    /** In {@link Filled#bad()}: the refusal must come as an error dialog rather than a field message. */
    String DIALOG = "(dialog)";
    /** In {@link Filled#bad()}: the refusal must come as the form's message line ({@link #lineMessage()}). */
    String LINE = "(line)";

    /** What was typed and which fields must be refused (empty: the save must go through). */
    record Filled(Set<String> bad, String description) {
    }

    String name();

    /** Types random values into the form's properties. */
    Filled fill(Random random);

    /** One random fill; a quarter of the time one that should be accepted (drawn up to 1,000 times). */
    default Filled next(Random random) {
        boolean wantGood = random.nextInt(4) == 0;
        Filled f = fill(random);
        for (int i = 0; wantGood && !f.bad().isEmpty() && i < 1_000; i++) {
            f = fill(random);
        }
        return f;
    }

    /** Presses Save (or the form's action button). */
    void submit();

    /** The messages the form shows under its fields now (field → text). */
    Map<String, String> fieldMessages();

    /** The fields the View has a message label for; a message anywhere else would be invisible. */
    Set<String> shownFields();

    /** Another message line the form shows (e.g. the sign-in message), or "". */
    default String lineMessage() {
        return "";
    }

    FxTestSupport.RecordingDialogs dialogs();

    /** Everything the form can write: row counts, audit counts, setting values. */
    Map<String, Object> state();

    /** After an accepted save: the values read back as typed (stripped). */
    void checkSaved(Filled filled);
}
