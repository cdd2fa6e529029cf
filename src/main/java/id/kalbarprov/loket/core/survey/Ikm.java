package id.kalbarprov.loket.core.survey;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * The satisfaction index of a set of questionnaires (PermenPANRB 14/2017): the NRR (nilai
 * rata-rata) of each element is the average of its answers, and
 *
 * <pre>IKM = (NRR1 + ... + NRR9) / 9 × 25</pre>
 *
 * <p>with exactly one ninth per element. Guides often print the weight as 0.111 (or 0.11); 9 × 0.111
 * is 0.999, which takes a tenth of a percent off every index and can move one across a grade
 * boundary (an exact 88.33, grade A, becomes 88.24, grade B). Here the index is computed from the
 * integer answer sums as the fraction 25·Σ/(9·n) and rounded once, half up, to two decimals.
 *
 * @param respondents the number of questionnaires
 * @param sums        the sum of the answers of each element, in element order
 */
public record Ikm(int respondents, long[] sums) {

    public Ikm {
        if (sums.length != SurveyElement.COUNT) {
            throw new IllegalArgumentException("nine sums expected");
        }
        if (respondents < 0) {
            throw new IllegalArgumentException("respondents < 0");
        }
        for (long s : sums) {
            if (s < (long) SurveyElement.MIN * respondents || s > (long) SurveyElement.MAX * respondents) {
                throw new IllegalArgumentException("sum " + s + " impossible for " + respondents + " respondents");
            }
        }
        sums = sums.clone();
    }

    public static final Ikm NONE = new Ikm(0, new long[SurveyElement.COUNT]);

    @Override
    public long[] sums() {
        return sums.clone();
    }

    public boolean hasRespondents() {
        return respondents > 0;
    }

    /** This and {@code other} together. */
    public Ikm plus(Ikm other) {
        long[] s = new long[SurveyElement.COUNT];
        for (int i = 0; i < s.length; i++) {
            s[i] = sums[i] + other.sums[i];
        }
        return new Ikm(respondents + other.respondents, s);
    }

    /** The NRR of one element (its average answer, 1–4), unrounded; null without respondents. */
    public Double nrr(SurveyElement e) {
        return respondents == 0 ? null : (double) sums[e.ordinal()] / respondents;
    }

    /** The NRR rounded half up to {@code scale} decimals, for display; null without respondents. */
    public BigDecimal nrr(SurveyElement e, int scale) {
        return respondents == 0 ? null
                : BigDecimal.valueOf(sums[e.ordinal()]).divide(BigDecimal.valueOf(respondents), scale,
                        RoundingMode.HALF_UP);
    }

    /** The index, 25.00–100.00, rounded half up to two decimals; null without respondents. */
    public BigDecimal index() {
        if (respondents == 0) {
            return null;
        }
        long total = Arrays.stream(sums).sum();
        return BigDecimal.valueOf(25 * total).divide(BigDecimal.valueOf(9L * respondents), 2, RoundingMode.HALF_UP);
    }

    /** The grade of {@link #index()}; null without respondents. */
    public IkmGrade grade() {
        BigDecimal i = index();
        return i == null ? null : IkmGrade.of(i);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Ikm k && k.respondents == respondents && Arrays.equals(k.sums, sums);
    }

    @Override
    public int hashCode() {
        return 31 * respondents + Arrays.hashCode(sums);
    }

    @Override
    public String toString() {
        return "Ikm[" + respondents + ", " + Arrays.toString(sums) + "]";
    }
}
