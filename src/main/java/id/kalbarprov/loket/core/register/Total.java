package id.kalbarprov.loket.core.register;

/**
 * How many letters a register filter matches: exactly {@code value}, or — when counting every match
 * would mean reading a large part of a million letters on each keystroke — more than {@code value}
 * (shown as "lebih dari 10.000"). Never a guess: a bound is a number of matches actually seen.
 */
public record Total(int value, boolean exact) {

    public Total {
        if (value < 0) {
            throw new IllegalArgumentException("negative total " + value);
        }
    }

    public static Total exactly(int value) {
        return new Total(value, true);
    }

    /** At least {@code seen + 1} letters match: {@code seen} are known and there are more. */
    public static Total moreThan(int seen) {
        return new Total(seen, false);
    }

    /** True when no letter matches. */
    public boolean none() {
        return exact && value == 0;
    }
}
