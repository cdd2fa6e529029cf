package id.kalbarprov.loket.core.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class KrejcieMorganTest {

    @Test
    void rowsOfThePublishedTable() {
        assertThat(KrejcieMorgan.sampleSize(100)).isEqualTo(80);
        assertThat(KrejcieMorgan.sampleSize(1000)).isEqualTo(278);
        assertThat(KrejcieMorgan.sampleSize(10000)).isEqualTo(370);
        assertThat(KrejcieMorgan.sampleSize(1_000_000)).isEqualTo(384);
    }

    @Test
    void betweenTwoRowsTheLargerIsTaken() {
        assertThat(KrejcieMorgan.sampleSize(101)).isEqualTo(86);   // row 110
        assertThat(KrejcieMorgan.sampleSize(1001)).isEqualTo(285); // row 1100
        assertThat(KrejcieMorgan.sampleSize(11)).isEqualTo(14);    // row 15
    }

    @Test
    void aSmallPopulationIsAskedInFullAndAHugeOneNeeds384() {
        assertThat(KrejcieMorgan.sampleSize(0)).isZero();
        assertThat(KrejcieMorgan.sampleSize(7)).isEqualTo(7);
        assertThat(KrejcieMorgan.sampleSize(10)).isEqualTo(10);
        assertThat(KrejcieMorgan.sampleSize(50_000_000)).isEqualTo(384);
    }

    /**
     * The table was typed in by hand: every row must be the formula s = χ²NP(1−P) / (d²(N−1) + χ²P(1−P))
     * with χ² = 3.841, P = 0.5, d = 0.05, rounded to the nearest whole respondent, and the rows must grow.
     */
    @Test
    void everyRowAgreesWithTheFormula() {
        int lastN = 0;
        int lastS = 0;
        for (int[] row : KrejcieMorgan.TABLE) {
            double n = row[0];
            double s = 3.841 * n * 0.25 / (0.0025 * (n - 1) + 3.841 * 0.25);
            assertThat(row[1]).as("N = %d (formula %.2f)", row[0], s).isEqualTo((int) Math.round(s));
            assertThat(row[0]).isGreaterThan(lastN);
            assertThat(row[1]).isGreaterThanOrEqualTo(lastS);
            lastN = row[0];
            lastS = row[1];
        }
    }
}
