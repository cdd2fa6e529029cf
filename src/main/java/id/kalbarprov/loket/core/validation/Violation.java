package id.kalbarprov.loket.core.validation;

import java.util.List;

/**
 * One problem with one field: {@code field} names the input (a stable id the UI maps to its
 * control), {@code key} is the message key in the UI bundles, {@code args} fill its placeholders.
 */
public record Violation(String field, String key, List<Object> args) {

    public Violation {
        args = List.copyOf(args);
    }

    public static Violation of(String field, String key, Object... args) {
        return new Violation(field, key, List.of(args));
    }
}
