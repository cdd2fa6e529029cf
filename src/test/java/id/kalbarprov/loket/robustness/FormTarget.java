package id.kalbarprov.loket.robustness;

import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * One form (a core service, or a ViewModel wrapped the same way) under random input. To add a
 * form: build its input from {@link Values}, name the fields that must get a Violation, say how to
 * submit it and which tables it writes; {@link RobustnessTest} does the rest.
 */
public interface FormTarget<R> {

    /** A random input and the fields whose value is bad (each must get a Violation). */
    record Input<T>(T value, Set<String> badFields, String description) {
    }

    String name();
    /** One random input, good or bad, with the fields that must be refused. */
    Input<?> any(Random random);

    /** One random input; a quarter of the time one that should pass (drawn up to 1,000 times). */
    default Input<?> next(Random random) {
        boolean wantGood = random.nextInt(4) == 0;
        Input<?> in = any(random);
        for (int i = 0; wantGood && !in.badFields().isEmpty() && i < 1_000; i++) {
            in = any(random);
        }
        return in;
    }

    /**
     * Submits the input as the user would. A refusal is a {@link
     * id.kalbarprov.loket.core.validation.ValidationException}; anything else thrown is a crash.
     */
    R submit(Input<?> input);

    /** Records saved by this result (0 when nothing was saved, e.g. a duplicate question). */
    int saved(R result);

    /** Row counts of every table the form writes; each must grow by exactly saved(result). */
    Map<String, Long> counts();

    /** Extra checks on a saved result, e.g. the text reads back exactly as entered. */
    default void checkSaved(Input<?> input, R result) {
    }
}
