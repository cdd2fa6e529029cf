package id.kalbarprov.loket.core.complaints;

import static id.kalbarprov.loket.core.complaints.ComplaintState.*;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplaintStateTest {

    @Test
    void exactlyTheProcedureStepsAreAllowed() {
        Set<String> allowed = Set.of("DITERIMA>DIVERIFIKASI", "DITERIMA>DITERUSKAN",
                "DIVERIFIKASI>DITINDAKLANJUTI", "DITINDAKLANJUTI>DITINDAKLANJUTI", "DITINDAKLANJUTI>SELESAI");
        int checked = 0;
        for (ComplaintState from : values()) {
            for (ComplaintState to : values()) {
                assertThat(from.canMoveTo(to)).as(from + ">" + to).isEqualTo(allowed.contains(from + ">" + to));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(25);
    }

    @Test
    void settledAndForwardedAreFinalAndNotOpen() {
        assertThat(SELESAI.next()).isEmpty();
        assertThat(DITERUSKAN.next()).isEmpty();
        assertThat(EnumSet.allOf(ComplaintState.class).stream().filter(ComplaintState::open))
                .containsExactly(DITERIMA, DIVERIFIKASI, DITINDAKLANJUTI);
    }
}
