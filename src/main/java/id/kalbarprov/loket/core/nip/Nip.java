package id.kalbarprov.loket.core.nip;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The 18-digit civil-servant number (NIP): birth date YYYYMMDD, appointment YYYYMM, sex 1/2,
 * serial 001-999. There is no check digit, so only format and plausibility are checked.
 * Shown as "19650916 199303 1 002".
 */
public final class Nip {

    public static final String INVALID_FORMAT = "validation.nip.format";
    public static final String INVALID_BIRTH = "validation.nip.birth";
    public static final String INVALID_APPOINTMENT = "validation.nip.appointment";
    public static final String INVALID_SEX = "validation.nip.sex";
    public static final String INVALID_SERIAL = "validation.nip.serial";

    private Nip() {
    }

    /** Digits only: spaces and dots a clerk typed are dropped. */
    public static String normalize(String nip) {
        return nip == null ? null : nip.replaceAll("[\\s.]", "");
    }

    /** The message key of the first problem, or empty when the NIP is plausible. */
    public static Optional<String> problem(String raw, LocalDate today) {
        String nip = normalize(raw);
        if (nip == null || !nip.matches("\\d{18}")) {
            return Optional.of(INVALID_FORMAT);
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
        } catch (DateTimeException e) {
            return Optional.of(INVALID_BIRTH);
        }
        if (birth.getYear() < 1930 || birth.isAfter(today.minusYears(17))) {
            return Optional.of(INVALID_BIRTH);
        }
        int year = Integer.parseInt(nip.substring(8, 12));
        int month = Integer.parseInt(nip.substring(12, 14));
        if (month < 1 || month > 12) {
            return Optional.of(INVALID_APPOINTMENT);
        }
        LocalDate appointed = LocalDate.of(year, month, 1);
        if (!appointed.isAfter(birth) || appointed.isAfter(today)) {
            return Optional.of(INVALID_APPOINTMENT);
        }
        char sex = nip.charAt(14);
        if (sex != '1' && sex != '2') {
            return Optional.of(INVALID_SEX);
        }
        if (nip.substring(15).equals("000")) {
            return Optional.of(INVALID_SERIAL);
        }
        return Optional.empty();
    }

    public static boolean isPlausible(String raw, LocalDate today) {
        return problem(raw, today).isEmpty();
    }

    /** "19650916 199303 1 002" from "196509161993031002" (as typed otherwise). */
    public static String display(String raw) {
        String nip = normalize(raw);
        if (nip == null || nip.length() != 18) {
            return raw;
        }
        return nip.substring(0, 8) + " " + nip.substring(8, 14) + " " + nip.charAt(14) + " " + nip.substring(15);
    }
}
