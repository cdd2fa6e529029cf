package id.kalbarprov.loket.core.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Collects field problems with the shared message keys. */
public final class Checks {

    public static final String REQUIRED = "validation.required";
    public static final String TOO_LONG = "validation.tooLong";
    public static final String PHONE = "validation.phone";

    private static final Pattern PHONE_PATTERN = Pattern.compile("(\\+62|62|0)8?\\d{6,13}");

    private final List<Violation> violations = new ArrayList<>();

    public Checks required(String field, Object value) {
        if (value == null || (value instanceof String s && s.isBlank())) {
            add(field, REQUIRED);
        }
        return this;
    }

    public Checks maxLength(String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            add(field, TOO_LONG, max);
        }
        return this;
    }

    /** An Indonesian phone or WhatsApp number; spaces, dots, dashes and brackets are ignored. */
    public Checks phone(String field, String value) {
        if (value != null && !value.isBlank() && !isPhone(value)) {
            add(field, PHONE);
        }
        return this;
    }

    public static boolean isPhone(String value) {
        return PHONE_PATTERN.matcher(normalizePhone(value)).matches();
    }

    public static String normalizePhone(String value) {
        return value == null ? null : value.replaceAll("[\\s().\\-]", "");
    }

    public Checks add(String field, String key, Object... args) {
        if (violations.stream().noneMatch(v -> v.field().equals(field))) {
            violations.add(Violation.of(field, key, args));
        }
        return this;
    }

    public boolean has(String field) {
        return violations.stream().anyMatch(v -> v.field().equals(field));
    }

    public List<Violation> violations() {
        return List.copyOf(violations);
    }

    /** Throws when anything was found. */
    public void throwIfAny() {
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
    }
}
