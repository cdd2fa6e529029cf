package id.kalbarprov.loket.core.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DayStatsTest {

    private static DayStats of(int... days) {
        DayStats s = new DayStats();
        for (int d : days) {
            s.add(d);
        }
        return s;
    }

    @Test
    void tenValuesByHand() {
        // sorted: 1 1 2 3 5 8 13 21 34 55; sum 143; rank ceil(0.9 * 10) = 9 -> 34
        DayStats s = of(55, 1, 34, 2, 21, 1, 13, 3, 8, 5);
        assertThat(s.count()).isEqualTo(10);
        assertThat(s.average()).isEqualTo(14.3);
        assertThat(s.p90()).isEqualTo(34);
        assertThat(s.percentile(50)).isEqualTo(5); // rank 5
        assertThat(s.percentile(100)).isEqualTo(55);
    }

    @Test
    void theNinetiethPercentileIsAValueThatOccurred() {
        // 0 0 0 1: rank ceil(3.6) = 4 -> 1 (an interpolation would say 0.7)
        assertThat(of(0, 0, 0, 1).p90()).isEqualTo(1);
        // nine of ten within 1 day: 90 % done in 1 day
        assertThat(of(1, 1, 1, 1, 1, 1, 1, 1, 1, 9).p90()).isEqualTo(1);
        // eleven values: rank ceil(9.9) = 10
        assertThat(of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10).p90()).isEqualTo(9);
    }

    @Test
    void emptyHasNoAverageAndNoPercentile() {
        assertThat(new DayStats().average()).isNull();
        assertThat(new DayStats().p90()).isNull();
    }

    @Test
    void manyAtOnceAndLongWaitsAndMerging() {
        DayStats s = new DayStats();
        s.add(3, 900_000);
        s.add(61, 100_000);
        assertThat(s.count()).isEqualTo(1_000_000);
        assertThat(s.average()).isEqualTo(8.8); // (2,700,000 + 6,100,000) / 1,000,000
        assertThat(s.p90()).isEqualTo(3);
        assertThat(s.percentile(91)).isEqualTo(61);
        DayStats t = of(200);
        t.addAll(s);
        assertThat(t.count()).isEqualTo(1_000_001);
        assertThat(t.percentile(100)).isEqualTo(200);
    }

    @Test
    void refusesNonsense() {
        assertThatThrownBy(() -> new DayStats().add(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> of(1).percentile(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> of(1).percentile(101)).isInstanceOf(IllegalArgumentException.class);
    }
}
