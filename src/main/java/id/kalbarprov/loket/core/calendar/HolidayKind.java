package id.kalbarprov.loket.core.calendar;

import java.util.Optional;

/** The two kinds of non-working day in the joint decrees, with their code in the table and the CSV. */
public enum HolidayKind {
    /** National holiday. */
    LIBUR("libur"),
    /** Collective leave for civil servants. */
    CUTI_BERSAMA("cuti_bersama");

    private final String code;

    HolidayKind(String code) {
        this.code = code;
    }

    /** As stored and as written in holidays.csv. */
    public String code() {
        return code;
    }

    public static Optional<HolidayKind> ofCode(String code) {
        for (HolidayKind k : values()) {
            if (k.code.equals(code)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
