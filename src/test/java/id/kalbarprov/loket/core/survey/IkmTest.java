package id.kalbarprov.loket.core.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

/** The index of PermenPANRB 14/2017, checked by hand. */
class IkmTest {

    private static Ikm of(int... answersOfEachRespondent) {
        // answers given nine per respondent, in element order
        int n = answersOfEachRespondent.length / 9;
        long[] sums = new long[9];
        for (int r = 0; r < n; r++) {
            for (int e = 0; e < 9; e++) {
                sums[e] += answersOfEachRespondent[r * 9 + e];
            }
        }
        return new Ikm(n, sums);
    }

    @Test
    void fiveRespondentsByHand() {
        // sums per element 17 16 15 20 16 17 18 14 16 over 5 respondents:
        // NRR 3.40 3.20 3.00 4.00 3.20 3.40 3.60 2.80 3.20; sum 29.80; / 9 = 3.3111; x 25 = 82.777...
        Ikm ikm = new Ikm(5, new long[]{17, 16, 15, 20, 16, 17, 18, 14, 16});
        assertThat(ikm.nrr(SurveyElement.U1, 2)).isEqualByComparingTo("3.40");
        assertThat(ikm.nrr(SurveyElement.U4, 2)).isEqualByComparingTo("4.00");
        assertThat(ikm.nrr(SurveyElement.U8, 2)).isEqualByComparingTo("2.80");
        assertThat(ikm.nrr(SurveyElement.U3)).isEqualTo(3.0);
        assertThat(ikm.index()).isEqualByComparingTo("82.78");
        assertThat(ikm.grade()).isEqualTo(IkmGrade.B);
    }

    @Test
    void theExtremesAre25And100() {
        assertThat(of(4, 4, 4, 4, 4, 4, 4, 4, 4).index()).isEqualByComparingTo("100.00");
        assertThat(of(4, 4, 4, 4, 4, 4, 4, 4, 4).grade()).isEqualTo(IkmGrade.A);
        assertThat(of(1, 1, 1, 1, 1, 1, 1, 1, 1).index()).isEqualByComparingTo("25.00");
        assertThat(of(1, 1, 1, 1, 1, 1, 1, 1, 1).grade()).isEqualTo(IkmGrade.D);
        // one respondent answering 3 everywhere: NRR 3, IKM 75.00, Kurang Baik
        assertThat(of(3, 3, 3, 3, 3, 3, 3, 3, 3).index()).isEqualByComparingTo("75.00");
        assertThat(of(3, 3, 3, 3, 3, 3, 3, 3, 3).grade()).isEqualTo(IkmGrade.C);
    }

    /**
     * The variant this code must not be: NRR times a printed weight of 0.111 per element. On five
     * respondents whose answers sum to 159 the exact index is 25·159/45 = 88.33 (A, Sangat Baik); the
     * weighted sum gives 31.8 × 0.111 × 25 = 88.245 → 88.25 (B, Baik).
     */
    @Test
    void theRoundedWeightWouldGiveAnotherGradeWhereItMatters() {
        Ikm ikm = new Ikm(5, new long[]{18, 18, 18, 17, 18, 18, 17, 18, 17}); // sum 159
        assertThat(ikm.index()).isEqualByComparingTo("88.33");
        assertThat(ikm.grade()).isEqualTo(IkmGrade.A);
        BigDecimal weighted = BigDecimal.ZERO;
        for (SurveyElement e : SurveyElement.values()) {
            weighted = weighted.add(BigDecimal.valueOf(ikm.nrr(e)).multiply(new BigDecimal("0.111")));
        }
        BigDecimal variant = weighted.multiply(BigDecimal.valueOf(25)).setScale(2, RoundingMode.HALF_UP);
        assertThat(variant).isEqualByComparingTo("88.25");
        assertThat(IkmGrade.of(variant)).isEqualTo(IkmGrade.B);
        // and the 0.11 weight is further off still
        BigDecimal rough = weighted.divide(new BigDecimal("0.111"), 10, RoundingMode.HALF_UP)
                .multiply(new BigDecimal("0.11")).multiply(BigDecimal.valueOf(25)).setScale(2, RoundingMode.HALF_UP);
        assertThat(rough).isEqualByComparingTo("87.45");
    }

    @Test
    void roundingHappensOnceOnTheExactFraction() {
        // 25·158949/(9·5000) = 88.305 exactly: half up to 88.31, grade A
        long[] a = {17661, 17661, 17661, 17661, 17661, 17661, 17661, 17661, 17661};
        assertThat(new Ikm(5000, a).index()).isEqualByComparingTo("88.31");
        assertThat(new Ikm(5000, a).grade()).isEqualTo(IkmGrade.A);
        // one answer less: 88.3044... → 88.30, grade B (the band is read from the printed number)
        a[0]--;
        assertThat(new Ikm(5000, a).index()).isEqualByComparingTo("88.30");
        assertThat(new Ikm(5000, a).grade()).isEqualTo(IkmGrade.B);
    }

    @Test
    void gradeBandsAtTheirEdges() {
        assertThat(IkmGrade.of(new BigDecimal("100.00"))).isEqualTo(IkmGrade.A);
        assertThat(IkmGrade.of(new BigDecimal("88.31"))).isEqualTo(IkmGrade.A);
        assertThat(IkmGrade.of(new BigDecimal("88.30"))).isEqualTo(IkmGrade.B);
        assertThat(IkmGrade.of(new BigDecimal("76.61"))).isEqualTo(IkmGrade.B);
        assertThat(IkmGrade.of(new BigDecimal("76.60"))).isEqualTo(IkmGrade.C);
        assertThat(IkmGrade.of(new BigDecimal("65.00"))).isEqualTo(IkmGrade.C);
        assertThat(IkmGrade.of(new BigDecimal("64.99"))).isEqualTo(IkmGrade.D);
        assertThat(IkmGrade.of(new BigDecimal("25.00"))).isEqualTo(IkmGrade.D);
        assertThatThrownBy(() -> IkmGrade.of(new BigDecimal("24.99"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> IkmGrade.of(new BigDecimal("100.01"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void noRespondentsNoIndex() {
        assertThat(Ikm.NONE.index()).isNull();
        assertThat(Ikm.NONE.grade()).isNull();
        assertThat(Ikm.NONE.nrr(SurveyElement.U1)).isNull();
        assertThat(Ikm.NONE.hasRespondents()).isFalse();
    }

    @Test
    void servicesAddUpByTheirSumsNotByAveragingTheirIndexes() {
        Ikm a = of(4, 4, 4, 4, 4, 4, 4, 4, 4);                                  // 100.00, 1 respondent
        Ikm b = of(2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2);        // 50.00, 2 respondents
        Ikm both = a.plus(b);
        assertThat(both.respondents()).isEqualTo(3);
        assertThat(both.index()).isEqualByComparingTo("66.67"); // 25·72/27, not (100 + 50) / 2
    }

    @Test
    void impossibleSumsAreRefused() {
        assertThatThrownBy(() -> new Ikm(1, new long[]{5, 1, 1, 1, 1, 1, 1, 1, 1}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ikm(2, new long[]{1, 2, 2, 2, 2, 2, 2, 2, 2}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Ikm(1, new long[8])).isInstanceOf(IllegalArgumentException.class);
    }
}
