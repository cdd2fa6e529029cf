package id.kalbarprov.loket.core.survey;

import java.math.BigDecimal;

/**
 * The grade (mutu pelayanan) of an IKM value, PermenPANRB 14/2017: A 88.31–100.00 Sangat Baik,
 * B 76.61–88.30 Baik, C 65.00–76.60 Kurang Baik, D 25.00–64.99 Tidak Baik. The bands are written
 * with two decimals, so the grade is read from the index rounded to two decimals — the number shown
 * beside it — and a printed 88.30 is never an A. Words in the {@code survey} bundle
 * ({@code survey.grade.A}, ...).
 */
public enum IkmGrade {
    A("88.31"), B("76.61"), C("65.00"), D("25.00");

    private final BigDecimal from;

    IkmGrade(String from) {
        this.from = new BigDecimal(from);
    }

    /** The lowest index (two decimals) of the band. */
    public BigDecimal from() {
        return from;
    }

    /** The grade of an index already rounded to two decimals (25.00–100.00). */
    public static IkmGrade of(BigDecimal ikm) {
        if (ikm.compareTo(new BigDecimal("100.00")) > 0 || ikm.compareTo(D.from) < 0) {
            throw new IllegalArgumentException("IKM outside 25–100: " + ikm);
        }
        for (IkmGrade g : values()) {
            if (ikm.compareTo(g.from) >= 0) {
                return g;
            }
        }
        throw new IllegalStateException("unreachable");
    }
}
