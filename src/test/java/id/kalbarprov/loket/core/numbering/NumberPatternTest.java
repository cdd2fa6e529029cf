package id.kalbarprov.loket.core.numbering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumberPatternTest {

    @Test
    void formatsAgendaAndOutgoingNumbers() {
        assertThat(new NumberPattern("{seq:4}/SM/{year}").format(7, 2026, 11, null)).isEqualTo("0007/SM/2026");
        assertThat(new NumberPattern("{code}/{seq}/Diskominfo").format(467, 2026, 11, "500.12.6"))
                .isEqualTo("500.12.6/467/Diskominfo");
        assertThat(new NumberPattern("{seq}/{month}/{year}").format(3, 2026, 11, null)).isEqualTo("3/XI/2026");
    }

    @Test
    void refusesPatternsWithoutSerialOrWithUnknownPlaceholders() {
        assertThatThrownBy(() -> new NumberPattern("SM/{year}")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new NumberPattern("{seq}/{tahun}")).isInstanceOf(IllegalArgumentException.class);
        assertThat(NumberPattern.isValid("{seq:3}/{code}/{year}")).isTrue();
    }

    /** Regression (robustness test): "{seq:0}" was accepted in Penandatangan, then issuing a letter crashed. */
    @Test
    void aZeroWidthSerialIsRefusedRatherThanFailingWhenANumberIsMade() {
        assertThat(NumberPattern.isValid("{seq:0}/SK/{year}")).isFalse();
        assertThat(NumberPattern.isValid("{seq:9}/SK/{year}")).isTrue();
        assertThat(new NumberPattern("{seq:9}").format(7, 2026, 11, null)).isEqualTo("000000007");
        // "{seq" without its brace gave every letter the same number; a stray brace was printed as typed
        assertThat(NumberPattern.isValid("{seq/SK/{year}")).isFalse();
        assertThat(NumberPattern.isValid("{seq}/SK/{year")).isFalse();
        assertThat(NumberPattern.isValid("{seq}/SK}/{year}")).isFalse();
    }
}
