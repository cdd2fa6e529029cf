package id.kalbarprov.loket.core.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportPeriodTest {

    @Test
    void aMonthCoversItsDaysAndItsTrendTheYearBeforeIt() {
        ReportPeriod p = ReportPeriod.parse("2026-11").orElseThrow();
        assertThat(p.first()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(p.last()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(p.endExclusive()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(p.months()).containsExactly(YearMonth.of(2026, 11));
        assertThat(p.trendMonths()).hasSize(12).startsWith(YearMonth.of(2025, 12)).endsWith(YearMonth.of(2026, 11));
        assertThat(p.label()).isEqualTo("November 2026");
        assertThat(p.code()).isEqualTo("2026-11");
    }

    @Test
    void aQuarterIsThreeMonthsNamedInRomanNumerals() {
        ReportPeriod p = ReportPeriod.parse("2026-Q4").orElseThrow();
        assertThat(p.first()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(p.last()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(p.months()).containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11), YearMonth.of(2026, 12));
        assertThat(p.label()).isEqualTo("Triwulan IV 2026");
        assertThat(ReportPeriod.parse("2026-q1").orElseThrow().last()).isEqualTo(LocalDate.of(2026, 3, 31));
    }

    @Test
    void aYearIsItsOwnTrend() {
        ReportPeriod p = ReportPeriod.parse("2028").orElseThrow();
        assertThat(p.first()).isEqualTo(LocalDate.of(2028, 1, 1));
        assertThat(p.last()).isEqualTo(LocalDate.of(2028, 12, 31));
        assertThat(p.trendMonths()).isEqualTo(p.months()).hasSize(12);
        assertThat(p.label()).isEqualTo("Tahun 2028");
        assertThat(p.contains(LocalDate.of(2028, 2, 29))).isTrue();
        assertThat(p.contains(LocalDate.of(2029, 1, 1))).isFalse();
    }

    @Test
    void februaryOfALeapYearEndsOnThe29th() {
        assertThat(ReportPeriod.month(2028, 2).last()).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(ReportPeriod.month(2026, 2).last()).isEqualTo(LocalDate.of(2026, 2, 28));
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "2026-Q5", "2026-Q0", "26", "2026-1", "2026/11", "November",
        "", "1999", "2101", "2026-11-01", " 2026-Q4x"})
    void anythingElseIsNoPeriod(String text) {
        assertThat(ReportPeriod.parse(text)).isEmpty();
    }

    @Test
    void nullIsNoPeriodAndSpacesAroundAreForgiven() {
        assertThat(ReportPeriod.parse(null)).isEmpty();
        assertThat(ReportPeriod.parse(" 2026-Q2 ")).contains(ReportPeriod.quarter(2026, 2));
    }

    @Test
    void theCodeReadsBackAsTheSamePeriod() {
        for (ReportPeriod p : new ReportPeriod[]{ReportPeriod.month(2027, 1), ReportPeriod.quarter(2025, 3),
            ReportPeriod.year(2024)}) {
            assertThat(ReportPeriod.parse(p.code())).contains(p);
        }
    }

    @Test
    void thePeriodContainingADay() {
        LocalDate d = LocalDate.of(2026, 8, 17);
        assertThat(ReportPeriod.containing(ReportPeriod.Kind.MONTH, d)).isEqualTo(ReportPeriod.month(2026, 8));
        assertThat(ReportPeriod.containing(ReportPeriod.Kind.QUARTER, d)).isEqualTo(ReportPeriod.quarter(2026, 3));
        assertThat(ReportPeriod.containing(ReportPeriod.Kind.YEAR, d)).isEqualTo(ReportPeriod.year(2026));
    }
}
